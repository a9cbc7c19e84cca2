import type { StagedRow } from '../../shared/import-contract';
import { call, type EngineCalls } from './call-api';

/** What one staged row became, for `mrc import`: the same facts the app's review step shows. */
export interface RowReport {
  row: number;
  status: StagedRow['status'];
  targets: { field: string; text: string; targetId: string; label: string; match: string; similarity: number }[];
  reading: StagedRow['outcome']['reading'];
  score: number | null;
  citations: StagedRow['outcome']['citations'];
  problems: string[];
}

const PAGE = 1000;
/** The human report lists this many rows; --json lists them all. */
export const HUMAN_ROWS = 500;

const MATCH_WORDS = { code: 'code', exact: 'exact name', alias: 'known name', learned: 'learned match', fuzzy: 'similarity' } as const;

export function toRowReport(row: StagedRow): RowReport {
  return {
    row: row.row,
    status: row.status,
    targets: row.outcome.targets.map((t) => ({
      field: t.field,
      text: t.text,
      targetId: t.targetId,
      label: t.label,
      match: MATCH_WORDS[t.via],
      similarity: Math.round(t.score * 100) / 100,
    })),
    reading: row.outcome.reading,
    score: row.outcome.score,
    citations: row.outcome.citations,
    problems: row.problems.map((p) => p.message),
  };
}

/** Every staged row of the import, page by page. */
export async function rowReports(api: EngineCalls, importId: string): Promise<RowReport[]> {
  const reports: RowReport[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await call(api, 'imports.rows', { importId, offset, limit: PAGE });
    reports.push(...page.rows.map(toRowReport));
    if (offset + PAGE >= page.total) return reports;
  }
}

/** `row 7 [ready] indicator "Family reunification" → LAB-04 (similarity 71%); value "Partly" → Partly; score 50` */
export function rowLine(report: RowReport): string {
  const parts = report.targets.map((t) => {
    const how = t.match === 'similarity' ? `similarity ${Math.round(t.similarity * 100)}%` : t.match;
    return `${t.field} "${t.text}" → ${t.field === 'value' ? t.label : t.targetId} (${how})`;
  });
  if (report.reading && report.reading.how !== 'option') parts.push(`value read as ${report.reading.shown}`);
  if (report.reading?.notes.length) parts.push(report.reading.notes.join(', '));
  if (report.status === 'ready') parts.push(report.score === null ? 'no score' : `score ${report.score}`);
  if (report.citations.length) parts.push(`cites ${report.citations.map((c) => `${c.title}${c.citation ? ` ${c.citation}` : ''}`).join(' and ')}`);
  return `  row ${report.row} [${report.status}] ${parts.join('; ')}`;
}
