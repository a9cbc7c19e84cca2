import type { Db } from '../../../electron/core/db/open-database';

export interface ColumnShape {
  name: string;
  type: string;
  notnull: boolean;
  default: string | null;
  /** Position in the primary key, from 1; 0 when not part of it. */
  pk: number;
}

export interface TableShape {
  columns: ColumnShape[];
  /** "(country) -> countries (code) ON DELETE CASCADE" */
  foreignKeys: string[];
  /** Each CHECK constraint's expression, as written. */
  checks: string[];
}

export interface IndexShape {
  table: string;
  origin: 'index' | 'unique' | 'primary key';
  unique: boolean;
  columns: string[];
  /** A partial index's condition. */
  where: string | null;
}

export interface TriggerShape {
  table: string;
  sql: string;
}

/** A database's structure: what a migration may change, and the schema snapshot records. */
export interface SchemaShape {
  format: number;
  tables: Record<string, TableShape>;
  indexes: Record<string, IndexShape>;
  triggers: Record<string, TriggerShape>;
}

const ORIGINS = { c: 'index', u: 'unique', pk: 'primary key' } as const;

const normalise = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/** SQL's quoted strings and names, comments, and parentheses: enough to find where a parenthesis closes. */
const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|--[^\n]*|\/\*[\s\S]*?\*\/|[(),]|\bCHECK\s*\(/gi;

/** The top-level parts, split at commas, of the parenthesised text that starts at `open` (just after its "("), and where it ends. */
function parenthesised(sql: string, open: number): { parts: string[]; end: number } {
  const parts: string[] = [];
  let depth = 1;
  let start = open;
  const token = new RegExp(TOKEN.source, 'gi');
  token.lastIndex = open;
  for (let match = token.exec(sql); match; match = token.exec(sql)) {
    const text = match[0];
    if (text === '(' || /^CHECK/i.test(text)) depth++;
    else if (text === ',' && depth === 1) {
      parts.push(normalise(sql.slice(start, match.index)));
      start = token.lastIndex;
    } else if (text === ')' && --depth === 0) {
      parts.push(normalise(sql.slice(start, match.index)));
      return { parts, end: token.lastIndex };
    }
  }
  throw new Error(`unbalanced parentheses in ${sql}`);
}

function checksOf(sql: string): string[] {
  const checks: string[] = [];
  const token = new RegExp(TOKEN.source, 'gi');
  for (let match = token.exec(sql); match; match = token.exec(sql)) {
    if (!/^CHECK/i.test(match[0])) continue;
    const { parts, end } = parenthesised(sql, token.lastIndex);
    checks.push(parts.join(', '));
    token.lastIndex = end;
  }
  return checks;
}

interface ForeignKeyRow {
  id: number;
  table: string;
  from: string;
  to: string | null;
  on_update: string;
  on_delete: string;
}

function foreignKeysOf(db: Db, table: string): string[] {
  const rows = db.pragma(`foreign_key_list("${table}")`) as ForeignKeyRow[];
  const ids = [...new Set(rows.map((r) => r.id))];
  return ids
    .map((id) => {
      const parts = rows.filter((r) => r.id === id);
      const first = parts[0]!;
      const to = parts.every((p) => p.to === null) ? '' : ` (${parts.map((p) => p.to).join(', ')})`;
      const actions = [first.on_update !== 'NO ACTION' ? ` ON UPDATE ${first.on_update}` : '', first.on_delete !== 'NO ACTION' ? ` ON DELETE ${first.on_delete}` : ''];
      return `(${parts.map((p) => p.from).join(', ')}) -> ${first.table}${to}${actions.join('')}`;
    })
    .sort();
}

function describeTable(db: Db, name: string, sql: string): TableShape {
  const columns = (db.pragma(`table_xinfo("${name}")`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[]).map(
    (c) => ({ name: c.name, type: c.type, notnull: c.notnull === 1, default: c.dflt_value, pk: c.pk }),
  );
  return { columns, foreignKeys: foreignKeysOf(db, name), checks: checksOf(sql) };
}

function describeIndex(db: Db, table: string, entry: { name: string; unique: number; origin: keyof typeof ORIGINS; partial: number }, sql: string | null): IndexShape {
  let columns = (db.pragma(`index_xinfo("${entry.name}")`) as { name: string | null; key: number; desc: number }[])
    .filter((c) => c.key === 1)
    .map((c) => `${c.name ?? '(expression)'}${c.desc ? ' DESC' : ''}`);
  let where: string | null = null;
  if (sql !== null) {
    const list = parenthesised(sql, sql.indexOf('(') + 1);
    columns = list.parts;
    if (entry.partial) where = normalise(sql.slice(list.end)).replace(/^WHERE\s+/i, '');
  }
  return { table, origin: ORIGINS[entry.origin], unique: entry.unique === 1, columns, where };
}

const byName = <T>(entries: [string, T][]): Record<string, T> => Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function describeSchema(db: Db): SchemaShape {
  const objects = db.prepare("SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").all() as {
    type: string;
    name: string;
    tableName: string;
    sql: string | null;
  }[];
  const tables = objects.filter((o) => o.type === 'table');
  const indexes = tables.flatMap((t) =>
    (db.pragma(`index_list("${t.name}")`) as { name: string; unique: number; origin: keyof typeof ORIGINS; partial: number }[]).map(
      (entry): [string, IndexShape] => [entry.name, describeIndex(db, t.name, entry, objects.find((o) => o.name === entry.name)?.sql ?? null)],
    ),
  );
  return {
    format: db.pragma('user_version', { simple: true }) as number,
    tables: byName(tables.map((t) => [t.name, describeTable(db, t.name, t.sql!)])),
    indexes: byName(indexes),
    triggers: byName(objects.filter((o) => o.type === 'trigger').map((t) => [t.name, { table: t.tableName, sql: normalise(t.sql!) }])),
  };
}
