import { EventEmitter } from 'node:events';
import { isMainThread } from 'node:worker_threads';

/*
 * Loaded with --import before the engine's entry, in a Node child forked with IPC: gives the process a
 * `parentPort` shaped as Electron's utility process has it (lib/utility/parent-port.ts in Electron's sources),
 * carried over Node's IPC. Each message arrives as an event with `data` and `ports`, and messages wait until the
 * first 'message' listener, as Electron's port starts on that listener. Plain JavaScript: a worker thread inherits
 * the --import, and on Node 20 tsx does not reach a worker's loader.
 */
class ParentPortOverNodeIpc extends EventEmitter {
  started = false;

  constructor() {
    super();
    this.on('newListener', (name) => {
      if (name !== 'message' || this.started) return;
      this.started = true;
      process.on('message', (data) => this.emit('message', { data, ports: [] }));
    });
  }

  postMessage(message) {
    if (process.connected) process.send?.(message);
  }
}

// The port is the process's, not its worker threads'.
if (isMainThread) Object.defineProperty(process, 'parentPort', { value: new ParentPortOverNodeIpc(), enumerable: true, writable: false });
