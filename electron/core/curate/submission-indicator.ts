import type { Indicator } from '../../../shared/indicator-schema';
import { MrcError } from '../../../shared/errors';
import type { Db } from '../db';
import { getSchema } from '../schema';
import { requireSubmission } from './submissions';

/** An indicator of the schema a submission is scored against; refused when the schema has no such code. */
export function submissionIndicator(db: Db, submissionId: string, code: string): Indicator {
  const submission = requireSubmission(db, submissionId);
  const indicator = getSchema(db, submission.schemaId, submission.schemaVersion).indicators.find((i) => i.code === code);
  if (!indicator)
    throw new MrcError('unknown-indicator', `${code} is not an indicator of schema ${submission.schemaId} ${submission.schemaVersion}.`, {
      params: { indicator: code, schema: `${submission.schemaId} ${submission.schemaVersion}` },
    });
  return indicator;
}
