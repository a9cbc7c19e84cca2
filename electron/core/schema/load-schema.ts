import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MrcError, zodIssues } from '../../../shared/errors';
import { IndicatorSchema } from '../../../shared/indicator-schema';
import { resourcesDir } from '../resources';

export const DEFAULT_SCHEMA = { id: 'mri-core', version: '1.1.0' } as const;

export interface LoadedSchema {
  schema: IndicatorSchema;
  sha256: string;
}

/** Parses a schema document; a document that does not satisfy the format is refused with each issue. */
export function parseSchemaDocument(bytes: Buffer, file: string): LoadedSchema {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    const reason = (error as Error).message;
    throw new MrcError('malformed-schema', `${file} is not valid JSON: ${reason}`, { where: { file }, detail: 'malformed-schema.json', params: { file, reason } });
  }
  const parsed = IndicatorSchema.safeParse(json);
  if (!parsed.success)
    throw new MrcError('malformed-schema', `${file} is not a valid indicator schema`, { where: { file }, params: { file }, issues: zodIssues(parsed.error) });
  return { schema: parsed.data, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function loadEmbeddedSchema(): LoadedSchema {
  const file = path.join(resourcesDir(), 'schema', `${DEFAULT_SCHEMA.id}-${DEFAULT_SCHEMA.version}.json`);
  return parseSchemaDocument(fs.readFileSync(file), file);
}
