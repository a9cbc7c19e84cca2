import os from 'node:os';
import path from 'node:path';

export const WORKSPACE_FILE = 'workspace.mrc.sqlite';
const APP_DIR = 'Migrant Rights Curator';

/**
 * The conventional per-user data folder, as Electron's `app.getPath('userData')` would give it,
 * so the CLI, the browser host and the desktop app open the same workspace by default.
 */
export function defaultWorkspaceDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.MRC_WORKSPACE) return path.resolve(env.MRC_WORKSPACE);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR);
}

export function workspaceFile(dir: string): string {
  return path.join(dir, WORKSPACE_FILE);
}
