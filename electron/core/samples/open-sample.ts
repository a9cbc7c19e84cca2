import path from 'node:path';
import type { Submission } from '../../../shared/domain';
import type { RecordKind } from '../../../shared/records';
import { appendAudit } from '../audit';
import { createSubmission, findSampleSubmission, getSubmission } from '../curate';
import { commitImport, openImportFile, previewSheet, stageImport } from '../import';
import { loadLearnedAliases } from '../match';
import { DEFAULT_SCHEMA, getSchema } from '../schema';
import { SAMPLE_COUNTRY } from '../countries';
import { resourcesDir } from '../resources';
import type { Workspace } from '../workspace';

export const SAMPLE_WORKBOOK = 'demoland-2025.xlsx';
export const SAMPLE_YEAR = 2025;

/** Laws first: the answers cite them, and their citations are then linked to the laws already there. */
const SAMPLE_SHEETS: readonly [string, RecordKind][] = [
  ['Laws', 'evidence'],
  ['Ratifications', 'ratifications'],
  ['Answers', 'answers'],
];

/**
 * Opens the Demoland sample submission, creating it the first time by importing the sample workbook
 * through the same pipeline as any user's file, so the sample also shows what an import leaves behind.
 */
/** The sample submission, its country named in `locale`, the caller's language. */
export async function openSample(ws: Workspace, locale: string): Promise<Submission> {
  const existing = findSampleSubmission(ws.db);
  if (existing) return getSubmission(ws.db, existing, locale);
  const schema = getSchema(ws.db, DEFAULT_SCHEMA.id, DEFAULT_SCHEMA.version);
  const submission = createSubmission(
    ws.db,
    { country: SAMPLE_COUNTRY.code, year: SAMPLE_YEAR, schemaId: schema.id, schemaVersion: schema.version },
    ws.actor,
    locale,
  );
  const session = await openImportFile(submission.id, path.join(resourcesDir(), 'samples', SAMPLE_WORKBOOK));
  for (const [sheet, kind] of SAMPLE_SHEETS) {
    const { mapping } = previewSheet(ws.db, session, sheet, kind);
    const importId = await stageImport({ db: ws.db, actor: ws.actor, schema, learned: loadLearnedAliases(ws.db) }, session, { sheet, kind, mapping });
    commitImport(ws.db, importId, { actor: ws.actor, choice: 'keep-existing', perRow: [] });
  }
  ws.db.transaction(() =>
    appendAudit(ws.db, { actor: ws.actor, action: 'sample.open', entity: `submission:${submission.id}`, details: { workbook: SAMPLE_WORKBOOK } }),
  ).immediate();
  return getSubmission(ws.db, submission.id, locale);
}
