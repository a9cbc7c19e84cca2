import type { ApiInput } from '../../../shared/api';
import { ReferenceYear, type SchemaSummary } from '../../../shared/domain';

/** What the New submission form holds while the user fills it in. */
export interface NewSubmissionDraft {
  /** ISO alpha-3 code, set only once the typed name is a country. */
  country: string | undefined;
  year: string;
  /** `${id}@${version}` of the chosen schema. */
  schema: string;
}

export type DraftField = 'country' | 'year' | 'schema';

/** A problem with one field: its values, for the field's sentence in the user's language. */
export interface DraftProblem {
  values?: Record<string, number>;
}

/** The sentence of each field's problem. */
export const DRAFT_PROBLEM_KEYS = {
  country: 'newSubmission.problems.country',
  year: 'newSubmission.problems.year',
  schema: 'newSubmission.problems.schema',
} as const satisfies Record<DraftField, string>;

export type DraftCheck =
  | { ok: true; input: ApiInput<'submissions.create'> }
  | { ok: false; problems: Partial<Record<DraftField, DraftProblem>> };

// The same bounds the contract enforces, so the form refuses exactly what the engine would.
const FIRST_YEAR = ReferenceYear.minValue ?? 1948;
const LAST_YEAR = ReferenceYear.maxValue ?? 2100;

export function schemaKey(schema: Pick<SchemaSummary, 'id' | 'version'>): string {
  return `${schema.id}@${schema.version}`;
}

/** The year before this one: a submission usually describes the last full year. */
export function defaultReferenceYear(today = new Date()): string {
  return String(today.getFullYear() - 1);
}

export function checkDraft(draft: NewSubmissionDraft): DraftCheck {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  if (!draft.country) problems.country = {};
  const year = Number(draft.year.trim());
  if (!draft.year.trim() || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    problems.year = { values: { first: FIRST_YEAR, last: LAST_YEAR } };
  const at = draft.schema.lastIndexOf('@');
  if (at <= 0) problems.schema = {};
  if (!draft.country || problems.year || problems.schema) return { ok: false, problems };
  return {
    ok: true,
    input: { country: draft.country, year, schemaId: draft.schema.slice(0, at), schemaVersion: draft.schema.slice(at + 1) },
  };
}
