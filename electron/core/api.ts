import { EventEmitter } from 'node:events';
import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../shared/api';
import type { Progress } from '../../shared/domain';
import { createSubmission, getSubmission, listSubmissions, submissionIndicators } from './curate/submissions';
import { openSample } from './samples/open-sample';
import { DEFAULT_SCHEMA } from './schema/load-schema';
import { getSchema, listSchemas } from './schema/schema-store';
import { listCountries } from './workspace/countries';
import { CURRENT_FORMAT } from './db/migrations/index';
import { findSampleSubmission } from './curate/submissions';
import type { Workspace } from './workspace/workspace';

export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

/** Long work reports here; each front door forwards these events to its UI. */
export class ProgressBus extends EventEmitter<{ progress: [Progress] }> {
  report(event: Progress): void {
    this.emit('progress', event);
  }
}

/** The implementation of every method of shared/api.ts over one open workspace. */
export function createApi(ws: Workspace, locale = 'en'): ApiHandlers {
  const { db } = ws;
  return {
    'workspace.info': () => ({
      path: ws.file,
      formatVersion: CURRENT_FORMAT,
      defaultSchema: { ...DEFAULT_SCHEMA },
      submissionCount: (db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n,
      sampleOpened: findSampleSubmission(db) !== undefined,
    }),
    'schemas.list': () => listSchemas(db),
    'schemas.get': ({ id, version }) => getSchema(db, id, version),
    'countries.list': ({ locale: wanted }) => listCountries(db, wanted),
    'submissions.create': ({ country, year, schemaId, schemaVersion }) =>
      createSubmission(db, { country, year, schemaId: schemaId ?? DEFAULT_SCHEMA.id, schemaVersion }, ws.actor),
    'submissions.list': () => listSubmissions(db, locale),
    'submissions.get': ({ id }) => getSubmission(db, id, locale),
    'submissions.indicators': ({ submissionId, domain, dimension }) =>
      submissionIndicators(db, submissionId, { domain, dimension }),
    'samples.open': () => openSample(ws),
  };
}
