import { EventEmitter } from 'node:events';

/*
 * Loaded with --import before the engine's entry, in a Node child forked with IPC: gives the process a
 * `parentPort` shaped as Electron's utility process has it (lib/utility/parent-port.ts in Electron's sources),
 * carried over Node's IPC. Each message arrives as an event with `data` and `ports`, and messages wait until the
 * first 'message' listener, as Electron's port starts on that listener.
 */
class ParentPortOverNodeIpc extends EventEmitter {
  private started = false;

  constructor() {
    super();
    this.on('newListener', (name) => {
      if (name !== 'message' || this.started) return;
      this.started = true;
      process.on('message', (data) => this.emit('message', { data, ports: [] }));
    });
  }

  postMessage(message: unknown): void {
    if (process.connected) process.send?.(message);
  }
}

Object.defineProperty(process, 'parentPort', { value: new ParentPortOverNodeIpc(), enumerable: true, writable: false });
