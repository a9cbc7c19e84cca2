import fs from 'node:fs';
import { rendererHeaders, resolveRendererFile } from './renderer-files';

/**
 * The desktop window loads the renderer from app://mrc/, a scheme of the app's own, instead of file://: a page
 * there reaches no other file on disk, and the IPC check can tell the app's page from anything else.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'mrc';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Registered before the app is ready: a standard, secure origin (so 'self' in the CSP means app://mrc). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, bypassCSP: false, allowServiceWorkers: false, stream: false },
} as const;

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

const refusal = (status: number, text: string): AppResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  body: Buffer.from(text),
});

/** The answer to a request on app://: a file of the built renderer with its security headers, or a refusal. */
export async function answerAppRequest(rendererDir: string, requestUrl: string, method: string): Promise<AppResponse> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refusal(400, 'not a URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refusal(404, 'not part of the app');
  if (method !== 'GET' && method !== 'HEAD') return refusal(405, 'only GET');
  const found = resolveRendererFile(rendererDir, url.pathname);
  if (found.kind === 'malformed') return refusal(400, 'malformed address');
  if (found.kind === 'not-built') return refusal(503, 'the user interface is not built');
  const body = await fs.promises.readFile(found.file);
  return { status: 200, headers: rendererHeaders(found.file), body: method === 'HEAD' ? null : body };
}
