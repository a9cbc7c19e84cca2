import { openEngine } from './engine';
import { electronParentChannel, nodeParentChannel, type ElectronParentPort } from './parent-channel';
import { serveEngine } from './serve-engine';

/*
 * The engine's own process: bundled as dist/electron/engine.js, next to main.js, and started by main with
 * Electron's utilityProcess.fork, so long work never stalls the window. Forked by Node, it serves over Node's IPC.
 */
const { parentPort } = process as { parentPort?: ElectronParentPort | null };
const served = serveEngine(parentPort ? electronParentChannel(parentPort) : nodeParentChannel(process), (dir) => openEngine(dir));
// utilityProcess's kill() is a SIGTERM: the workspace is closed before the process ends.
process.once('SIGTERM', served.stop);
await served.done;
process.exit(0);
