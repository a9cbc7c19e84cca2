import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../temp-dir';
import { answersGoodRequest, rawRequest, spawnHost, type HostProcess } from './spawn-host';

let tmp: ReturnType<typeof makeTempDir>;
let host: HostProcess;

beforeAll(async () => {
  tmp = makeTempDir();
  host = await spawnHost(tmp.dir);
});
afterAll(async () => {
  await host.stop();
  tmp.cleanup();
});

const own = () => `127.0.0.1:${host.port}`;

function upload(name: string): Promise<{ status: number | null; text: string }> {
  return rawRequest(
    host.port,
    `POST /api/upload HTTP/1.1\r\nHost: ${own()}\r\nX-MRC-Token: ${host.token}\r\nContent-Type: application/octet-stream\r\n` +
      `X-File-Name: ${encodeURIComponent(name)}\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello`,
  );
}

describe('requests that used to kill the browser host', () => {
  it('answers 400 to the target "//[", with no token, and keeps serving', async () => {
    const reply = await rawRequest(host.port, `GET //[ HTTP/1.1\r\nHost: ${own()}\r\nConnection: close\r\n\r\n`);
    expect(reply.status).toBe(400);
    expect(await answersGoodRequest(host)).toBe(true);
  });

  it('answers 400 to a stray % in an address ("/report-50%"), and keeps serving', async () => {
    const reply = await rawRequest(host.port, `GET /report-50% HTTP/1.1\r\nHost: ${own()}\r\nConnection: close\r\n\r\n`);
    expect(reply.status).toBe(400);
    expect(reply.text).toMatch(/not valid percent-encoding/);
    expect(await answersGoodRequest(host)).toBe(true);
  });

  it('refuses uploads named "." and "..", and keeps serving', async () => {
    for (const name of ['.', '..', '../..', '...']) {
      const reply = await upload(name);
      expect(reply.status, name).toBe(400);
      expect(reply.text).toMatch(/X-File-Name header naming a file/);
      expect(await answersGoodRequest(host)).toBe(true);
    }
  });

  it('saves an upload named with 90 CJK characters under a name cut to whole characters within 200 bytes, keeping its extension', async () => {
    const name = `${'移民労働者の権利'.repeat(12).slice(0, 90)}.xlsx`;
    const reply = await upload(name);
    expect(reply.status, reply.text).toBe(200);
    const saved = JSON.parse(reply.text.slice(reply.text.indexOf('\r\n\r\n') + 4)) as { result: { path: string } };
    const base = saved.result.path.split('/').pop()!;
    expect(base.endsWith('.xlsx')).toBe(true);
    expect(Buffer.byteLength(base)).toBeLessThanOrEqual(200);
    expect(name.startsWith(base.slice(0, -'.xlsx'.length))).toBe(true);
    expect(await answersGoodRequest(host)).toBe(true);
  });

  it('wrote no failure to its log for any of them', () => {
    expect(host.stderr()).toBe('');
  });
});
