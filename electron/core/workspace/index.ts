/** A workspace: the folder it lives in, opened with its countries and default schema in place. */
export { defaultWorkspaceDir } from './paths';
export { openWorkspace, type OpenWorkspaceOptions, type Workspace } from './workspace';
