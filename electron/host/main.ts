import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createApi, ProgressBus } from '../core/api';
import { defaultWorkspaceDir } from '../core/workspace/paths';
import { openWorkspace } from '../core/workspace/workspace';
import { startHost } from './host-server';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const { values } = parseArgs({
  options: { workspace: { type: 'string' }, port: { type: 'string' } },
});
const ws = openWorkspace(values.workspace ?? defaultWorkspaceDir());
// Uploads are copies read by the import sessions of one run; a new run has no session to read them,
// staging kept their bytes (up to 64 MB) and the user still has the original.
const uploadDir = path.join(ws.dir, 'incoming');
fs.rmSync(uploadDir, { recursive: true, force: true });
const progress = new ProgressBus();
const host = await startHost({
  handlers: createApi(ws, progress),
  progress,
  rendererDir: path.join(projectRoot, 'dist', 'renderer'),
  uploadDir,
  ...(values.port ? { port: Number(values.port) } : {}),
});
process.stdout.write(`Migrant Rights Curator (browser mode)\n  workspace: ${ws.file}\n  open: ${host.url}\n`);

const stop = () => {
  void host.close().then(() => {
    ws.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
