export { defaultWorkspaceDir } from './paths';
export { openWorkspace, type Workspace } from './workspace';
