import fs from 'node:fs';
import path from 'node:path';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api';
import { MrcError } from '../../../shared/errors';
import type { Workspace } from '../workspace';
import { buildSubmissionWorkbook } from './submission-workbook';
import { writeFileAtomically } from './write-file-atomically';

export type ExportHandlers = {
  'submissions.exportXlsx': (input: ApiParsedInput<'submissions.exportXlsx'>) => ApiOutput<'submissions.exportXlsx'>;
};

function checkTarget(target: string): void {
  if (!path.isAbsolute(target)) throw new MrcError('invalid-path', `Export to a full path, not "${target}".`, { file: target });
  const folder = path.dirname(target);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new MrcError('invalid-path', `The folder ${folder} does not exist; nothing was written.`, { file: target });
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory())
    throw new MrcError('invalid-path', `${target} is a folder; choose a file name ending in .xlsx.`, { file: target });
}

export function createExportHandlers(ws: Workspace): ExportHandlers {
  return {
    'submissions.exportXlsx': ({ submissionId, path: target }) => {
      checkTarget(target);
      const workbook = buildSubmissionWorkbook(ws.db, submissionId);
      try {
        writeFileAtomically(target, workbook.bytes);
      } catch (error) {
        throw new MrcError('export-failed', `The workbook could not be written to ${target}: ${(error as Error).message}. Nothing was changed there.`, { file: target });
      }
      return { path: target, bytes: workbook.bytes.length, sheets: workbook.sheets, neutralisedCells: workbook.neutralisedCells };
    },
  };
}
