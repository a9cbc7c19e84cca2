import type { ApiOutput, ApiParsedInput } from '../../../shared/api';
import { MrcError } from '../../../shared/errors';
import type { Workspace } from '../workspace';
import { checkExportTarget } from './check-export-target';
import { buildSubmissionWorkbook } from './submission-workbook';
import { writeFileAtomically } from './write-file-atomically';

type ExportMethod = 'submissions.exportXlsx' | 'submissions.xlsxFile';
export type ExportHandlers = { [M in ExportMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> };

export function createExportHandlers(ws: Workspace): ExportHandlers {
  return {
    'submissions.exportXlsx': ({ submissionId, path: target }) => {
      checkExportTarget(target, '.xlsx');
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
