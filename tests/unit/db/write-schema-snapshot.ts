/**
 * `npm run db:snapshot`: records the schema of a freshly migrated workspace in schema-snapshot.json, and prints
 * what changed. Run it when a new migration changes the schema, and commit the snapshot with the migration.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schemaChanges } from './schema-changes';
import { formatSnapshot, freshSchema, readSnapshot, SNAPSHOT_FILE } from './schema-snapshot';

const schema = freshSchema();
const previous = fs.existsSync(SNAPSHOT_FILE) ? readSnapshot() : null;
fs.writeFileSync(SNAPSHOT_FILE, formatSnapshot(schema));
if (previous === null) console.log(`Wrote ${path.relative(process.cwd(), SNAPSHOT_FILE)} (format ${schema.format}).`);
else {
  const changes = schemaChanges(previous, schema);
  const format = previous.format === schema.format ? `format ${schema.format}` : `format ${previous.format} -> ${schema.format}`;
  console.log(`Wrote ${path.relative(process.cwd(), SNAPSHOT_FILE)} (${format}): ${changes.length === 0 ? 'no change to the schema' : `${changes.length} change(s)`}.`);
  for (const change of changes) console.log(`  ${change}`);
}
