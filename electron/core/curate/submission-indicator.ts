import type { Indicator, IndicatorSchema } from '../../../shared/indicator-schema';
import { MrcError } from '../../../shared/errors';
import type { Db } from '../db';
import { getSchema } from '../schema';
import { requireSubmission } from './submissions';

/** Schema versions never change once installed: each is parsed once per workspace. */
const parsed = new WeakMap<Db, Map<string, { schema: IndicatorSchema; byCode: Map<string, Indicator> }>>();

function schemaOf(db: Db, id: string, version: string) {
  const cache = parsed.get(db) ?? new Map<string, { schema: IndicatorSchema; byCode: Map<string, Indicator> }>();
  parsed.set(db, cache);
  const key = `${id}@${version}`;
  let entry = cache.get(key);
  if (!entry) {
    const schema = getSchema(db, id, version);
    entry = { schema, byCode: new Map(schema.indicators.map((i) => [i.code, i])) };
    cache.set(key, entry);
  }
  return entry;
}

/** An indicator of the schema a submission is scored against; refused when the schema has no such code. */
export function submissionIndicator(db: Db, submissionId: string, code: string): Indicator {
  const submission = requireSubmission(db, submissionId);
  const indicator = schemaOf(db, submission.schemaId, submission.schemaVersion).byCode.get(code);
  if (!indicator)
    throw new MrcError('unknown-indicator', `${code} is not an indicator of schema ${submission.schemaId} ${submission.schemaVersion}.`);
  return indicator;
}
