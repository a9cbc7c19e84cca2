import type { IndicatorSchema } from '../../../../shared/indicator-schema';
import type { Db } from '../../db';
import { getSchema } from '../../schema';
import { schemaDigest } from './quality-store';

/**
 * Parsing a schema of 10,000 indicators takes a second; an installed version never changes (a new content needs a
 * new version number), so each is parsed once per open workspace. Its digest is part of the key all the same.
 */
const parsed = new WeakMap<Db, Map<string, IndicatorSchema>>();

export function parsedSchema(db: Db, id: string, version: string): IndicatorSchema {
  let schemas = parsed.get(db);
  if (!schemas) parsed.set(db, (schemas = new Map()));
  const key = `${id}@${version}#${schemaDigest(db, id, version) ?? ''}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = getSchema(db, id, version)));
  return schema;
}
