import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { MrcError } from '../../shared/errors';
import { defaultWorkspaceDir } from '../core';
import { openEngine, type Engine } from '../engine/engine';
import { startHost } from './host-server';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const { values } = parseArgs({
  options: { workspace: { type: 'string' }, port: { type: 'string' } },
});
let engine: Engine;
try {
  engine = openEngine(values.workspace ?? defaultWorkspaceDir());
} catch (error) {
  if (!(error instanceof MrcError)) throw error;
  process.stderr.write(`Migrant Rights Curator (browser mode) cannot start: ${error.message}\n`);
  process.exit(1);
}
const ws = engine.workspace;
// Uploads are copies read by the import sessions of one run; a new run has no session to read them,
// staging kept their bytes (up to 64 MB) and the user still has the original.
const uploadDir = path.join(ws.dir, 'incoming');
fs.rmSync(uploadDir, { recursive: true, force: true });
const host = await startHost({
  engine,
  rendererDir: path.join(projectRoot, 'dist', 'renderer'),
  uploadDir,
  ...(values.port ? { port: Number(values.port) } : {}),
});
const checked = ws.check ? ` (quick check ${Math.round(ws.check.ms)} ms)` : '';
process.stdout.write(`Migrant Rights Curator (browser mode)\n  workspace: ${ws.file}${checked}\n  open: ${host.url}\n`);

const stop = () => {
  void host.close().then(() => {
    engine.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
