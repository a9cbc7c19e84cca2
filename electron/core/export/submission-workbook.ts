import * as XLSX from '@e965/xlsx';
import type { Indicator } from '../../../shared/indicator-schema';
import { readQualityInputs, submissionEvidence, submissionRatifications, withUnit, type QualityInputs } from '../curate';
import type { Db } from '../db';
import { answerRemarks } from './export-store';
import { needsNeutralising, neutralise } from './neutralise-cell';

type Cell = string | number | null;

export interface SubmissionWorkbook {
  bytes: Buffer;
  sheets: { name: string; rows: number }[];
  neutralisedCells: number;
}

/** How a person reads the stored value: the option's label, the number with its unit, or the value itself. */
function valueLabel(indicator: Indicator, value: string | null): string | null {
  if (value === null) return null;
  const option = indicator.options.find((o) => o.value === value);
  if (option) return option.label;
  const n = Number(value);
  return indicator.answerType === 'number' && indicator.unit && Number.isFinite(n) ? withUnit(n, indicator.unit) : value;
}

function answerRows(db: Db, inputs: QualityInputs): Cell[][] {
  const remarks = new Map(answerRemarks(db, inputs.submission.id).map((r) => [r.indicator, r]));
  const domains = new Map(inputs.schema.domains.map((d) => [d.id, d.title]));
  const header = ['Code', 'Domain', 'Dimension', 'Question', 'Value', 'Answer', 'Score', 'From ratifications', 'Confidence', 'Note', 'Sources'];
  return [
    header,
    ...inputs.schema.indicators.map((indicator) => {
      const answer = inputs.effective.get(indicator.code)!;
      const remark = remarks.get(indicator.code);
      const sources = (inputs.evidence.get(indicator.code)?.total ?? 0) + (inputs.ratified.has(indicator.code) ? 1 : 0);
      return [
        indicator.code,
        domains.get(indicator.domain) ?? indicator.domain,
        indicator.dimension,
        indicator.question,
        answer.value,
        valueLabel(indicator, answer.value),
        answer.score,
        answer.derived ? 'yes' : null,
        remark?.confidence ?? null,
        remark?.note ?? null,
        sources,
      ];
    }),
  ];
}

/** Every text cell is a string cell in the text format, neutralised; numbers stay numbers. */
function toSheet(rows: readonly Cell[][], count: { neutralised: number }): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      const address = XLSX.utils.encode_cell({ r, c });
      if (typeof value === 'number') sheet[address] = { t: 'n', v: value };
      else {
        if (needsNeutralising(value)) count.neutralised++;
        sheet[address] = { t: 's', v: neutralise(value), z: '@' };
      }
    }),
  );
  const width = Math.max(1, ...rows.map((r) => r.length));
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rows.length - 1), c: width - 1 } });
  return sheet;
}

/**
 * The submission as a workbook for people: answers with their scores (stored value and label, derived ones
 * marked), evidence, and ratifications, one sheet each. What `submissions.exportXlsx` writes, and what a
 * package carries as data/submission.xlsx.
 */
export function buildSubmissionWorkbook(db: Db, submissionId: string): SubmissionWorkbook {
  const inputs = readQualityInputs(db, submissionId);
  const evidence = submissionEvidence(db, submissionId).map((e) => [e.type, e.title, e.citation, e.date, e.url, e.excerpt, e.categories, e.indicators]);
  const ratifications = submissionRatifications(db, submissionId).map((r) => [r.instrument, r.instrumentTitle, r.status, r.date, r.reservations]);
  const tables: [string, Cell[][]][] = [
    ['Answers', answerRows(db, inputs)],
    ['Evidence', [['Type', 'Title', 'Citation', 'Date', 'URL', 'Excerpt', 'Categories', 'Indicators'], ...evidence]],
    ['Ratifications', [['Instrument', 'Title', 'Status', 'Date', 'Reservations'], ...ratifications]],
  ];
  const book = XLSX.utils.book_new();
  const count = { neutralised: 0 };
  for (const [name, rows] of tables) XLSX.utils.book_append_sheet(book, toSheet(rows, count), name);
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  return { bytes, sheets: tables.map(([name, rows]) => ({ name, rows: rows.length - 1 })), neutralisedCells: count.neutralised };
}
