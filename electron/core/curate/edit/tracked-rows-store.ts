import type { Db } from '../../db';
import { type Cell, type RowKey, type RowValue, type TableName, TRACKED_TABLES, type TrackedTable } from './tracked-tables';

const spec = (table: TableName): TrackedTable => TRACKED_TABLES[table];
const read = (t: TrackedTable, column: string) => (t.jsonb?.includes(column) ? `json("${column}") AS "${column}"` : `"${column}"`);
const write = (t: TrackedTable, column: string) => (t.jsonb?.includes(column) ? 'jsonb(?)' : '?');
const where = (t: TrackedTable) => t.key.map((k) => `"${k}" = ?`).join(' AND ');
const keyCells = (t: TrackedTable, key: RowKey): Cell[] => t.key.map((k) => key[k] ?? null);

/** The row's tracked columns as they are now, or null when there is no such row. */
export function readTrackedRow(db: Db, table: TableName, key: RowKey): RowValue {
  const t = spec(table);
  const row = db.prepare(`SELECT ${t.columns.map((c) => read(t, c)).join(', ')} FROM "${table}" WHERE ${where(t)}`).get(...keyCells(t, key));
  return (row as Record<string, Cell> | undefined) ?? null;
}

export function deleteTrackedRow(db: Db, table: TableName, key: RowKey): void {
  const t = spec(table);
  db.prepare(`DELETE FROM "${table}" WHERE ${where(t)}`).run(...keyCells(t, key));
}

/** Gives the row these values: updated when it exists, inserted otherwise. */
export function writeTrackedRow(db: Db, table: TableName, key: RowKey, value: Record<string, Cell>, now: string): void {
  const t = spec(table);
  const cells = t.columns.map((c) => value[c] ?? null);
  const touched = t.touched ? [t.touched] : [];
  const sets = [...t.columns.map((c) => `"${c}" = ${write(t, c)}`), ...touched.map((c) => `"${c}" = ?`)].join(', ');
  const updated = db.prepare(`UPDATE "${table}" SET ${sets} WHERE ${where(t)}`).run(...cells, ...touched.map(() => now), ...keyCells(t, key));
  if (updated.changes > 0) return;
  const columns = [...t.key, ...t.columns, ...touched];
  const placeholders = [...t.key.map(() => '?'), ...t.columns.map((c) => write(t, c)), ...touched.map(() => '?')];
  db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${placeholders.join(', ')})`).run(
    ...keyCells(t, key),
    ...cells,
    ...touched.map(() => now),
  );
}
