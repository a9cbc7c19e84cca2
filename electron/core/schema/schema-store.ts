import { MrcError } from '../../../shared/errors';
import type { SchemaSummary } from '../../../shared/domain';
import { IndicatorSchema } from '../../../shared/indicator-schema';
import { appendAudit } from '../audit';
import type { Db } from '../db';
import type { LoadedSchema } from './load-schema';

/** Whether this version is installed; refuses the same version number with other content. */
function isInstalled(db: Db, { schema, sha256 }: LoadedSchema): boolean {
  const existing = db
    .prepare('SELECT sha256 FROM schema_versions WHERE id = ? AND version = ?')
    .get(schema.id, schema.version) as { sha256: string } | undefined;
  if (existing && existing.sha256 !== sha256)
    throw new MrcError(
      'schema-conflict',
      `Schema ${schema.id} ${schema.version} is already installed with different content (sha256 ${existing.sha256.slice(0, 12)}…); a changed schema needs a new version number.`,
      { params: { schema: schema.id, version: schema.version } },
    );
  return existing !== undefined;
}

/**
 * Stores a schema version with its indicators; installing one already present is a no-op that takes no write
 * lock. Checked again once the lock is held, for another process may have installed it meanwhile.
 */
export function installSchema(db: Db, loaded: LoadedSchema, actor: string): boolean {
  if (isInstalled(db, loaded)) return false;
  const { schema, sha256 } = loaded;
  return db.transaction(() => {
    if (isInstalled(db, loaded)) return false;
    db.prepare(
      'INSERT INTO schema_versions (id, version, title, sha256, document, installed_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(schema.id, schema.version, schema.title, sha256, JSON.stringify(schema), new Date().toISOString());
    const domain = db.prepare(
      'INSERT INTO domains (schema_id, schema_version, id, title, position) VALUES (?, ?, ?, ?, ?)',
    );
    schema.domains.forEach((d, i) => domain.run(schema.id, schema.version, d.id, d.title, i));
    const indicator = db.prepare(
      `INSERT INTO indicators (schema_id, schema_version, code, domain, dimension, level, categories, question,
         answer_type, options, scoring, guidance, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    schema.indicators.forEach((ind, i) =>
      indicator.run(
        schema.id,
        schema.version,
        ind.code,
        ind.domain,
        ind.dimension,
        ind.level,
        JSON.stringify(ind.categories),
        ind.question,
        ind.answerType,
        JSON.stringify(ind.options),
        JSON.stringify(ind.scoring),
        ind.guidance,
        i,
      ),
    );
    const instrument = db.prepare(
      `INSERT INTO instruments (id, title, short_title, year, kind, aliases) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, short_title = excluded.short_title,
         year = excluded.year, kind = excluded.kind, aliases = excluded.aliases`,
    );
    for (const ins of schema.instruments)
      instrument.run(ins.id, ins.title, ins.shortTitle, ins.year, ins.kind, JSON.stringify(ins.aliases));
    appendAudit(db, {
      actor,
      action: 'schema.install',
      entity: `schema:${schema.id}@${schema.version}`,
      details: { sha256, indicators: schema.indicators.length },
    });
    return true;
  }).immediate();
}

interface SchemaRow {
  id: string;
  version: string;
  title: string;
  sha256: string;
}

/**
 * Parsed schemas by the sha256 of their document. An installed version never changes, and validating a
 * large schema takes long (half a second for 10,000 indicators), so each document is parsed once per process.
 */
const parsedSchemas = new Map<string, IndicatorSchema>();

function parsedSchema(sha256: string, document: () => string): IndicatorSchema {
  let schema = parsedSchemas.get(sha256);
  if (!schema) {
    schema = IndicatorSchema.parse(JSON.parse(document()));
    parsedSchemas.set(sha256, schema);
  }
  return schema;
}

function documentOf(db: Db, id: string, version: string): string {
  return (db.prepare('SELECT document FROM schema_versions WHERE id = ? AND version = ?').get(id, version) as { document: string }).document;
}

function summarise(db: Db, row: SchemaRow): SchemaSummary {
  const schema = parsedSchema(row.sha256, () => documentOf(db, row.id, row.version));
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    sha256: row.sha256,
    indicatorCount: schema.indicators.length,
    domainCount: schema.domains.length,
    domains: schema.domains.map((d) => ({ id: d.id, title: d.title })),
  };
}

export function listSchemas(db: Db): SchemaSummary[] {
  const rows = db.prepare('SELECT id, version, title, sha256 FROM schema_versions ORDER BY id, version').all() as SchemaRow[];
  return rows.map((row) => summarise(db, row));
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** A schema by id, at the given version or the newest installed one. */
export function getSchema(db: Db, id: string, version?: string): IndicatorSchema {
  const rows = db.prepare('SELECT version, sha256 FROM schema_versions WHERE id = ?').all(id) as {
    version: string;
    sha256: string;
  }[];
  const row = version
    ? rows.find((r) => r.version === version)
    : rows.sort((a, b) => compareVersions(b.version, a.version))[0];
  if (!row)
    throw new MrcError(
      'unknown-schema',
      version ? `No schema ${id} version ${version} is installed.` : `No schema ${id} is installed.`,
      { params: version ? { schema: id, version } : { schema: id }, detail: version ? 'unknown-schema.version' : undefined },
    );
  return parsedSchema(row.sha256, () => documentOf(db, id, row.version));
}
