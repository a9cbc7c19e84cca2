/**
 * The tables an edit may change, and which of their columns an undo puts back. A feature whose writes go
 * through `undoable` adds its table here, in dependency order. A row is named by its key;
 * its value is the listed columns. Parents come before children: restoring writes in this order and deletes in
 * the reverse one, so foreign keys hold at every step.
 */
export interface TrackedTable {
  key: readonly string[];
  columns: readonly string[];
  /** Columns stored as JSONB: kept in the log as JSON text. */
  jsonb?: readonly string[];
  /** A column set to the time of each write, undo included, rather than put back. */
  touched?: string;
  /** What the history calls a row of it. */
  entity: string;
}

export const TRACKED_TABLES = {
  imports: { key: ['id'], columns: ['status'], entity: 'import' },
  evidence: {
    key: ['id'],
    columns: ['submission_id', 'type', 'title', 'citation', 'date', 'url', 'excerpt', 'categories', 'indicators', 'import_id', 'source_row'],
    entity: 'evidence',
  },
  evidence_links: { key: ['evidence_id', 'indicator'], columns: ['import_id'], entity: 'link' },
  answers: { key: ['submission_id', 'indicator'], columns: ['value', 'score', 'confidence', 'note', 'citation', 'import_id'], touched: 'updated_at', entity: 'answer' },
  aliases: { key: ['kind', 'alias'], columns: ['target_id', 'origin', 'actor', 'created_at'], entity: 'alias' },
  staging_rows: {
    key: ['import_id', 'row_number'],
    columns: ['status', 'resolved', 'problems', 'record', 'by_similarity'],
    jsonb: ['resolved'],
    entity: 'staged-row',
  },
  problem_acceptances: { key: ['submission_id', 'problem_key'], columns: ['indicator', 'code', 'note', 'actor', 'accepted_at'], entity: 'acceptance' },
  answer_justifications: {
    key: ['submission_id', 'indicator'],
    columns: ['note', 'previous_submission_id', 'previous_score', 'score', 'actor', 'justified_at'],
    entity: 'justification',
  },
} as const satisfies Record<string, TrackedTable>;

export type TableName = keyof typeof TRACKED_TABLES;
export const TABLE_ORDER = Object.keys(TRACKED_TABLES) as TableName[];

export type Cell = string | number | null;
export type RowKey = Record<string, Cell>;
/** A row's tracked columns, by name; null when the row does not exist. */
export type RowValue = Record<string, Cell> | null;

/** One row an edit changed. A guard is a row the edit relied on and left alone: an undo needs it unchanged. */
export interface RowChange {
  table: TableName;
  key: RowKey;
  before: RowValue;
  after: RowValue;
  guard?: true;
}

export function sameValue(a: RowValue, b: RowValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
