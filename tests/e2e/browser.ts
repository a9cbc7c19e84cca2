/**
 * The shared end-to-end harness: the real browser host, in-process, over a fresh temporary
 * workspace, driven by a real Chromium. Every e2e test file opens its app with `openApp()` and
 * closes it with `session.close()`. The renderer must be built first (`npx vite build`; the
 * `test:e2e` npm script does it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { ApiHandlers, ProgressBus } from '../../electron/core/api';
import type { Workspace } from '../../electron/core/workspace/workspace';
import { openEngine } from '../../electron/engine/engine';
import { startHost, type RunningHost } from '../../electron/host/host-server';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rendererDir = path.join(projectRoot, 'dist', 'renderer');

/** Quiet, offline Chromium: no background traffic, no first-run UI, no GPU (CI machines have none). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface AppSession {
  page: Page;
  context: BrowserContext;
  host: RunningHost;
  workspace: Workspace;
  handlers: ApiHandlers;
  /** Emit on this to drive the UI's progress line, as long work in the engine would. */
  progress: ProgressBus;
  /** The app's address without the token (the page keeps it in this tab's sessionStorage by now): `goto` it to start over. */
  baseUrl: string;
  /** Console errors and uncaught page errors (a CSP violation shows up here). */
  pageErrors: string[];
  close(): Promise<void>;
}

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Starts host + Chromium on a fresh workspace and opens the app with the host's URL, the token in its fragment. */
export async function openApp(): Promise<AppSession> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html')))
    throw new Error(`The renderer is not built (${rendererDir}/index.html is missing): run \`npx vite build\` first.`);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath))
    throw new Error(`No Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  const workspaceDir = tempDir('mrc-e2e-workspace-');
  const profileDir = tempDir('mrc-e2e-chromium-');
  const cleanups: (() => Promise<void> | void)[] = [() => fs.rmSync(workspaceDir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const engine = openEngine(workspaceDir);
    cleanups.push(() => engine.close());
    const { workspace, handlers, progress } = engine;
    const host = await startHost({ engine, rendererDir, uploadDir: path.join(workspaceDir, 'incoming') });
    cleanups.push(() => host.close());
    cleanups.push(() => fs.rmSync(profileDir, { recursive: true, force: true }));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
    });
    cleanups.push(() => context.close());
    const page = context.pages()[0] ?? (await context.newPage());
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Places' }).waitFor();
    return {
      page,
      context,
      host,
      workspace,
      handlers,
      progress,
      baseUrl: `http://127.0.0.1:${host.port}/`,
      pageErrors,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
