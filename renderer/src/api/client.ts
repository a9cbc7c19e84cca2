import { z } from 'zod';
import { contract, type ApiClient, type ApiInput, type ApiMethod, type ApiOutput } from '../../../shared/api';
import { Progress } from '../../../shared/domain';
import { ApiResponse, type ApiErrorShape, type Where } from '../../../shared/errors';

/** What electron/preload.ts exposes on `window.mrc`; absent when the page is served by the browser host. */
interface PreloadBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  onProgress(listener: (event: unknown) => void): () => void;
  /** The path on disk of a file the user chose or dropped; '' when it has none (e.g. dragged from a web page). */
  pathForFile?(file: File): string;
}

declare global {
  interface Window {
    mrc?: PreloadBridge;
  }
}

/** A refusal from the engine (or from the way to it), kept whole so the UI can say what went wrong and where. */
export class ApiError extends Error {
  readonly code: string;
  readonly where: Where | undefined;
  readonly issues: { path: string; message: string }[];

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.where = shape.where;
    this.issues = shape.issues ?? [];
  }
}

/** Whatever a call threw, as an ApiError the UI knows how to show. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ code: 'internal-error', message: String(error) });
}

/*
 * The client raises two codes of its own, 'host-unreachable' and 'bad-response'; their messages are
 * for developers, so the UI words them from the translations (errors.<code>).
 */
function unwrap<M extends ApiMethod>(method: M, raw: unknown): ApiOutput<M> {
  const response = ApiResponse.safeParse(raw);
  if (!response.success)
    throw new ApiError({ code: 'bad-response', message: `The answer to ${method} is not an API response.` });
  if (!response.data.ok) throw new ApiError(response.data.error);
  // The doors already hold the engine to the contract; re-checking here only catches drift during development.
  if (import.meta.env.DEV) return contract[method].output.parse(response.data.result) as ApiOutput<M>;
  return response.data.result as ApiOutput<M>;
}

function bridgeClient(bridge: PreloadBridge): ApiClient {
  return {
    invoke: async (method, input) => unwrap(method, await bridge.invoke(method, input)),
    onProgress: (listener) =>
      bridge.onProgress((event) => {
        const parsed = Progress.safeParse(event);
        if (parsed.success) listener(parsed.data);
      }),
  };
}

/** POSTs to the browser host and reads its JSON answer; the access token travels in the HttpOnly cookie. */
async function postToHostPath(path: string, headers: Record<string, string>, body: BodyInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body });
  } catch (error) {
    throw new ApiError({ code: 'host-unreachable', message: (error as Error).message });
  }
  try {
    return await response.json();
  } catch {
    throw new ApiError({ code: 'bad-response', message: `HTTP ${response.status} from ${path} is not JSON.` });
  }
}

async function postToHost<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  return unwrap(method, await postToHostPath(`/api/${method}`, { 'content-type': 'application/json' }, JSON.stringify(input)));
}

/** One EventSource shared by every listener, opened with the first and closed with the last. */
function hostProgress(): ApiClient['onProgress'] {
  const listeners = new Set<(event: Progress) => void>();
  let source: EventSource | undefined;
  return (listener) => {
    listeners.add(listener);
    if (!source) {
      source = new EventSource('/api/events');
      source.addEventListener('progress', (message) => {
        let data: unknown;
        try {
          data = JSON.parse((message as MessageEvent<string>).data);
        } catch {
          return;
        }
        const parsed = Progress.safeParse(data);
        if (parsed.success) for (const l of listeners) l(parsed.data);
      });
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        source?.close();
        source = undefined;
      }
    };
  };
}

const UploadResult = z.object({ path: z.string().min(1) });

/** The browser host keeps the file's bytes where the engine can read them, and says where. */
async function uploadToHost(file: File): Promise<string> {
  const body = await postToHostPath(
    '/api/upload',
    { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) },
    file,
  );
  const parsed = ApiResponse.safeParse(body);
  if (!parsed.success) throw new ApiError({ code: 'bad-response', message: 'The answer to an upload is not an API response.' });
  if (!parsed.data.ok) throw new ApiError({ ...parsed.data.error, where: { file: file.name, ...parsed.data.error.where } });
  const result = UploadResult.safeParse(parsed.data.result);
  if (!result.success) throw new ApiError({ code: 'bad-response', message: 'The answer to an upload names no path.' });
  return result.data.path;
}

/**
 * Where the engine can read a file the user chose: its own path on the desktop (the preload bridge
 * knows it), or, in the browser, the path of the copy the host saved from its uploaded bytes.
 */
export async function fileToPath(file: File): Promise<string> {
  if (window.mrc) {
    const path = window.mrc.pathForFile?.(file) ?? '';
    if (path) return path;
    throw new ApiError({ code: 'no-file-path', message: `${file.name} has no path on this computer.`, where: { file: file.name } });
  }
  return uploadToHost(file);
}

/** The renderer's one way to the engine, whichever door (desktop preload or browser host) it is behind. */
export function createApiClient(): ApiClient {
  if (window.mrc) return bridgeClient(window.mrc);
  return { invoke: postToHost, onProgress: hostProgress() };
}

export const api: ApiClient = createApiClient();
