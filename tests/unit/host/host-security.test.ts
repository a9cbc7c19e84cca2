import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine, type Engine } from '../../../electron/engine/engine';
import { startHost, type RunningHost } from '../../../electron/host/host-server';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let engine: Engine;
let host: RunningHost;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string; port?: number }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: options.port ?? host.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
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
const withToken = () => ({ 'x-mrc-token': host.token });
const apiCall = (headers: Record<string, string>, body = '{}', method = 'workspace.info') =>
  request({ path: `/api/${method}`, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const upload = (name: string, body: string, headers: Record<string, string> = {}) =>
  request({
    path: '/api/upload',
    method: 'POST',
    headers: { host: own(), ...withToken(), 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name), ...headers },
    body,
  });

beforeAll(async () => {
  tmp = makeTempDir();
  const renderer = path.join(tmp.dir, 'renderer');
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>MRC</title>');
  engine = openEngine(path.join(tmp.dir, 'ws'));
  host = await startHost({ engine, rendererDir: renderer, uploadDir: path.join(tmp.dir, 'incoming') });
});
afterAll(async () => {
  await host.close();
  engine.close();
  tmp.cleanup();
});

describe('the browser host', () => {
  it('listens on 127.0.0.1 only, and prints a URL that carries the token in its fragment, which browsers never send', async () => {
    expect(host.address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
    const v6 = await new Promise<string>((resolve) => {
      const socket = net.connect({ host: '::1', port: host.port });
      socket.on('connect', () => (socket.destroy(), resolve('connected')));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(v6).not.toBe('connected');
  });

  it('serves the page itself without the token, with a CSP, and never sets a cookie', async () => {
    const page = await request({ path: '/', headers: { host: own() } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>MRC</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const oldEntry = await request({ path: `/?token=${host.token}`, headers: { host: own() } });
    expect(oldEntry.status).toBe(200);
    for (const reply of [page, oldEntry, await apiCall({ host: own(), ...withToken() })]) expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('answers an API call that has the token in X-MRC-Token, from its own origin, as JSON nothing may sniff or cache', async () => {
    const reply = await apiCall({ host: own(), ...withToken(), origin: `http://${own()}` });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, result: { formatVersion: expect.any(Number) } });
    expect(reply.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  });

  it('refuses an API call without the token, with a wrong one, or with the token in a cookie', async () => {
    const wrong = host.token.slice(0, -2) + (host.token.endsWith('AA') ? 'BB' : 'AA');
    const attempts: Record<string, string>[] = [{}, { 'x-mrc-token': wrong }, { cookie: `mrc_token=${host.token}` }];
    for (const headers of attempts) {
      const reply = await apiCall({ host: own(), ...headers });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(reply.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    }
  });

  it('refuses a foreign Origin even with the right token', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, `https://${own()}`, 'null']) {
      const reply = await apiCall({ host: own(), ...withToken(), origin });
      expect(reply.status, origin).toBe(403);
      expect(JSON.parse(reply.body).error.message).toMatch(/Origin/);
    }
  });

  it('refuses a non-loopback Host header (DNS rebinding) even with the right token', async () => {
    for (const hostHeader of [`evil.example:${host.port}`, `192.168.1.5:${host.port}`, 'localhost', `127.0.0.1:${host.port + 1}`]) {
      const reply = await apiCall({ host: hostHeader, ...withToken() });
      expect(reply.status, hostHeader).toBe(403);
      expect(JSON.parse(reply.body).error.message).toMatch(/Host/);
    }
  });

  it('refuses cross-site fetch metadata, and any media type but exactly application/json', async () => {
    expect((await apiCall({ host: own(), ...withToken(), 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    for (const type of ['application/x-www-form-urlencoded', 'application/jsonx', 'application/json-patch+json', 'text/plain; x=application/json']) {
      const reply = await apiCall({ host: own(), ...withToken(), 'content-type': type });
      expect(reply.status, type).toBe(415);
    }
    expect((await apiCall({ host: own(), ...withToken(), 'content-type': 'Application/JSON; charset=UTF-8' })).status).toBe(200);
  });

  it('answers 413 to a body over 8 MB', async () => {
    const reply = await apiCall({ host: own(), ...withToken() }, JSON.stringify({ padding: 'x'.repeat(9 * 1024 * 1024) }));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('returns structured errors for malformed input', async () => {
    const reply = await apiCall({ host: own(), ...withToken() }, '{"country":"Kenya"}', 'submissions.create');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: expect.any(Array) } });
  });

  it('opens for import only a file uploaded in this session, never a path the page names', async () => {
    const { id } = await engine.handlers['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 });
    const outside = path.join(tmp.dir, 'outside.csv');
    fs.writeFileSync(outside, 'Indicator,Answer\nSS-01,yes\n');
    for (const file of [outside, '/etc/passwd', path.join(tmp.dir, 'incoming', '..', 'outside.csv')]) {
      const refused = await apiCall({ host: own(), ...withToken() }, JSON.stringify({ submissionId: id, path: file }), 'imports.open');
      expect(refused.status, file).toBe(403);
      expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'file-not-chosen' } });
    }
    const uploaded = await upload('answers.csv', 'Indicator,Answer\nSS-01,yes\n');
    expect(uploaded.status).toBe(200);
    const saved = (JSON.parse(uploaded.body) as { result: { path: string } }).result.path;
    const opened = await apiCall({ host: own(), ...withToken() }, JSON.stringify({ submissionId: id, path: saved }), 'imports.open');
    expect(opened.status, opened.body).toBe(200);
    expect(JSON.parse(opened.body)).toMatchObject({ ok: true, result: { fileName: 'answers.csv' } });
  });

  it('takes uploads only as application/octet-stream', async () => {
    expect((await upload('a.csv', 'x', { 'content-type': 'application/json' })).status).toBe(415);
    expect((await upload('a.csv', 'x', { 'content-type': 'multipart/form-data; boundary=b' })).status).toBe(415);
  });
});

describe('the upload quota of a session', () => {
  it('refuses with 413 an upload that would pass it, keeping nothing of it, and takes smaller ones', async () => {
    const quotaTmp = makeTempDir();
    const small = await startHost({
      engine,
      rendererDir: quotaTmp.dir,
      uploadDir: path.join(quotaTmp.dir, 'incoming'),
      uploadQuotaBytes: 1000,
    });
    const send = (name: string, bytes: number) =>
      request({
        port: small.port,
        path: '/api/upload',
        method: 'POST',
        headers: { host: `127.0.0.1:${small.port}`, 'x-mrc-token': small.token, 'content-type': 'application/octet-stream', 'x-file-name': name },
        body: 'x'.repeat(bytes),
      });
    try {
      expect((await send('first.csv', 600)).status).toBe(200);
      const refused = await send('second.csv', 600);
      expect(refused.status).toBe(413);
      expect(JSON.parse(refused.body).error.message).toMatch(/this session's uploads would pass 1 KB; restart the browser host/);
      expect(fs.readdirSync(path.join(quotaTmp.dir, 'incoming'))).toHaveLength(1);
      expect((await send('third.csv', 300)).status).toBe(200);
    } finally {
      await small.close();
      quotaTmp.cleanup();
    }
  });
});
