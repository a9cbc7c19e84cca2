import type { ApiInput, ApiMethod } from './api';
import type { Progress } from './domain';
import type { ApiResponse } from './errors';

/**
 * What electron/preload.ts puts on `window.mrc`, and all the renderer may expect of it. The preload declares its
 * object `satisfies DesktopBridge`, so a change here or there that the other does not follow fails the typecheck.
 * Answers come back as they crossed IPC (an ApiResponse); the renderer checks them before trusting them.
 */
export interface DesktopBridge {
  invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResponse>;
  onProgress(listener: (event: Progress) => void): () => void;
  /**
   * Opens the main process's own open dialog, at `suggested` when given; the chosen path, or null when cancelled.
   * Only paths chosen there can be opened by the engine.
   */
  chooseFile(suggested?: string): Promise<string | null>;
  /**
   * Opens the main process's own save dialog for an XLSX export, offering `suggestedName`; the chosen path (ending
   * in .xlsx), or null when cancelled. Only a path chosen there can be written by submissions.exportXlsx.
   */
  chooseSavePath(suggestedName?: string): Promise<string | null>;
  /** The path on disk of a file the user dropped; '' when it has none (e.g. dragged from a web page). */
  pathForFile(file: File): string;
}
