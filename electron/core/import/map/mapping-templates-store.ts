import { ColumnMapping, type RecordKind } from '../../../../shared/records';
import { MrcError } from '../../../../shared/errors';
import type { Db } from '../../db';
import { headersSignature } from './mapping-template';

export interface MappingTemplate {
  name: string;
  kind: RecordKind;
  mapping: ColumnMapping;
  createdAt: string;
}

/** Saves (or replaces) a named mapping; a later file with the same headers gets it applied. */
export function saveTemplate(db: Db, name: string, kind: RecordKind, mapping: ColumnMapping): void {
  db.prepare(
    `INSERT INTO column_mappings (name, kind, headers_signature, mapping, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, headers_signature = excluded.headers_signature,
       mapping = excluded.mapping, created_at = excluded.created_at`,
  ).run(name, kind, headersSignature(mapping.map((m) => m.header)), JSON.stringify(mapping), new Date().toISOString());
}

interface TemplateRow {
  name: string;
  kind: RecordKind;
  mapping: string;
  created_at: string;
}

const toTemplate = (row: TemplateRow): MappingTemplate => ({
  name: row.name,
  kind: row.kind,
  mapping: ColumnMapping.parse(JSON.parse(row.mapping)),
  createdAt: row.created_at,
});

/** The newest template of this kind saved for a file with these headers, in any order. */
export function findTemplate(db: Db, kind: RecordKind, headers: readonly string[]): MappingTemplate | undefined {
  const row = db
    .prepare('SELECT * FROM column_mappings WHERE kind = ? AND headers_signature = ? ORDER BY created_at DESC LIMIT 1')
    .get(kind, headersSignature(headers)) as TemplateRow | undefined;
  return row ? toTemplate(row) : undefined;
}

export function getTemplate(db: Db, name: string): MappingTemplate {
  const row = db.prepare('SELECT * FROM column_mappings WHERE name = ?').get(name) as TemplateRow | undefined;
  if (!row) {
    const names = listTemplates(db).map((t) => `"${t.name}"`);
    throw new MrcError('unknown-mapping', `No saved mapping is called "${name}"${names.length ? `; saved mappings: ${names.join(', ')}` : ''}.`, {
      params: { name, saved: names.join(', ') },
      detail: names.length ? 'unknown-mapping.listed' : undefined,
    });
  }
  return toTemplate(row);
}

export function listTemplates(db: Db): MappingTemplate[] {
  return (db.prepare('SELECT * FROM column_mappings ORDER BY name').all() as TemplateRow[]).map(toTemplate);
}
