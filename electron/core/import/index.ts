/** Spreadsheets into a submission: read → layout → map → resolve → stage → commit (the folders of the same names). */
export { commitImport } from './commit/commit-import';
export { createImportHandlers } from './import-handlers';
export { chooseSheet, fitSheet } from './map/choose-sheet';
export { previewSheet } from './map/preview-sheet';
export type { ImportLimits } from './read/guard-file';
export { ImportSessions, openImportFile } from './read/import-sessions';
export { ReferenceResolver } from './resolve/resolve-references';
export { restageRow } from './stage/restage-row';
export { discardAbandonedWrites } from './stage/import-writers';
export { stageImport } from './stage/stage-import';
export { getImport, getStagedRow, type LoadedStagedRow, saveStagedRow } from './stage/staging-store';
