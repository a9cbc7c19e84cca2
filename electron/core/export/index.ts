/** A submission written out for people: the XLSX workbook (answers, evidence, ratifications), neutralised against formula injection. */
export { createExportHandlers } from './export-handlers';
export { buildSubmissionWorkbook, type SubmissionWorkbook } from './submission-workbook';
export { writeFileAtomically } from './write-file-atomically';
export { checkExportTarget } from './check-export-target';
export { neutralise } from './neutralise-cell';
export { answerRemarks } from './export-store';
