import type Database from 'better-sqlite3';

/**
 * Gives `table` a new definition the way SQLite's ALTER TABLE cannot (a changed CHECK, a new constraint): create
 * the new table, copy the rows of the columns both share, drop the old one, rename, and create again the indexes
 * and triggers the old one had. Runs inside the migration's transaction, with foreign keys off (the runner's doing),
 * so tables that point at it keep pointing at it. `copy` may rewrite a column on the way (`{ status: "CASE ... END" }`).
 */
export function rebuildTable(db: Database.Database, table: string, createSql: string, copy: Readonly<Record<string, string>> = {}): void {
  const dependents = db
    .prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")
    .pluck()
    .all(table) as string[];
  const oldColumns = new Set((db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name));
  const fresh = `${table}_rebuilt`;
  db.exec(createSql.replace(new RegExp(`^\\s*CREATE TABLE ${table} `), `CREATE TABLE ${fresh} `));
  const columns = (db.pragma(`table_info("${fresh}")`) as { name: string }[]).map((c) => c.name).filter((name) => oldColumns.has(name));
  const quoted = columns.map((name) => `"${name}"`).join(', ');
  const values = columns.map((name) => copy[name] ?? `"${name}"`).join(', ');
  db.exec(`INSERT INTO ${fresh} (${quoted}) SELECT ${values} FROM ${table} ORDER BY rowid`);
  db.exec(`DROP TABLE ${table}`);
  db.exec(`ALTER TABLE ${fresh} RENAME TO ${table}`);
  for (const sql of dependents) db.exec(sql);
}
