import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURRENT_FORMAT } from '../../../electron/core/db/migrations/index';
import { workspaceFile } from '../../../electron/core/workspace/paths';
import { makeTempDir } from '../temp-dir';
import { describeSchema, type SchemaShape } from './describe-schema';
import { createDatabaseAt } from './migrate-to';

export const SNAPSHOT_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema-snapshot.json');

/** The schema of a workspace brought by the migrations from nothing to the current format. */
export function freshSchema(): SchemaShape {
  const tmp = makeTempDir('mrc-schema-');
  try {
    const db = createDatabaseAt(workspaceFile(tmp.dir), CURRENT_FORMAT);
    try {
      return describeSchema(db);
    } finally {
      db.close();
    }
  } finally {
    tmp.cleanup();
  }
}

export function readSnapshot(): SchemaShape {
  return JSON.parse(fs.readFileSync(SNAPSHOT_FILE, 'utf8')) as SchemaShape;
}

const isFlat = (value: unknown): boolean =>
  value === null || typeof value !== 'object' || Object.values(value).every((v) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => typeof x !== 'object')));

/** JSON with one line per column, index or trigger, so that a change to one of them is a one-line diff. */
function stringify(value: unknown, indent = ''): string {
  if (isFlat(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as object).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

export function formatSnapshot(schema: SchemaShape): string {
  return `${stringify(schema)}\n`;
}
