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
const progress = new ProgressBus();
const host = await startHost({
  handlers: createApi(ws, progress),
  progress,
  rendererDir: path.join(projectRoot, 'dist', 'renderer'),
  uploadDir: path.join(ws.dir, 'incoming'),
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
