import type { ColumnShape, IndexShape, SchemaShape, TableShape, TriggerShape } from './describe-schema';

const shown = (value: unknown) => (typeof value === 'string' ? value : Array.isArray(value) ? `(${value.join(', ')})` : JSON.stringify(value));

/** "type TEXT -> INTEGER, notnull false -> true": the fields of two descriptions that differ. */
function fieldChanges<T extends object>(before: T, after: T): string | null {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])] as (keyof T)[];
  const changed = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return changed.length === 0 ? null : changed.map((k) => `${String(k)} ${shown(before[k])} -> ${shown(after[k])}`).join(', ');
}

export function describeColumn(c: ColumnShape): string {
  return [c.type || '(no type)', c.notnull ? 'NOT NULL' : '', c.default === null ? '' : `DEFAULT ${c.default}`, c.pk ? `PRIMARY KEY (${c.pk})` : '']
    .filter(Boolean)
    .join(' ');
}

const describeIndex = (i: IndexShape) =>
  `${i.unique ? 'unique ' : ''}${i.origin === 'index' ? 'index' : `index of a ${i.origin} constraint`} on ${i.table} (${i.columns.join(', ')})${i.where ? ` WHERE ${i.where}` : ''}`;

const describeTrigger = (t: TriggerShape) => t.sql;

/** Entries of a list (foreign keys, checks) that one side has and the other has not. */
function listChanges(where: string, what: string, before: string[], after: string[]): string[] {
  return [
    ...before.filter((x) => !after.includes(x)).map((x) => `${where}: ${what} removed: ${x}`),
    ...after.filter((x) => !before.includes(x)).map((x) => `${where}: ${what} added: ${x}`),
  ];
}

function tableChanges(name: string, before: TableShape, after: TableShape): string[] {
  const changes: string[] = [];
  const beforeNames = before.columns.map((c) => c.name);
  const afterNames = after.columns.map((c) => c.name);
  for (const column of before.columns) {
    const now = after.columns.find((c) => c.name === column.name);
    if (!now) changes.push(`table ${name}, column ${column.name}: removed (was ${describeColumn(column)})`);
    else {
      const changed = fieldChanges(column, now);
      if (changed) changes.push(`table ${name}, column ${column.name}: ${changed}`);
    }
  }
  for (const column of after.columns)
    if (!beforeNames.includes(column.name)) changes.push(`table ${name}, column ${column.name}: added (${describeColumn(column)})`);
  const kept = (names: string[], other: string[]) => names.filter((n) => other.includes(n)).join(', ');
  if (kept(beforeNames, afterNames) !== kept(afterNames, beforeNames))
    changes.push(`table ${name}: column order ${kept(beforeNames, afterNames)} -> ${kept(afterNames, beforeNames)}`);
  changes.push(...listChanges(`table ${name}`, 'foreign key', before.foreignKeys, after.foreignKeys));
  changes.push(...listChanges(`table ${name}`, 'check', before.checks, after.checks));
  return changes;
}

/** Objects of one kind (indexes, triggers) that were removed, added or changed. */
function objectChanges<T extends object>(kind: string, describe: (o: T) => string, before: Record<string, T>, after: Record<string, T>): string[] {
  const changes: string[] = [];
  for (const [name, was] of Object.entries(before)) {
    const now = after[name];
    if (!now) changes.push(`${kind} ${name}: removed (was ${describe(was)})`);
    else {
      const changed = fieldChanges(was, now);
      if (changed) changes.push(`${kind} ${name}: ${changed}`);
    }
  }
  for (const [name, now] of Object.entries(after)) if (!(name in before)) changes.push(`${kind} ${name}: added (${describe(now)})`);
  return changes;
}

/** What differs between two schemas, one line per table, column, index or trigger, in words a reader can act on. */
export function schemaChanges(before: SchemaShape, after: SchemaShape): string[] {
  const changes: string[] = [];
  for (const [name, table] of Object.entries(before.tables)) {
    const now = after.tables[name];
    if (!now) changes.push(`table ${name}: removed (columns ${table.columns.map((c) => c.name).join(', ')})`);
    else changes.push(...tableChanges(name, table, now));
  }
  for (const [name, table] of Object.entries(after.tables))
    if (!(name in before.tables)) changes.push(`table ${name}: added (${table.columns.map((c) => `${c.name} ${describeColumn(c)}`).join('; ')})`);
  return [...changes, ...objectChanges('index', describeIndex, before.indexes, after.indexes),
    ...objectChanges('trigger', describeTrigger, before.triggers, after.triggers),
  ];
}
