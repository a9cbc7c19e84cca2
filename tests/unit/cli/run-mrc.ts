import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** The real `mrc`, in a process of its own, as a user or a script runs it. */
export const MRC = path.resolve('bin/mrc.js');

export interface MrcRun {
  code: number | null;
  out: string;
  err: string;
}

export interface MrcOptions {
  env?: NodeJS.ProcessEnv;
  /** Run as this user id (and group), to meet permissions as an ordinary user does: root reads and writes anything. */
  uid?: number;
  /** The folder it runs in, where relative paths start. */
  cwd?: string;
}

function spawnOptions(options: MrcOptions) {
  return {
    env: { ...process.env, ...options.env },
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
  };
}

export function mrcSync(args: string[], options: MrcOptions = {}): MrcRun {
  const run = spawnSync(process.execPath, [MRC, ...args], { encoding: 'utf8', ...spawnOptions(options) });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Starts `mrc` and returns the process, what it has written to stderr so far, and a promise of its outcome. */
export function mrcStart(args: string[], options: MrcOptions = {}): { child: ChildProcess; errSoFar(): string; done: Promise<MrcRun> } {
  const child = spawn(process.execPath, [MRC, ...args], spawnOptions(options));
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => (out += text));
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (err += text));
  const done = new Promise<MrcRun>((resolve) => child.on('close', (code) => resolve({ code, out, err })));
  return { child, errSoFar: () => err, done };
}

export const mrcAsync = (args: string[], options: MrcOptions = {}) => mrcStart(args, options).done;

/** A stack trace's frame line ("    at fn (file:line:col)"): a person must never see one. */
export const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** The user id to run as when meeting permissions matters: nobody's when this runs as root, else our own. */
export function unprivilegedUid(): number | undefined {
  return process.getuid?.() === 0 ? 65534 : undefined;
}
