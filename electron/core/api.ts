import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../shared/api';
import { CURRENT_FORMAT } from './db';
import {
  countSubmissions,
  createCurateHandlers,
  createQualityHandlers,
  createSubmission,
  findSampleSubmission,
  getSubmission,
  listSubmissions,
  submissionEvidence,
  submissionIndicators,
  submissionRatifications,
} from './curate';
import { createImportHandlers, ImportSessions, type ImportLimits } from './import';
import { defaultLogger, type Logger } from './logger';
import { METHOD_ACCESS } from './method-access';
import { createExportHandlers } from './export';
import { createKeysHandlers } from './keys';
import { createPackageHandlers } from './packages';
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

/** A handler that takes longer than this is logged with its method and duration. */
export const SLOW_CALL_MS = 200;

type AnyHandler = (input: never) => unknown;

/** Logs the calls that took long, from the moment the handler starts (a write's wait for its turn is not its own). */
function timed(method: ApiMethod, handler: AnyHandler, logger: Logger): AnyHandler {
  return (input) => {
    const started = performance.now();
    const report = () => {
      const ms = Math.round(performance.now() - started);
      if (ms > SLOW_CALL_MS) logger.warn('slow call', { method, ms });
    };
    const result = handler(input);
    if (result instanceof Promise) return result.finally(report);
    report();
    return result;
  };
}

/**
 * Writes run one after another on the writer connection, so that no write of this process lands between the slices
 * of a staging. Reads never wait: they run on the read connection.
 */
function inTurn(handlers: Record<string, AnyHandler>): Record<string, AnyHandler> {
  let queue: Promise<unknown> = Promise.resolve();
  return Object.fromEntries(
    Object.entries(handlers).map(([method, handler]) => [
      method,
      (input: never) => {
        const result = queue.then(() => handler(input));
        queue = result.catch(() => undefined);
        return result;
      },
    ]),
  );
}

export interface ApiOptions {
  /** Bounds on what an import will read (size, cells); the readers' defaults otherwise. */
  importLimits?: Partial<ImportLimits>;
  /** Where slow calls are logged: stderr unless MRC_LOG=off (logger.ts). */
  logger?: Logger;
}

interface Shared {
  progress: ProgressBus;
  tasks: TaskRegistry;
  sessions: ImportSessions;
  options: ApiOptions;
}

/** Every method's handler over one connection: `ws.db` is the writer or the reader, as the caller chose. */
function handlersOver(ws: Workspace, { progress, tasks, sessions, options }: Shared): ApiHandlers {
  const { db } = ws;
  return {
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
    'submissions.create': ({ country, year, schemaId, schemaVersion, locale }) =>
      createSubmission(db, { country, year, schemaId: schemaId ?? DEFAULT_SCHEMA.id, schemaVersion }, ws.actor, locale),
    'submissions.list': ({ locale }) => listSubmissions(db, locale),
    'submissions.get': ({ id, locale }) => getSubmission(db, id, locale),
    'submissions.indicators': ({ submissionId, domain, dimension, locale: wanted }) =>
      submissionIndicators(db, submissionId, { domain, dimension }, wanted),
    'submissions.evidence': ({ submissionId }) => submissionEvidence(db, submissionId),
    'submissions.ratifications': ({ submissionId }) => submissionRatifications(db, submissionId),
    'samples.open': ({ locale }) => openSample(ws, locale),
    ...createImportHandlers(ws, { progress, tasks, sessions, limits: options.importLimits ?? {} }),
    ...createReconcileHandlers(ws),
    ...createCurateHandlers(ws),
    ...createQualityHandlers(ws),
    ...createExportHandlers(ws),
    ...createKeysHandlers(ws),
    ...createPackageHandlers(ws),
    'tasks.cancel': ({ task }) => ({ cancelled: tasks.cancel(task) }),
  };
}

/**
 * The implementation of every method of shared/api.ts over one open workspace: each method on the connection
 * METHOD_ACCESS gives it, the writes in turn, the reads at once.
 */
export function createApi(ws: Workspace, progress = new ProgressBus(), options: ApiOptions = {}): ApiHandlers {
  const shared: Shared = { progress, tasks: new TaskRegistry(), sessions: new ImportSessions(), options };
  const logger = options.logger ?? defaultLogger();
  const methods = Object.keys(METHOD_ACCESS) as ApiMethod[];
  const on = (db: Workspace['db']) => handlersOver({ ...ws, db }, shared) as unknown as Record<ApiMethod, AnyHandler>;
  const writer = on(ws.db);
  const reader = on(ws.reader);
  const writes = inTurn(
    Object.fromEntries(methods.filter((m) => METHOD_ACCESS[m] === 'write').map((m) => [m, timed(m, writer[m], logger)])),
  );
  return Object.fromEntries(
    methods.map((m) => [m, METHOD_ACCESS[m] === 'write' ? writes[m]! : timed(m, reader[m], logger)]),
  ) as unknown as ApiHandlers;
}
