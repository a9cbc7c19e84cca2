import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/** The real browser host (`npm run host`'s entry, through tsx) in a process of its own, so a crash shows as an exit. */
export interface HostProcess {
  port: number;
  token: string;
  child: ChildProcess;
  /** What the host wrote to stderr so far (its log of failed requests). */
  stderr(): string;
  stop(): Promise<void>;
}

export async function spawnHost(workspaceDir: string): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('electron/host/main.ts'), '--workspace', workspaceDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (err += text));
  const url = await new Promise<URL>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      const printed = /open: (\S+)/.exec(out)?.[1];
      if (printed) resolve(new URL(printed));
    });
    child.on('exit', (code) => reject(new Error(`the host exited (${code}) before printing its URL: ${err}`)));
  });
  const token = /^#token=(.+)$/.exec(url.hash)?.[1];
  if (!token) throw new Error(`the printed URL carries no token in its fragment: ${url.href}`);
  return {
    port: Number(url.port),
    token,
    child,
    stderr: () => err,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export interface RawReply {
  /** The status of the answer, or null when the connection closed (or timed out) without one. */
  status: number | null;
  text: string;
}

export interface RawOptions {
  /**
   * When to half-close the connection if no answer has come: a request left incomplete (a Content-Length larger
   * than its body) then ends, as a client going away does. Node aborts a request whose client has half-closed.
   */
  endAfterMs?: number;
  timeoutMs?: number;
}

/** Sends bytes exactly as given (no client library tidies them) and reads the answer until the server closes. */
export function rawRequest(port: number, bytes: Buffer | string, options: RawOptions = {}): Promise<RawReply> {
  const { endAfterMs = 5_000, timeoutMs = 15_000 } = options;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ host: '127.0.0.1', port });
    const ending = setTimeout(() => socket.end(), endAfterMs);
    const giving = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(ending);
      clearTimeout(giving);
      const text = Buffer.concat(chunks).toString('utf8');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      resolve({ status: status ? Number(status) : null, text });
    });
    socket.on('connect', () => socket.write(bytes));
  });
}

/** A request the host must answer 200 whatever came before: the API with its token. */
export async function answersGoodRequest(host: HostProcess): Promise<boolean> {
  const reply = await rawRequest(
    host.port,
    `POST /api/workspace.info HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-MRC-Token: ${host.token}\r\nContent-Type: application/json\r\n` +
      'Content-Length: 2\r\nConnection: close\r\n\r\n{}',
  );
  return reply.status === 200 && host.child.exitCode === null;
}
