import type { Progress } from '../../shared/domain';
import type { ApiResponse } from '../../shared/errors';
import { createApi, invokeApi, openWorkspace, ProgressBus, type ApiHandlers, type ApiOptions, type OpenWorkspaceOptions, type Workspace } from '../core';

/**
 * The engine as every door runs it: one open workspace, requests by method name and raw input (parsed with the
 * contract inside), and the progress of long work. The desktop runs it in a process of its own
 * (engine-process.ts); the browser host and the CLI run it in theirs. The only module outside the core that opens it.
 */
export interface Engine {
  readonly workspace: Workspace;
  /** Every request's answer, a refusal included: it never throws. */
  handle(method: string, input: unknown): Promise<ApiResponse>;
  onProgress(listener: (event: Progress) => void): () => void;
  /** The handlers and the progress bus themselves, for in-process callers that seed or drive the engine (tests). */
  readonly handlers: ApiHandlers;
  readonly progress: ProgressBus;
  close(): void;
}

export interface EngineOptions extends OpenWorkspaceOptions, ApiOptions {}

export function openEngine(dir: string, options: EngineOptions = {}): Engine {
  const { quickCheck, ...apiOptions } = options;
  const workspace = openWorkspace(dir, quickCheck === undefined ? {} : { quickCheck });
  const progress = new ProgressBus();
  const handlers = createApi(workspace, progress, apiOptions);
  return {
    workspace,
    handlers,
    progress,
    handle: (method, input) => invokeApi(handlers, method, input),
    onProgress: (listener) => {
      progress.on('progress', listener);
      return () => progress.off('progress', listener);
    },
    close: () => workspace.close(),
  };
}
