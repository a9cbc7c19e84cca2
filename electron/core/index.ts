/** The engine, as its doors (Electron's main process, the browser host, the CLI) may use it: nothing else of electron/core is theirs to import. */
export { type ApiHandlers, type ApiOptions, createApi } from './api';
export { busyTimeoutMs, checkIntegrity, isBusyError, WAITING_FOR_WRITER, workspaceBusy } from './db';
export { chooseSheet, fitSheet } from './import';
export { invokeApi } from './invoke';
export { type Logger, silentLogger } from './logger';
export { ProgressBus } from './tasks';
export { defaultWorkspaceDir, openWorkspace, type OpenWorkspaceOptions, type Workspace } from './workspace';
