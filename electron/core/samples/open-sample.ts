import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Submission } from '../../../shared/domain';
import { MrcError } from '../../../shared/errors';
import { appendAudit } from '../curate/audit-log';
import { scoreAnswer } from '../curate/score-answer';
import { createSubmission, findSampleSubmission, getSubmission } from '../curate/submissions';
import { DEFAULT_SCHEMA } from '../schema/load-schema';
import { getSchema } from '../schema/schema-store';
import { SAMPLE_COUNTRY } from '../workspace/countries';
import { resourcesDir } from '../workspace/resources';
import type { Workspace } from '../workspace/workspace';

export const SAMPLE_WORKBOOK = 'demoland-2025.xlsx';
export const SAMPLE_YEAR = 2025;

/** Reads the sample workbook's answers sheet: a header row with "Indicator" and "Answer", below title rows. */
function readSampleAnswers(file: string): Map<string, string> {
  const book = XLSX.read(fs.readFileSync(file), { type: 'buffer' });
  const sheet = book.Sheets['Answers'];
  if (!sheet) throw new MrcError('sample-missing', `The sample workbook has no "Answers" sheet.`, { file });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, blankrows: false });
  const headerAt = rows.findIndex((r) => r[0] === 'Indicator' && r[1] === 'Answer');
  if (headerAt < 0) throw new MrcError('sample-missing', 'The sample "Answers" sheet has no header row.', { file, sheet: 'Answers' });
  const answers = new Map<string, string>();
  for (const row of rows.slice(headerAt + 1))
    if (typeof row[0] === 'string' && row[1] !== undefined) answers.set(row[0], String(row[1]));
  return answers;
}

/** Opens the Demoland sample submission, creating it (with its answers) the first time. */
export function openSample(ws: Workspace): Submission {
  const existing = findSampleSubmission(ws.db);
  if (existing) return getSubmission(ws.db, existing, 'en');
  const file = path.join(resourcesDir(), 'samples', SAMPLE_WORKBOOK);
  const answers = readSampleAnswers(file);
  const schema = getSchema(ws.db, DEFAULT_SCHEMA.id, DEFAULT_SCHEMA.version);
  return ws.db.transaction(() => {
    const submission = createSubmission(
      ws.db,
      { country: SAMPLE_COUNTRY.code, year: SAMPLE_YEAR, schemaId: schema.id, schemaVersion: schema.version },
      ws.actor,
    );
    const insert = ws.db.prepare(
      'INSERT INTO answers (submission_id, indicator, value, score, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    const now = new Date().toISOString();
    for (const indicator of schema.indicators) {
      const value = answers.get(indicator.code);
      if (value !== undefined) insert.run(submission.id, indicator.code, value, scoreAnswer(indicator, value), now);
    }
    appendAudit(ws.db, {
      actor: ws.actor,
      action: 'sample.open',
      entity: `submission:${submission.id}`,
      details: { workbook: SAMPLE_WORKBOOK, answers: answers.size },
    });
    return getSubmission(ws.db, submission.id, 'en');
  })();
}
