import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { createApi, ProgressBus } from './core/api';
import { invokeApi } from './core/invoke';
import { openWorkspace, type Workspace } from './core/workspace/workspace';
import { CONTENT_SECURITY_POLICY } from './security/content-security-policy';
import { isTrustedSenderUrl, secureWebPreferences } from './security/web-preferences';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '..', 'renderer', 'index.html');
const rendererIndexUrl = pathToFileURL(rendererIndex).href;
if (app.isPackaged) process.env.MRC_RESOURCES ??= path.join(process.resourcesPath, 'resources');

let workspace: Workspace | undefined;
const progress = new ProgressBus();

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    title: 'Migrant Rights Curator',
    webPreferences: secureWebPreferences(path.join(here, 'preload.cjs')),
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  progress.on('progress', (event) => win.webContents.send('mrc:progress', event));
  void win.loadFile(rendererIndex);
  return win;
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.whenReady().then(() => {
  try {
    workspace = openWorkspace(process.env.MRC_WORKSPACE ?? app.getPath('userData'));
  } catch (error) {
    dialog.showErrorBox('Cannot open the workspace', (error as Error).message);
    app.quit();
    return;
  }
  const handlers = createApi(workspace, progress);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ipcMain.handle('mrc:invoke', (event, method: unknown, input: unknown) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url, rendererIndexUrl))
      return { ok: false, error: { code: 'forbidden', message: 'IPC from an untrusted frame' } };
    return invokeApi(handlers, String(method), input);
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { role: process.platform === 'darwin' ? 'appMenu' : 'fileMenu' },
      { role: 'editMenu' },
      { role: 'viewMenu' },
      { role: 'windowMenu' },
    ]),
  );
  createWindow();
});

app.on('window-all-closed', () => {
  workspace?.close();
  app.quit();
});
