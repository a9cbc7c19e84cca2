import { MrcError, type ApiErrorShape } from '../../shared/errors';
import type { Engine } from './engine';
import { ToEngine, refusalOf, type FromEngine } from './engine-protocol';
import type { ParentChannel } from './parent-channel';

export interface ServedEngine {
  /** Settles once the engine has closed its workspace: on `close`, when the channel closes, or on `stop()`. */
  done: Promise<void>;
  stop(): void;
}

function errorShape(error: unknown): ApiErrorShape {
  if (error instanceof MrcError) return error.toShape();
  return { code: 'internal-error', message: (error as Error)?.message ?? String(error) };
}

const NOT_OPEN: ApiErrorShape = { code: 'engine-not-open', message: 'The engine has no workspace open yet.' };

/**
 * Serves one engine over a channel to its parent. Requests are answered as they finish, not in turn, so
 * `tasks.cancel` and `workspace.info` answer while long work runs; a message it cannot read is refused and the
 * engine goes on.
 */
export function serveEngine(channel: ParentChannel, open: (dir: string) => Engine): ServedEngine {
  let engine: Engine | undefined;
  let stopProgress = () => {};
  let closed = false;
  let settle = () => {};
  const done = new Promise<void>((resolve) => (settle = resolve));
  const post = (message: FromEngine) => {
    if (!closed) channel.post(message);
  };
  const stop = () => {
    if (closed) return;
    closed = true;
    stopProgress();
    engine?.close();
    settle();
  };
  const openEngineIn = (dir: string) => {
    if (engine) return post({ type: 'open-failed', error: { code: 'already-open', message: `The engine already has ${engine.workspace.file} open.` } });
    try {
      engine = open(dir);
    } catch (error) {
      return post({ type: 'open-failed', error: errorShape(error) });
    }
    stopProgress = engine.onProgress((event) => post({ type: 'progress', event }));
    post({ type: 'opened', file: engine.workspace.file });
  };
  const answer = async (id: number, method: string, input: unknown) => {
    const response = engine ? await engine.handle(method, input) : { ok: false as const, error: NOT_OPEN };
    post({ type: 'response', id, response });
  };
  channel.onMessage((raw) => {
    const message = ToEngine.safeParse(raw);
    if (!message.success) return post(refusalOf(raw, message.error));
    if (message.data.type === 'open') return openEngineIn(message.data.dir);
    if (message.data.type === 'close') return stop();
    void answer(message.data.id, message.data.method, message.data.input);
  });
  channel.onClose?.(stop);
  return { done, stop };
}
