import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, ProgressBus } from '../../../electron/core/api';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import { startHost, type RunningHost } from '../../../electron/host/host-server';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let ws: Workspace;
let host: RunningHost;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const own = () => `127.0.0.1:${host.port}`;
const cookie = () => `mrc_token=${host.token}`;
const apiCall = (headers: Record<string, string>) =>
  request({ path: '/api/workspace.info', method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

beforeAll(async () => {
  tmp = makeTempDir();
  const renderer = path.join(tmp.dir, 'renderer');
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>MRC</title>');
  ws = openWorkspace(path.join(tmp.dir, 'ws'));
  host = await startHost({ handlers: createApi(ws), progress: new ProgressBus(), rendererDir: renderer, uploadDir: path.join(tmp.dir, 'incoming') });
});
afterAll(async () => {
  await host.close();
  ws.close();
  tmp.cleanup();
});

describe('the browser host', () => {
  it('listens on 127.0.0.1 only, and prints a URL that carries the token', async () => {
    expect(host.address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    const v6 = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: '::1', port: host.port });
      socket.on('connect', () => (socket.destroy(), resolve('connected')));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(v6).not.toBe('connected');
  });

  it('trades the token in the URL for an HttpOnly, SameSite=Strict cookie, then serves the app with a CSP', async () => {
    const entry = await request({ path: `/?token=${host.token}`, headers: { host: own() } });
    expect(entry.status).toBe(303);
    expect(entry.headers['set-cookie']?.[0]).toMatch(/^mrc_token=[^;]+; HttpOnly; SameSite=Strict; Path=\//);
    const page = await request({ path: '/', headers: { host: own(), cookie: cookie() } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>MRC</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('answers an API call that has the token, from its own origin', async () => {
    const reply = await apiCall({ host: own(), cookie: cookie(), origin: `http://${own()}` });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, result: { formatVersion: expect.any(Number) } });
  });

  it('refuses a request without the token', async () => {
    const page = await request({ path: '/', headers: { host: own() } });
    expect(page.status).toBe(401);
    const reply = await apiCall({ host: own() });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a wrong token, in the cookie, the header or the URL', async () => {
    const wrong = host.token.slice(0, -2) + (host.token.endsWith('AA') ? 'BB' : 'AA');
    expect((await apiCall({ host: own(), cookie: `mrc_token=${wrong}` })).status).toBe(401);
    expect((await apiCall({ host: own(), 'x-mrc-token': wrong })).status).toBe(401);
    const viaUrl = await request({ path: `/?token=${wrong}`, headers: { host: own() } });
    expect(viaUrl.status).toBe(401);
    expect(viaUrl.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a foreign Origin even with the right token', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, `https://${own()}`, 'null']) {
      const reply = await apiCall({ host: own(), cookie: cookie(), origin });
      expect(reply.status, origin).toBe(403);
      expect(JSON.parse(reply.body).error.message).toMatch(/Origin/);
    }
  });

  it('refuses a non-loopback Host header (DNS rebinding) even with the right token', async () => {
    for (const hostHeader of [`evil.example:${host.port}`, `192.168.1.5:${host.port}`, 'localhost', `127.0.0.1:${host.port + 1}`]) {
      const reply = await apiCall({ host: hostHeader, cookie: cookie() });
      expect(reply.status, hostHeader).toBe(403);
      expect(JSON.parse(reply.body).error.message).toMatch(/Host/);
    }
  });

  it('refuses cross-site fetch metadata and non-JSON bodies', async () => {
    expect((await apiCall({ host: own(), cookie: cookie(), 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const form = await request({
      path: '/api/workspace.info',
      method: 'POST',
      headers: { host: own(), cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
  });

  it('returns structured errors for malformed input', async () => {
    const reply = await request({
      path: '/api/submissions.create',
      method: 'POST',
      headers: { host: own(), cookie: cookie(), 'content-type': 'application/json' },
      body: '{"country":"Kenya"}',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: expect.any(Array) } });
  });
});
