import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Engine } from '../engine/engine';
import { ChosenFiles, unchosenFileRefusal } from '../security/chosen-files';
import { hasValidToken, refuseReason, requestTarget, type HostIdentity } from './guard-request';
import { mediaTypeOf } from './media-type';
import { DEFAULT_UPLOAD_QUOTA_BYTES, receiveUpload, UploadQuota } from './receive-upload';
import { refuse, sendJson } from './send-json';
import { serveStatic } from './serve-static';

const MAX_BODY = 8 * 1024 * 1024;
/** The browser session is the only owner of uploaded files: there is one page, behind one token. */
const SESSION = 'browser';

export interface HostOptions {
  engine: Pick<Engine, 'handle' | 'onProgress'>;
  rendererDir: string;
  /** Where uploaded files are kept for the engine to read by path (the browser has no file paths). */
  uploadDir: string;
  port?: number;
  token?: string;
  /** What this run keeps of uploads in all (4 GB unless told). */
  uploadQuotaBytes?: number;
  /** Where a request that failed unexpectedly is reported (stderr unless told). */
  log?: (message: string) => void;
}

export interface RunningHost {
  url: string;
  /** The interface the server listens on: always loopback. */
  address: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

interface HostContext {
  options: HostOptions;
  identity: HostIdentity;
  quota: UploadQuota;
  chosen: ChosenFiles;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, ctx: HostContext): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'method-not-allowed', 'API methods are called with POST.');
  if (mediaTypeOf(req.headers['content-type']) !== 'application/json')
    return refuse(res, 415, 'unsupported-media-type', 'API calls send application/json.');
  const tooLarge = () => refuse(res, 413, 'too-large', `The request body is larger than ${MAX_BODY / 1024 / 1024} MB.`);
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return tooLarge();
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body ? JSON.parse(body) : {};
  } catch (error) {
    if (error instanceof BodyTooLarge) return tooLarge();
    if (req.destroyed) return void res.destroy();
    return refuse(res, 400, 'invalid-input', `The request body is not JSON: ${(error as Error).message}`);
  }
  const unchosen = unchosenFileRefusal(method, input, (file) => ctx.chosen.allows(SESSION, file));
  if (unchosen) return sendJson(res, 403, { ok: false, error: unchosen });
  const response = await ctx.options.engine.handle(method, input);
  sendJson(res, response.ok ? 200 : 400, response);
}

function streamProgress(req: IncomingMessage, res: ServerResponse, engine: HostOptions['engine']): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const stop = engine.onProgress((event) => res.write(`event: progress\ndata: ${JSON.stringify(event)}\n\n`));
  req.on('close', stop);
  res.on('error', stop);
}

function route(req: IncomingMessage, res: ServerResponse, ctx: HostContext): void | Promise<void> {
  const url = requestTarget(req.url);
  if (!url) return refuse(res, 400, 'bad-request', 'The request target is not a path on this server.');
  const reason = refuseReason(req, ctx.identity);
  if (reason) return refuse(res, 403, 'forbidden', reason);
  if (url.pathname.startsWith('/api/')) {
    if (!hasValidToken(req, ctx.identity))
      return refuse(res, 401, 'unauthorized', 'Open the app with the URL the host printed (it carries the access token).');
    if (url.pathname === '/api/events') return streamProgress(req, res, ctx.options.engine);
    if (url.pathname === '/api/upload')
      return receiveUpload(req, res, ctx.options.uploadDir, ctx.quota).then((saved) => {
        if (saved) ctx.chosen.record(SESSION, saved);
      });
    return handleApi(req, res, url.pathname.slice('/api/'.length), ctx);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method-not-allowed', 'Only GET is served here.');
  serveStatic(ctx.options.rendererDir, url.pathname, res);
}

/** The last resort: whatever a request throws is logged and answered 500, and the host goes on serving. */
function answerSafely(req: IncomingMessage, res: ServerResponse, ctx: HostContext): void {
  const log = ctx.options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const ignore = () => undefined;
  req.on('error', ignore);
  res.on('error', ignore);
  Promise.resolve()
    .then(() => route(req, res, ctx))
    .catch((error: unknown) => {
      log(`browser host: ${req.method} ${(req.url ?? '').slice(0, 200)} failed: ${(error as Error)?.stack ?? String(error)}`);
      if (res.headersSent) res.destroy();
      else refuse(res, 500, 'internal-error', 'The host could not answer this request; it keeps serving others.');
    });
}

/** The browser host: the built renderer and the API, on 127.0.0.1 only, behind a per-launch token. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const ctx: HostContext = {
    options,
    identity: { port: 0, token },
    quota: new UploadQuota(options.uploadQuotaBytes ?? DEFAULT_UPLOAD_QUOTA_BYTES),
    chosen: new ChosenFiles(),
  };
  const server = http.createServer((req, res) => answerSafely(req, res, ctx));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const bound = server.address() as AddressInfo;
  ctx.identity.port = bound.port;
  return {
    address: bound.address,
    // The token rides in the fragment: browsers never send it to a server, nor write it in logs or Referer.
    url: `http://127.0.0.1:${bound.port}/#token=${token}`,
    port: bound.port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
