import { EventEmitter } from 'node:events';
import type { Progress } from '../../shared/domain';
import { MrcError, type ApiErrorShape, type ApiResponse } from '../../shared/errors';
import { FromEngine, type ToEngine } from './engine-protocol';

/**
 * The engine's process as the main process holds it. Electron's UtilityProcess fits as it is; a Node ChildProcess
 * fits with `postMessage` mapped to `send`.
 */
export interface EngineChild {
  postMessage(message: ToEngine): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number | null) => void): unknown;
  kill(): boolean;
}

/** How long a closing engine has to close its workspace before it is killed. */
export const CLOSE_GRACE_MS = 10_000;

function engineStopped(code: number | null): ApiErrorShape {
  return { code: 'engine-stopped', message: `The engine stopped (exit code ${code ?? 'none'}): restart the app. Work already committed is kept.` };
}

/**
 * The main process's end of the engine: requests by id, each answered once (an answer when the engine stops
 * before giving its own), progress passed on to listeners, and an orderly close.
 */
export class EngineClient {
  private nextId = 0;
  private readonly pending = new Map<number, (response: ApiResponse) => void>();
  private readonly events = new EventEmitter<{ progress: [Progress]; crash: [number | null] }>();
  private opening: { resolve: (file: string) => void; reject: (error: MrcError) => void } | undefined;
  private exitCode: number | null | undefined;
  private closing = false;
  private readonly exited: Promise<number | null>;

  constructor(
    private readonly child: EngineChild,
    private readonly log: (message: string) => void = (message) => process.stderr.write(`${message}\n`),
  ) {
    child.on('message', (raw) => this.receive(raw));
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        this.ended(code);
        resolve(code);
      }),
    );
  }

  /** Opens the workspace in `dir`; the workspace file's path, or the engine's refusal as an MrcError. */
  open(dir: string): Promise<string> {
    if (this.exitCode !== undefined) {
      const stopped = engineStopped(this.exitCode);
      return Promise.reject(new MrcError(stopped.code, stopped.message));
    }
    return new Promise((resolve, reject) => {
      this.opening = { resolve, reject };
      this.child.postMessage({ type: 'open', dir });
    });
  }

  /** One request; always answered, with the engine's ApiResponse or a refusal saying the engine stopped. */
  call(method: string, input: unknown): Promise<ApiResponse> {
    if (this.exitCode !== undefined) return Promise.resolve({ ok: false, error: engineStopped(this.exitCode) });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.postMessage({ type: 'request', id, method, input });
    });
  }

  onProgress(listener: (event: Progress) => void): () => void {
    this.events.on('progress', listener);
    return () => this.events.off('progress', listener);
  }

  /** Called when the engine ends without having been asked to close. */
  onCrash(listener: (code: number | null) => void): void {
    this.events.on('crash', listener);
  }

  /** Asks the engine to close its workspace and end; kills it if it has not within `graceMs`. Its exit code. */
  async close(graceMs = CLOSE_GRACE_MS): Promise<number | null> {
    if (this.exitCode !== undefined) return this.exitCode;
    this.closing = true;
    this.child.postMessage({ type: 'close' });
    const timer = setTimeout(() => this.child.kill(), graceMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  private receive(raw: unknown): void {
    const parsed = FromEngine.safeParse(raw);
    if (!parsed.success) return this.log(`engine: a message main cannot read was dropped: ${parsed.error.message}`);
    const message = parsed.data;
    if (message.type === 'progress') this.events.emit('progress', message.event);
    else if (message.type === 'opened') this.settleOpening((opening) => opening.resolve(message.file));
    else if (message.type === 'open-failed') this.settleOpening((opening) => opening.reject(MrcError.fromShape(message.error)));
    else if (message.type === 'response') this.answer(message.id, message.response);
    else if (message.id !== undefined) this.answer(message.id, { ok: false, error: message.error });
    else this.log(`engine: refused a message: ${message.error.message}`);
  }

  private settleOpening(settle: (opening: NonNullable<EngineClient['opening']>) => void): void {
    const opening = this.opening;
    this.opening = undefined;
    if (opening) settle(opening);
  }

  private answer(id: number, response: ApiResponse): void {
    const resolve = this.pending.get(id);
    this.pending.delete(id);
    resolve?.(response);
  }

  private ended(code: number | null): void {
    this.exitCode = code;
    const stopped = engineStopped(code);
    for (const id of [...this.pending.keys()]) this.answer(id, { ok: false, error: stopped });
    this.settleOpening((opening) => opening.reject(new MrcError(stopped.code, stopped.message)));
    if (!this.closing) this.events.emit('crash', code);
  }
}
