import { randomUUID } from 'node:crypto';
import type { IndicatorRow, Submission } from '../../../shared/domain';
import { MrcError } from '../../../shared/errors';
import type { IndicatorSchema } from '../../../shared/indicator-schema';
import type { Db } from '../db';
import { getSchema } from '../schema';
import { countryName, requireCountry } from '../countries';
import { appendAudit } from '../audit';
import { buildIndicatorRow, buildIndicatorRows, type IndicatorFilter } from './indicator-rows';

interface SubmissionRow {
  country_reference_name: string;
  id: string;
  country: string;
  year: number;
  schema_id: string;
  schema_version: string;
  status: Submission['status'];
  created_at: string;
  sample: number;
  answered: number;
  indicator_count: number;
}

const SELECT_SUBMISSIONS = `
  SELECT s.id, s.country, s.year, s.schema_id, s.schema_version, s.status, s.created_at, c.sample, c.name AS country_reference_name,
    (SELECT count(*) FROM answers a JOIN indicators i
       ON i.schema_id = s.schema_id AND i.schema_version = s.schema_version AND i.code = a.indicator
     WHERE a.submission_id = s.id AND a.value IS NOT NULL
       AND (a.score IS NOT NULL OR i.scoring ->> 'kind' = 'unscored')) AS answered,
    (SELECT count(*) FROM indicators i WHERE i.schema_id = s.schema_id AND i.schema_version = s.schema_version) AS indicator_count
  FROM submissions s JOIN countries c ON c.code = s.country`;

function toSubmission(row: SubmissionRow, locale: string): Submission {
  return {
    id: row.id,
    country: row.country,
    countryName: countryName({ code: row.country, referenceName: row.country_reference_name, sample: row.sample === 1 }, locale),
    year: row.year,
    schemaId: row.schema_id,
    schemaVersion: row.schema_version,
    status: row.status,
    sample: row.sample === 1,
    createdAt: row.created_at,
    answered: row.answered,
    indicatorCount: row.indicator_count,
  };
}

export interface NewSubmission {
  country: string;
  year: number;
  schemaId: string;
  schemaVersion?: string | undefined;
}

export function createSubmission(db: Db, input: NewSubmission, actor: string, locale: string): Submission {
  requireCountry(db, input.country);
  const schema = getSchema(db, input.schemaId, input.schemaVersion);
  const id = randomUUID();
  db.transaction(() => {
    db.prepare(
      'INSERT INTO submissions (id, country, year, schema_id, schema_version, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, input.country, input.year, schema.id, schema.version, new Date().toISOString());
    appendAudit(db, {
      actor,
      action: 'submission.create',
      entity: `submission:${id}`,
      details: { country: input.country, year: input.year, schema: `${schema.id}@${schema.version}` },
    });
  }).immediate();
  return getSubmission(db, id, locale);
}

export function listSubmissions(db: Db, locale: string): Submission[] {
  const rows = db.prepare(`${SELECT_SUBMISSIONS} ORDER BY s.created_at DESC, s.rowid DESC`).all() as SubmissionRow[];
  return rows.map((r) => toSubmission(r, locale));
}

/** A submission with its country named in `locale`, the caller's language. */
export function getSubmission(db: Db, id: string, locale: string): Submission {
  const row = db.prepare(`${SELECT_SUBMISSIONS} WHERE s.id = ?`).get(id) as SubmissionRow | undefined;
  if (!row) throw new MrcError('unknown-submission', `No submission with id ${id} in this workspace.`, { params: { id } });
  return toSubmission(row, locale);
}

/** The schema a submission is scored against, refusing an unknown id: for work that names nothing to a person. */
export function requireSubmission(db: Db, id: string): { schemaId: string; schemaVersion: string } {
  const row = db.prepare('SELECT schema_id, schema_version FROM submissions WHERE id = ?').get(id) as { schema_id: string; schema_version: string } | undefined;
  if (!row) throw new MrcError('unknown-submission', `No submission with id ${id} in this workspace.`, { params: { id } });
  return { schemaId: row.schema_id, schemaVersion: row.schema_version };
}

/** The schema version a submission is scored against. */
export function submissionSchema(db: Db, submissionId: string): IndicatorSchema {
  const submission = requireSubmission(db, submissionId);
  return getSchema(db, submission.schemaId, submission.schemaVersion);
}

export function countSubmissions(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
}

export function findSampleSubmission(db: Db): string | undefined {
  const row = db
    .prepare('SELECT s.id FROM submissions s JOIN countries c ON c.code = s.country WHERE c.sample = 1 LIMIT 1')
    .get() as { id: string } | undefined;
  return row?.id;
}

/** A submission's indicator grid, its questions in `locale` where the schema has them. */
export function submissionIndicators(db: Db, submissionId: string, filter: IndicatorFilter, locale?: string): IndicatorRow[] {
  return buildIndicatorRows(db, submissionRef(db, submissionId), filter, locale);
}

/** One indicator's row of a submission's grid, as an edit leaves it. */
export function submissionIndicatorRow(db: Db, submissionId: string, code: string, locale?: string): IndicatorRow {
  const row = buildIndicatorRow(db, submissionRef(db, submissionId), code, locale);
  if (!row) throw new MrcError('unknown-indicator', `The schema of submission ${submissionId} has no indicator ${code}.`, { params: { indicator: code, submission: submissionId } });
  return row;
}

/** What a grid needs of a submission: which schema version it follows; cheaper than counting its answers. */
function submissionRef(db: Db, id: string): { id: string; schemaId: string; schemaVersion: string } {
  const row = db.prepare('SELECT schema_id, schema_version FROM submissions WHERE id = ?').get(id) as
    | { schema_id: string; schema_version: string }
    | undefined;
  if (!row) throw new MrcError('unknown-submission', `No submission with id ${id} in this workspace.`);
  return { id, schemaId: row.schema_id, schemaVersion: row.schema_version };
}
