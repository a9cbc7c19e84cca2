import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, utilityProcess, type IpcMainInvokeEvent } from 'electron';
import { EngineClient } from './engine/engine-client';
import { answerAppRequest, APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './security/app-protocol';
import { ChosenFiles, unchosenFileRefusal } from './security/chosen-files';
import { CONTENT_SECURITY_POLICY } from './security/content-security-policy';
import { externalLinkQuestion, externalLinkTarget, OPEN_EXTERNAL_BUTTON } from './security/external-links';
import { chooseExportPath, importDialogOptions } from './security/file-dialog';
import { holdSingleInstance } from './security/single-instance';
import { isTrustedSenderUrl, secureWebPreferences } from './security/web-preferences';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
if (app.isPackaged) process.env.MRC_RESOURCES ??= path.join(process.resourcesPath, 'resources');

/** The engine runs in a utility process of its own (engine.js, bundled next to this file): long work never stalls a window. */
let engine: EngineClient | undefined;
/** Files each window's user picked in this process's own dialog: the only ones that window may open. */
const chosenFiles = new ChosenFiles<number>();

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

function fromAppPage(event: IpcMainInvokeEvent): boolean {
  return isTrustedSenderUrl(event.senderFrame?.url, APP_INDEX_URL);
}

async function openExternally(win: BrowserWindow, address: string): Promise<void> {
  const target = externalLinkTarget(address);
  if (!target) return;
  const { response } = await dialog.showMessageBox(win, externalLinkQuestion(target));
  if (response === OPEN_EXTERNAL_BUTTON) await shell.openExternal(target);
}

function createWindow(engine: EngineClient): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    title: 'Migrant Rights Curator',
    webPreferences: secureWebPreferences(path.join(here, 'preload.cjs')),
  });
  const contentsId = win.webContents.id;
  win.on('closed', () => chosenFiles.forget(contentsId));
  const stopProgress = engine.onProgress((event) => win.webContents.send('mrc:progress', event));
  win.on('closed', stopProgress);
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    void openExternally(win, url);
    return { action: 'deny' };
  });
  void win.loadURL(APP_INDEX_URL);
  return win;
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

const running = holdSingleInstance(app, () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win?.isMinimized()) win.restore();
  win?.focus();
});

/** Main only checks and relays: who is asking, and for which files; the engine parses and answers. */
function serveApi(engine: EngineClient): void {
  ipcMain.handle('mrc:invoke', (event, method: unknown, input: unknown) => {
    if (!fromAppPage(event)) return { ok: false, error: { code: 'forbidden', message: 'IPC from an untrusted frame' } };
    const unchosen = unchosenFileRefusal(String(method), input, (file) => chosenFiles.allows(event.sender.id, file));
    if (unchosen) return { ok: false, error: unchosen };
    return engine.call(String(method), input);
  });
  ipcMain.handle('mrc:choose-file', async (event, suggested: unknown) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!fromAppPage(event) || !win) return null;
    const result = await dialog.showOpenDialog(win, importDialogOptions(typeof suggested === 'string' ? suggested : undefined));
    const chosen = result.canceled ? undefined : result.filePaths[0];
    if (!chosen) return null;
    chosenFiles.record(event.sender.id, chosen);
    return chosen;
  });
  ipcMain.handle('mrc:choose-save-path', (event, suggested: unknown) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!fromAppPage(event) || !win) return null;
    return chooseExportPath((options) => dialog.showSaveDialog(win, options), chosenFiles, event.sender.id, suggested);
  });
}

function startEngine(): EngineClient {
  return new EngineClient(utilityProcess.fork(path.join(here, 'engine.js'), [], { serviceName: 'Migrant Rights Curator engine' }));
}

function quitAfterCrash(code: number | null): void {
  dialog.showErrorBox('The engine stopped', `The engine process ended unexpectedly (exit code ${code ?? 'none'}). Work already committed is kept; start the app again.`);
  app.quit();
}

if (running)
  app.whenReady().then(async () => {
    const started = (engine = startEngine());
    try {
      await started.open(process.env.MRC_WORKSPACE ?? app.getPath('userData'));
    } catch (error) {
      dialog.showErrorBox('Cannot open the workspace', (error as Error).message);
      app.quit();
      return;
    }
    started.onCrash(quitAfterCrash);
    protocol.handle(APP_SCHEME, async (request) => {
      const answer = await answerAppRequest(rendererDir, request.url, request.method);
      return new Response(answer.body && new Uint8Array(answer.body), { status: answer.status, headers: answer.headers });
    });
    session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
    );
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    serveApi(started);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate([
        { role: process.platform === 'darwin' ? 'appMenu' : 'fileMenu' },
        { role: 'editMenu' },
        { role: 'viewMenu' },
        { role: 'windowMenu' },
      ]),
    );
    createWindow(started);
  });

app.on('window-all-closed', () => app.quit());

// The engine closes its workspace before the app ends: quitting waits for it once.
app.on('will-quit', (event) => {
  const closing = engine;
  if (!closing) return;
  engine = undefined;
  event.preventDefault();
  void closing.close().finally(() => app.quit());
});
