import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { EngineClient } from '../../../electron/engine/engine-client';

/** The engine process's entry in the sources; the built one is dist/electron/engine.js. */
export const ENGINE_SOURCE = path.resolve('electron/engine/engine-process.ts');
const ELECTRON_PARENT_PORT = path.resolve('tests/unit/engine/electron-parent-port.mjs');

/** Which channel the engine process finds: Node's IPC, or a parentPort shaped as Electron's utility process gives it. */
export type ChannelKind = 'node-ipc' | 'electron-parent-port';

export interface ForkedEngine {
  child: ChildProcess;
  client: EngineClient;
  /** Every message the engine sent, in order, as it arrived. */
  received: unknown[];
  /** What main would have logged. */
  logged: string[];
  stderr(): string;
  /** Sends a message as it is, bypassing the client. */
  sendRaw(message: unknown): void;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The engine's real entry in a process of its own, with structured clone on the wire as utilityProcess has. */
export function forkEngine(kind: ChannelKind, entry = ENGINE_SOURCE): ForkedEngine {
  const execArgv = [...(entry.endsWith('.ts') ? ['--import', 'tsx'] : []), ...(kind === 'electron-parent-port' ? ['--import', ELECTRON_PARENT_PORT] : [])];
  const child = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  child.on('error', (error) => (stderr += `\n(parent) ${error.message}`));
  const received: unknown[] = [];
  child.on('message', (message) => received.push(message));
  const sendRaw = (message: unknown) => {
    if (child.connected) child.send(message as object);
  };
  const logged: string[] = [];
  const client = new EngineClient(
    {
      postMessage: sendRaw,
      on: (event: 'message' | 'exit', listener: (value: never) => void) => child.on(event, listener as (...args: unknown[]) => void),
      kill: () => child.kill(),
    },
    (message) => logged.push(message),
  );
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, client, received, logged, stderr: () => stderr, sendRaw, exit };
}
