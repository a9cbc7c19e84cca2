import { z } from 'zod';
import { contract, type ApiClient, type ApiInput, type ApiMethod, type ApiOutput } from '../../../shared/api';
import { Progress } from '../../../shared/domain';
import type { DesktopBridge } from '../../../shared/desktop-bridge';
import { ApiResponse, type ApiErrorShape, type ErrorCode, type MessageDetail, type MessageParams, type Where } from '../../../shared/errors';

declare global {
  interface Window {
    /** What electron/preload.ts exposes; absent when the page is served by the browser host. */
    mrc?: DesktopBridge;
  }
}

/** A refusal from the engine (or from the way to it), kept whole so the UI can say what went wrong and where. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly detail: MessageDetail | undefined;
  /** What the UI words the error with; absent when only the English message is known. */
  readonly params: MessageParams | undefined;
  readonly where: Where | undefined;
  readonly issues: { path: string; message: string }[];

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.detail = shape.detail;
    this.params = shape.params;
    this.where = shape.where;
    this.issues = shape.issues ?? [];
  }
}

/** Whatever a call threw, as an ApiError the UI knows how to show. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ code: 'internal-error', message: String(error), params: {} });
}

/*
 * The client raises two codes of its own, 'host-unreachable' and 'bad-response'; their messages are
 * for developers, and the UI words them from their codes like any other error.
 */
function unwrap<M extends ApiMethod>(method: M, raw: unknown): ApiOutput<M> {
  const response = ApiResponse.safeParse(raw);
  if (!response.success)
    throw new ApiError({ code: 'bad-response', message: `The answer to ${method} is not an API response.`, params: {} });
  if (!response.data.ok) throw new ApiError(response.data.error);
  // The doors already hold the engine to the contract; re-checking here only catches drift during development.
  if (import.meta.env.DEV) return contract[method].output.parse(response.data.result) as ApiOutput<M>;
  return response.data.result as ApiOutput<M>;
}

function bridgeClient(bridge: DesktopBridge): ApiClient {
  return {
    invoke: async (method, input) => unwrap(method, await bridge.invoke(method, input)),
    onProgress: (listener) =>
      bridge.onProgress((event) => {
        const parsed = Progress.safeParse(event);
        if (parsed.success) listener(parsed.data);
      }),
  };
}

const TOKEN_KEY = 'mrc.token';

/**
 * The browser host's access token. The printed URL carries it in the fragment (#token=…), which browsers never
 * send to a server; the page keeps it in sessionStorage (this tab only) and takes it out of the address bar.
 */
function hostToken(): string {
  const offered = /^#token=([\w-]+)$/.exec(window.location.hash)?.[1];
  if (offered) {
    window.sessionStorage.setItem(TOKEN_KEY, offered);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  }
  return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** POSTs to the browser host and reads its JSON answer; the access token travels in the X-MRC-Token header, never in a cookie. */
async function postToHostPath(path: string, headers: Record<string, string>, body: BodyInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { ...headers, 'x-mrc-token': hostToken() }, credentials: 'omit', body });
  } catch (error) {
    throw new ApiError({ code: 'host-unreachable', message: (error as Error).message, params: {} });
  }
  try {
    return await response.json();
  } catch {
    throw new ApiError({ code: 'bad-response', message: `HTTP ${response.status} from ${path} is not JSON.`, params: {} });
  }
}

async function postToHost<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  return unwrap(method, await postToHostPath(`/api/${method}`, { 'content-type': 'application/json' }, JSON.stringify(input)));
}

/** Reads the host's event stream (text/event-stream) and passes on each progress event; ends when `signal` aborts. */
async function readProgressStream(signal: AbortSignal, deliver: (event: Progress) => void): Promise<void> {
  const response = await fetch('/api/events', { headers: { 'x-mrc-token': hostToken() }, credentials: 'omit', signal });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} from /api/events`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffered += value;
    const blocks = buffered.split('\n\n');
    buffered = blocks.pop() ?? '';
    for (const block of blocks) {
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (!block.split('\n').includes('event: progress') || !data) continue;
      try {
        const parsed = Progress.safeParse(JSON.parse(data.slice('data: '.length)));
        if (parsed.success) deliver(parsed.data);
      } catch {
        // A malformed event is skipped; the next one may be whole.
      }
    }
  }
}

const RECONNECT_MS = 2_000;

/**
 * One progress stream shared by every listener, opened with the first and closed with the last. It is read with
 * fetch rather than EventSource, which cannot send the token header; like EventSource, it reconnects when cut.
 */
function hostProgress(): ApiClient['onProgress'] {
  const listeners = new Set<(event: Progress) => void>();
  let stop: AbortController | undefined;
  const follow = async (signal: AbortSignal) => {
    while (!signal.aborted) {
      await readProgressStream(signal, (event) => listeners.forEach((l) => l(event))).catch(() => undefined);
      if (!signal.aborted) await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  };
  return (listener) => {
    listeners.add(listener);
    if (!stop) {
      stop = new AbortController();
      void follow(stop.signal);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        stop?.abort();
        stop = undefined;
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
  if (!parsed.success) throw new ApiError({ code: 'bad-response', message: 'The answer to an upload is not an API response.', params: {} });
  if (!parsed.data.ok) throw new ApiError({ ...parsed.data.error, where: { file: file.name, ...parsed.data.error.where } });
  const result = UploadResult.safeParse(parsed.data.result);
  if (!result.success) throw new ApiError({ code: 'bad-response', message: 'The answer to an upload names no path.', params: {} });
  return result.data.path;
}

/**
 * Where the engine can read a file the user chose or dropped. In the browser: the path of the copy the host saved
 * from its uploaded bytes. On the desktop, the engine opens only files picked in the main process's own dialog:
 * a dropped file is confirmed there, the dialog opening at it.
 */
export async function fileToPath(file: File): Promise<string> {
  const bridge = window.mrc;
  if (!bridge) return uploadToHost(file);
  const chosen = await bridge.chooseFile(bridge.pathForFile(file) || undefined);
  if (chosen) return chosen;
  throw new ApiError({
    code: 'cancelled',
    message: `${file.name} was not confirmed in the file dialog.`,
    detail: 'cancelled.not-confirmed',
    params: { file: file.name },
    where: { file: file.name },
  });
}

export interface ChosenFile {
  name: string;
  path: string;
}

/** On the desktop, the main process's own open dialog (null when there is none: in the browser, use a file input). */
export function desktopFileDialog(): (() => Promise<ChosenFile | null>) | null {
  const choose = window.mrc?.chooseFile;
  if (!choose) return null;
  return async () => {
    const path = await choose();
    return path ? { path, name: path.split(/[\\/]/).pop() ?? path } : null;
  };
}

/** On the desktop, the main process's own save dialog for an export: the chosen path, or null when cancelled (null in the browser, which downloads instead). */
export function desktopSaveDialog(): ((suggestedName: string) => Promise<string | null>) | null {
  const choose = window.mrc?.chooseSavePath;
  return choose ? (suggestedName) => choose(suggestedName) : null;
}

/** The renderer's one way to the engine, whichever door (desktop preload or browser host) it is behind. */
export function createApiClient(): ApiClient {
  if (window.mrc) return bridgeClient(window.mrc);
  // Taken from the address at once, before the router reads the fragment as a route.
  hostToken();
  return { invoke: postToHost, onProgress: hostProgress() };
}

export const api: ApiClient = createApiClient();
