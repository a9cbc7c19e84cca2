import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers, ProgressBus } from '../core/api';
import { invokeApi } from '../core/invoke';
import { hasValidToken, refuseReason, TOKEN_COOKIE, tokenMatches, type HostIdentity } from './guard-request';
import { serveStatic } from './serve-static';

const MAX_BODY = 8 * 1024 * 1024;
/** Spreadsheets arrive whole over loopback; the import guards refuse what is too large to read. */
const MAX_UPLOAD = 512 * 1024 * 1024;

export interface HostOptions {
  handlers: ApiHandlers;
  progress: ProgressBus;
  rendererDir: string;
  /** Where uploaded files are kept for the engine to read by path (the browser has no file paths). */
  uploadDir: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  url: string;
  /** The interface the server listens on: always loopback. */
  address: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, handlers: ApiHandlers): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'method-not-allowed', 'API methods are called with POST.');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    return refuse(res, 415, 'unsupported-media-type', 'API calls send application/json.');
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body ? JSON.parse(body) : {};
  } catch (error) {
    return refuse(res, 400, 'invalid-input', `The request body is not JSON: ${(error as Error).message}`);
  }
  const response = await invokeApi(handlers, method, input);
  sendJson(res, response.ok ? 200 : 400, response);
}

/** The browser's stand-in for a file path: the bytes of a chosen file, saved where the engine can read them. */
async function receiveUpload(req: IncomingMessage, res: ServerResponse, uploadDir: string): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'method-not-allowed', 'Uploads are sent with POST.');
  const declared = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
  const name = path.basename(declared).replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(-120);
  if (!name) return refuse(res, 400, 'invalid-input', 'An upload needs an X-File-Name header.');
  const folder = path.join(uploadDir, randomBytes(8).toString('hex'));
  await fs.promises.mkdir(folder, { recursive: true });
  const target = path.join(folder, name);
  let size = 0;
  const out = fs.createWriteStream(target);
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_UPLOAD) throw new Error(`the file is larger than ${MAX_UPLOAD / 1024 / 1024} MB`);
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  } catch (error) {
    out.destroy();
    await fs.promises.rm(folder, { recursive: true, force: true });
    return refuse(res, 413, 'too-large', `The upload was refused: ${(error as Error).message}.`);
  }
  sendJson(res, 200, { ok: true, result: { path: target } });
}

function streamProgress(req: IncomingMessage, res: ServerResponse, progress: ProgressBus): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': connected\n\n');
  const forward = (event: unknown) => res.write(`event: progress\ndata: ${JSON.stringify(event)}\n\n`);
  progress.on('progress', forward);
  req.on('close', () => progress.off('progress', forward));
}

/** The browser host: the built renderer and the API, on 127.0.0.1 only, behind a per-launch token. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const identity: HostIdentity = { port: 0, token };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const reason = refuseReason(req, identity);
    if (reason) return refuse(res, 403, 'forbidden', reason);
    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && offered !== null && tokenMatches(offered, token)) {
      res.writeHead(303, {
        location: url.pathname,
        'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      });
      return res.end();
    }
    if (!hasValidToken(req, identity))
      return refuse(res, 401, 'unauthorized', 'Open the app with the URL the host printed (it carries the access token).');
    if (url.pathname === '/api/events') return streamProgress(req, res, options.progress);
    if (url.pathname === '/api/upload')
      return void receiveUpload(req, res, options.uploadDir).catch((error: Error) =>
        refuse(res, 500, 'internal-error', error.message),
      );
    if (url.pathname.startsWith('/api/'))
      return void handleApi(req, res, url.pathname.slice('/api/'.length), options.handlers).catch((error: Error) =>
        refuse(res, 500, 'internal-error', error.message),
      );
    if (req.method !== 'GET') return refuse(res, 405, 'method-not-allowed', 'Only GET is served here.');
    serveStatic(options.rendererDir, url.pathname, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const bound = server.address() as AddressInfo;
  identity.port = bound.port;
  return {
    address: bound.address,
    url: `http://127.0.0.1:${identity.port}/?token=${token}`,
    port: identity.port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
