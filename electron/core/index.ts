export { type ApiHandlers, createApi, ProgressBus } from './api';
export { busyTimeoutMs, checkIntegrity, isBusyError, WAITING_FOR_WRITER, workspaceBusy } from './db';
export { chooseSheet, fitSheet } from './import';
export { invokeApi } from './invoke';
export { defaultWorkspaceDir, openWorkspace, type Workspace } from './workspace';
