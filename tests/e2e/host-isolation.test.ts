import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './browser';

/** Another local server, as any program on this machine may run: it records everything browsers send it. */
interface OtherServer {
  port: number;
  seen: { url: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

async function startOtherServer(page: (port: number) => string): Promise<OtherServer> {
  const seen: OtherServer['seen'] = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page((server.address() as AddressInfo).port));
    } else {
      res.writeHead(204);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

let session: AppSession;
beforeAll(async () => {
  session = await openApp();
});
afterAll(() => session.close());

async function hostAnswers(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: session.host.port,
        path: '/api/workspace.info',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-mrc-token': session.host.token },
      },
      (res) => (res.resume(), resolve(res.statusCode ?? 0)),
    );
    req.on('error', reject);
    req.end('{}');
  });
}

describe('the token stays with its page', () => {
  it('is taken out of the address bar and kept in this tab only, and the app works with it', async () => {
    const { page } = session;
    expect(page.url()).not.toContain(session.host.token);
    expect(await page.evaluate(() => sessionStorage.getItem('mrc.token'))).toBe(session.host.token);
    expect((await session.context.cookies()).map((c) => c.name)).toEqual([]);
    await page.reload();
    await page.getByRole('navigation', { name: 'Places' }).waitFor();
    await page.getByTestId('status-bar').getByText(`Workspace: ${session.workspace.file}`).waitFor();

    const otherTab = await session.context.newPage();
    await otherTab.goto(session.baseUrl);
    const status = await otherTab.evaluate(() =>
      fetch('/api/workspace.info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.status),
    );
    expect(status, 'a tab opened without the URL has no token').toBe(401);
    await otherTab.close();
  });

  it('is never sent to a server on another port of 127.0.0.1, and that server\'s page cannot kill the host', async () => {
    const other = await startOtherServer(
      (port) => `<!doctype html><title>Other</title>
        <img src="http://127.0.0.1:${port}/pixel.png">
        <img src="http://127.0.0.1:${session.host.port}//[">
        <img src="http://127.0.0.1:${session.host.port}/report-50%">
        <script>fetch('http://127.0.0.1:${port}/fetched', { credentials: 'include' });</script>`,
    );
    try {
      const page = await session.context.newPage();
      await page.goto(`http://127.0.0.1:${other.port}/`);
      await expect.poll(() => other.seen.map((s) => s.url)).toEqual(expect.arrayContaining(['/', '/fetched', '/pixel.png']));
      await page.close();
      const everything = JSON.stringify(other.seen);
      expect(everything).not.toContain(session.host.token);
      expect(other.seen.every((s) => s.headers.cookie === undefined)).toBe(true);
      expect(await hostAnswers()).toBe(200);
    } finally {
      await other.close();
    }
  });
});
