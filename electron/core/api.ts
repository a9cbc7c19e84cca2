import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../shared/api';
import { CURRENT_FORMAT } from './db';
import {
  countSubmissions,
  createQualityHandlers,
  createCurateHandlers,
  createSubmission,
  findSampleSubmission,
  getSubmission,
  listSubmissions,
  submissionEvidence,
  submissionIndicators,
  submissionRatifications,
} from './curate';
import { createExportHandlers } from './export';
import { createImportHandlers, type ImportLimits } from './import';
import { createReconcileHandlers } from './reconcile';
import { ProgressBus, TaskRegistry } from './tasks';
import { openSample } from './samples';
import { DEFAULT_SCHEMA, getSchema, listSchemas } from './schema';
import { listCountries } from './countries';
import type { Workspace } from './workspace';

export { ProgressBus } from './tasks';

export type ApiHandlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
};

/** Methods that must answer while long work runs: cancelling it, and the status bar. */
const UNQUEUED = new Set<ApiMethod>(['tasks.cancel', 'workspace.info']);

/**
 * Calls run one after another: a long import holds its transaction across awaits, and nothing else
 * may write into it meanwhile (or be rolled back with it).
 */
function oneAtATime(handlers: ApiHandlers): ApiHandlers {
  let queue: Promise<unknown> = Promise.resolve();
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [method, handler] of Object.entries(handlers) as [ApiMethod, (input: never) => unknown][]) {
    wrapped[method] = UNQUEUED.has(method)
      ? handler
      : (input: never) => {
          const result = queue.then(() => handler(input));
          queue = result.catch(() => undefined);
          return result;
        };
  }
  return wrapped as ApiHandlers;
}

export interface ApiOptions {
  /** Bounds on what an import will read (size, cells); the readers' defaults otherwise. */
  importLimits?: Partial<ImportLimits>;
}

/** The implementation of every method of shared/api.ts over one open workspace. */
export function createApi(ws: Workspace, progress = new ProgressBus(), options: ApiOptions = {}): ApiHandlers {
  const { db } = ws;
  const tasks = new TaskRegistry();
  const locale = 'en';
  return oneAtATime({
    'workspace.info': () => ({
      path: ws.file,
      formatVersion: CURRENT_FORMAT,
      defaultSchema: { ...DEFAULT_SCHEMA },
      submissionCount: countSubmissions(db),
      sampleOpened: findSampleSubmission(db) !== undefined,
    }),
    'schemas.list': () => listSchemas(db),
    'schemas.get': ({ id, version }) => getSchema(db, id, version),
    'countries.list': ({ locale: wanted }) => listCountries(db, wanted),
    'submissions.create': ({ country, year, schemaId, schemaVersion }) =>
      createSubmission(db, { country, year, schemaId: schemaId ?? DEFAULT_SCHEMA.id, schemaVersion }, ws.actor),
    'submissions.list': () => listSubmissions(db, locale),
    'submissions.get': ({ id }) => getSubmission(db, id, locale),
    'submissions.indicators': ({ submissionId, domain, dimension, locale: wanted }) =>
      submissionIndicators(db, submissionId, { domain, dimension }, wanted),
    'submissions.evidence': ({ submissionId }) => submissionEvidence(db, submissionId),
    'submissions.ratifications': ({ submissionId }) => submissionRatifications(db, submissionId),
    'samples.open': () => openSample(ws),
    ...createImportHandlers(ws, progress, tasks, options.importLimits ?? {}),
    ...createReconcileHandlers(ws),
    ...createQualityHandlers(ws),
    ...createExportHandlers(ws),
    ...createCurateHandlers(ws),
    'tasks.cancel': ({ task }) => ({ cancelled: tasks.cancel(task) }),
  });
}
