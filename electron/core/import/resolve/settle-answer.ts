import type { RowCitation, ValueReading } from '../../../../shared/import-contract';
import type { Indicator } from '../../../../shared/indicator-schema';
import type { MessageDetail, MessageParams } from '../../../../shared/error-codes';
import type { ImportIssue, ImportIssueCode } from '../../../../shared/records';
import { isNonAnswer, readNumberAnswer, scoreAnswer } from '../../curate';
import { NOT_APPLICABLE } from '../../match';
import { parseDateText } from '../../text';
import type { ColumnFormat } from '../sheet-model';
import type { StagedReference } from './resolve-references';

export type Fields = Record<string, string | number>;

/** Where a field's cell is and how its column is written, for problems and readings of one row. */
export interface CellContext {
  problem(field: string, code: ImportIssueCode, reason: string, params: MessageParams, detail?: MessageDetail): ImportIssue;
  formatOf(field: string): ColumnFormat;
}

/** What an answer row commits: the answer, and the citations that land as evidence linked to it. */
export type ResolvedAnswer = {
  indicator: string;
  value: string | null;
  score: number | null;
  confidence: string | null;
  citation: string | null;
  note: string | null;
  citations: RowCitation[];
};

export interface SettledAnswer {
  resolved: ResolvedAnswer;
  reading: ValueReading;
  problems: ImportIssue[];
}

const text = (fields: Fields, field: string): string | null => {
  const value = fields[field];
  return value === undefined ? null : String(value);
};

type ValueRead = { value: string | number | null; reading: ValueReading } | { problem: ImportIssue };

const NO_ANSWER = (written: string): ValueRead => ({
  value: null,
  reading: { how: 'non-answer', shown: 'No answer', notes: [`"${written}" is kept as a note`] },
});

/** The value as the indicator's answer type reads it: an option, a number in its unit, a date, text, or no answer. */
function readValue(indicator: Indicator, fields: Fields, refs: readonly StagedReference[], cells: CellContext): ValueRead {
  const written = fields.value;
  if (written === undefined) return { problem: cells.problem('value', 'missing-value', 'the value is required but the cell is empty', { field: 'value' }) };
  if (typeof written === 'string' && isNonAnswer(written)) return NO_ANSWER(written);
  const valueRef = refs.find((r) => r.field === 'value');
  if (valueRef) {
    const option = valueRef.targetId;
    if (option === NOT_APPLICABLE || option === null) return NO_ANSWER(String(written));
    const label = indicator.options.find((o) => o.value === option)?.label ?? option;
    return { value: option, reading: { how: 'option', shown: label, notes: [] } };
  }
  switch (indicator.answerType) {
    case 'number': {
      const read = readNumberAnswer(indicator, written, cells.formatOf('value').decimal);
      if (read.kind === 'problem') return { problem: cells.problem('value', read.code, read.reason, read.params, read.detail) };
      return { value: read.value, reading: { how: 'number', shown: read.shown, notes: read.notes } };
    }
    case 'date': {
      const iso = typeof written === 'string' ? parseDateText(written, cells.formatOf('value').dateOrder) : null;
      if (!iso) return { problem: cells.problem('value', 'invalid-date', `${indicator.code} takes a date such as 2024-03-05; "${written}" is not one`, { indicator: indicator.code, found: String(written) }, 'invalid-date.answer') };
      return { value: iso, reading: { how: 'date', shown: iso, notes: [] } };
    }
    default:
      return { value: String(written), reading: { how: 'text', shown: String(written), notes: [] } };
  }
}

/**
 * The score comes from the schema's rule; only an expert-scored indicator takes the file's score.
 * A different score in the file is said, not silently used or dropped.
 */
function scoreOf(indicator: Indicator, value: string | number | null, given: string | number | undefined, notes: string[]): number | null {
  if (indicator.scoring.kind === 'unscored') return null;
  const fileScore = typeof given === 'number' ? given : undefined;
  if (indicator.scoring.kind === 'expert') return value === null ? null : (fileScore ?? null);
  const rule = value === null ? null : scoreAnswer(indicator, String(value));
  if (fileScore !== undefined && fileScore !== rule)
    notes.push(`the file's score ${fileScore} is not used: the schema's rule gives ${rule === null ? 'no score' : rule}`);
  return rule;
}

/** The law and the source of practice a row cites, as evidence to link to its indicator. */
function citationsOf(fields: Fields, cells: CellContext): { citations: RowCitation[]; problems: ImportIssue[] } {
  const [law, article, date, url, source] = [text(fields, 'law'), text(fields, 'article'), text(fields, 'lawdate'), text(fields, 'url'), text(fields, 'practice')];
  const citations: RowCitation[] = [];
  const problems: ImportIssue[] = [];
  if (law) citations.push({ type: 'law', title: law, citation: article ?? '', date, url });
  else {
    if (article) problems.push(cells.problem('article', 'missing-value', `the article "${article}" needs the law it belongs to, and the law's cell is empty`, { found: article }, 'missing-value.article-without-law'));
    if (date) problems.push(cells.problem('lawdate', 'missing-value', `the date ${date} needs the law it belongs to, and the law's cell is empty`, { found: date }, 'missing-value.date-without-law'));
  }
  if (source) citations.push({ type: 'practice', title: source, citation: '', date: null, url: law ? null : url });
  if (url && !law && !source) problems.push(cells.problem('url', 'missing-value', `the address ${url} needs the law or the source it belongs to`, { found: url }, 'missing-value.url-without-source'));
  return { citations, problems };
}

/** An answer row whose indicator is known: its value read against the answer type, its score, its citations. */
export function settleAnswer(indicator: Indicator, fields: Fields, refs: readonly StagedReference[], cells: CellContext): SettledAnswer | { problems: ImportIssue[] } {
  const read = readValue(indicator, fields, refs, cells);
  const cited = citationsOf(fields, cells);
  if ('problem' in read) return { problems: [read.problem, ...cited.problems] };
  if (cited.problems.length) return { problems: cited.problems };
  const notes = [...read.reading.notes];
  const score = scoreOf(indicator, read.value, fields.score, notes);
  const note = [text(fields, 'note'), read.value === null ? String(fields.value) : null].filter(Boolean).join('; ') || null;
  return {
    resolved: {
      indicator: indicator.code,
      value: read.value === null ? null : String(read.value),
      score,
      confidence: text(fields, 'confidence'),
      citation: text(fields, 'citation'),
      note,
      citations: cited.citations,
    },
    reading: { ...read.reading, notes },
    problems: [],
  };
}
