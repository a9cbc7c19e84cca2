import type { FromEngine } from './engine-protocol';

/**
 * The engine process's side of its channel to the main process. Electron's utility process gives it
 * `process.parentPort`; a Node child forked with an IPC channel (tests, scripts) gives it `process.send`.
 * The engine is written against this, so the same code runs under both.
 */
export interface ParentChannel {
  post(message: FromEngine): void;
  onMessage(listener: (message: unknown) => void): void;
  /** When the parent's end goes away. Absent where the channel never says so: then only a `close` message ends it. */
  onClose?(listener: () => void): void;
}

/** Electron's `process.parentPort` as the engine uses it: each message arrives wrapped in an event's `data`. */
export interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

/** Electron's parentPort emits nothing when main goes; main sends `close`, and Chromium ends the process after main. */
export function electronParentChannel(port: ElectronParentPort): ParentChannel {
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => void port.on('message', (event) => listener(event.data)),
  };
}

/** A Node child's IPC channel (forked with `serialization: 'advanced'`, the structured clone utilityProcess uses). */
export function nodeParentChannel(child: NodeJS.Process): ParentChannel {
  if (!child.send) throw new Error('The engine process was started without an IPC channel to its parent.');
  return {
    post: (message) => {
      if (child.connected) child.send?.(message);
    },
    onMessage: (listener) => void child.on('message', listener),
    onClose: (listener) => void child.once('disconnect', listener),
  };
}
