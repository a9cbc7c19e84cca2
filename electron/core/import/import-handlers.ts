import { randomUUID } from 'node:crypto';
import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api';
import { loadLearnedAliases } from '../match';
import { MrcError } from '../../../shared/errors';
import type { ProgressBus, TaskRegistry } from '../tasks';
import { WAITING_FOR_WRITER, withWriteLock } from '../db';
import { requireSubmission, submissionSchema } from '../curate';
import type { Workspace } from '../workspace';
import { abandonImport, commitImport } from './commit/commit-import';
import { findConflicts } from './commit/commit-plan';
import { editStagedCell, requeueReference, setRowExcluded } from './stage/edit-staging';
import { ImportRefusal } from './import-issue';
import { ImportSessions, openImportFile, sheetsOf } from './read/import-sessions';
import { listTemplates } from './map/mapping-templates-store';
import { previewSheet } from './map/preview-sheet';
import { stageImport } from './stage/stage-import';
import { getImport, getStagedRow, importHistory, importsOfFile, importSummary, listStagedRows, toStagedRow } from './stage/staging-store';
import type { ImportLimits } from './read/guard-file';
import type { ReadProgress } from './sheet-model';

type ImportMethod = Extract<ApiMethod, `imports.${string}` | 'mappings.list'>;
export type ImportHandlers = { [M in ImportMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

/** A commit that could not get the workspace leaves its import staged, to be committed later: say so, and how. */
function stillStaged(error: unknown, importId: string): unknown {
  if (!(error instanceof MrcError) || error.code !== 'workspace-busy') return error;
  return new MrcError(
    error.code,
    `${error.message} Import ${importId} stays staged: commit it from the import history, or with \`mrc import commit ${importId}\`.`,
    { detail: 'workspace-busy.stays-staged', params: { ...error.params, importId } },
  );
}

/** Refusals of the readers become the API's errors, with the file, sheet, row and column they name. */
export function asMrcError(error: unknown): unknown {
  return error instanceof ImportRefusal ? new MrcError(error.issue.code, error.issue.message, error.issue) : error;
}

const learnedAliases = (ws: Workspace) => loadLearnedAliases(ws.db);

/** What opening a file is doing, in English for the CLI and logs; the UI words the phase itself. */
const READ_PHASE_WORDS: Record<ReadProgress['phase'], string> = {
  reading: 'Reading the file',
  converting: 'Reading the rows of its sheets',
  scanning: 'Counting its rows',
  mapping: 'Reading its rows',
};

/** What the handlers over the writer and over the reader share: the progress bus, the tasks, the files opened. */
export interface ImportState {
  progress: ProgressBus;
  tasks: TaskRegistry;
  sessions: ImportSessions;
  limits: Partial<ImportLimits>;
}

export function createImportHandlers(ws: Workspace, { progress, tasks, sessions, limits }: ImportState): ImportHandlers {
  const { db } = ws;
  const schemaOf = (submissionId: string) => submissionSchema(db, submissionId);
  const editContext = (importId: string) => ({
    db,
    actor: ws.actor,
    schema: schemaOf(getImport(db, importId).submissionId),
    learned: learnedAliases(ws),
  });
  const sheetOf = (importId: string) => {
    const { layout } = getImport(db, importId);
    return { width: layout.headers.length, date1904: layout.date1904 };
  };
  const waiting = (task: string) => () => progress.report({ task, done: 0, total: null, phase: 'waiting', message: WAITING_FOR_WRITER });

  return {
    'imports.open': ({ submissionId, path }) =>
      tasks.run(`open:${randomUUID()}`, async (task, signal) => {
        requireSubmission(db, submissionId);
        const session = await openImportFile(submissionId, path, {
          limits,
          signal,
          onProgress: (p) => progress.report({ task, done: p.rowsRead, total: p.totalRows ?? null, phase: p.phase, message: READ_PHASE_WORDS[p.phase] }),
        }).catch((error: unknown) => {
          throw asMrcError(error);
        });
        sessions.add(session);
        const issues = session.source.type === 'workbook' ? session.source.workbook.issues : session.source.scan.issues;
        return {
          session: session.id,
          fileName: session.fileName,
          sha256: session.sha256,
          format: session.format,
          sheets: sheetsOf(session),
          previousImports: importsOfFile(db, session.sha256),
          issues,
        };
      }),
    'imports.preview': ({ session, sheet, kind, mapping, template }) =>
      previewSheet(db, sessions.get(session), sheet, kind, mapping, template),
    'imports.stage': ({ session: id, sheet, kind, mapping, saveTemplateAs }) => {
      const session = sessions.get(id);
      return tasks.run(`stage:${randomUUID()}`, async (task, signal) => {
        const importId = await stageImport(
          {
            db,
            actor: ws.actor,
            schema: schemaOf(session.submissionId),
            learned: learnedAliases(ws),
            signal,
            onProgress: (done, total) => progress.report({
                task,
                done,
                total,
                phase: 'checking',
                params: { file: session.fileName },
                message: `Checking the rows of ${session.fileName}`,
              }),
            onWaiting: waiting(task),
          },
          session,
          { sheet, kind, mapping, saveTemplateAs },
        ).catch((error: unknown) => {
          throw asMrcError(error);
        });
        return importSummary(db, importId);
      });
    },
    'imports.get': ({ importId }) => importSummary(db, importId),
    'imports.rows': ({ importId, status, bySimilarity, offset, limit }) => {
      const sheet = sheetOf(importId);
      const { total, rows } = listStagedRows(db, importId, { status, bySimilarity }, offset, limit);
      return { total, rows: rows.map((r) => toStagedRow(r, sheet)) };
    },
    'imports.editCell': ({ importId, row, field, value, column }) =>
      toStagedRow(editStagedCell(editContext(importId), importId, row, field, value, column), sheetOf(importId)),
    'imports.exclude': ({ importId, row, excluded }) =>
      toStagedRow(setRowExcluded(editContext(importId), importId, row, excluded), sheetOf(importId)),
    'imports.requeue': ({ importId, row, field, undo }) => ({
      rows: requeueReference(editContext(importId), importId, row, field, undo),
      row: toStagedRow(getStagedRow(db, importId, row), sheetOf(importId)),
    }),
    'imports.conflicts': ({ importId }) => findConflicts(db, getImport(db, importId)),
    'imports.commit': ({ importId, choice, perRow }) =>
      tasks.run(`commit:${randomUUID()}`, async (task, signal) => {
        await withWriteLock(db, { signal, onWaiting: waiting(task) }, () => commitImport(db, importId, { actor: ws.actor, choice, perRow })).catch(
          (error: unknown) => {
            throw stillStaged(error, importId);
          },
        );
        return importSummary(db, importId);
      }),
    'imports.abandon': ({ importId }) =>
      tasks.run(`abandon:${randomUUID()}`, async (task, signal) => {
        await withWriteLock(db, { signal, onWaiting: waiting(task) }, () => abandonImport(db, importId, ws.actor));
        return importSummary(db, importId);
      }),
    'imports.history': ({ submissionId }) => importHistory(db, submissionId),
    'mappings.list': () =>
      listTemplates(db).map((t) => ({ name: t.name, kind: t.kind, headers: t.mapping.map((m) => m.header), createdAt: t.createdAt })),
  };
}
