import fs from 'node:fs';
import path from 'node:path';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api';
import { MrcError } from '../../../shared/errors';
import type { Workspace } from '../workspace';
import { buildSubmissionWorkbook } from './submission-workbook';
import { writeFileAtomically } from './write-file-atomically';

type ExportMethod = 'submissions.exportXlsx' | 'submissions.xlsxFile';
export type ExportHandlers = { [M in ExportMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> };

function checkTarget(target: string): void {
  if (!path.isAbsolute(target))
    throw new MrcError('invalid-path', `Export to a full path, not "${target}".`, { where: { file: target }, detail: 'invalid-path.relative', params: { path: target } });
  const folder = path.dirname(target);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new MrcError('invalid-path', `The folder ${folder} does not exist; nothing was written.`, {
      where: { file: target },
      detail: 'invalid-path.no-folder',
      params: { path: target, folder },
    });
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory())
    throw new MrcError('invalid-path', `${target} is a folder; choose a file name ending in .xlsx.`, { where: { file: target }, detail: 'invalid-path.folder', params: { path: target } });
}

export function createExportHandlers(ws: Workspace): ExportHandlers {
  return {
    'submissions.exportXlsx': ({ submissionId, path: target }) => {
      checkTarget(target);
      const workbook = buildSubmissionWorkbook(ws.db, submissionId);
      try {
        writeFileAtomically(target, workbook.bytes);
      } catch (error) {
        // The system's own reason (permission denied, disk full…) is kept as it said it: no sentence of ours can say more.
        throw new MrcError('export-failed', `The workbook could not be written to ${target}: ${(error as Error).message}. Nothing was changed there.`, {
          where: { file: target },
          params: { path: target, reason: (error as Error).message },
        });
      }
      return { path: target, bytes: workbook.bytes.length, sheets: workbook.sheets, neutralisedCells: workbook.neutralisedCells };
    },
    'submissions.xlsxFile': ({ submissionId }) => {
      const workbook = buildSubmissionWorkbook(ws.db, submissionId);
      return {
        fileName: workbook.fileName,
        contentBase64: workbook.bytes.toString('base64'),
        bytes: workbook.bytes.length,
        sheets: workbook.sheets,
        neutralisedCells: workbook.neutralisedCells,
      };
    },
  };
}
