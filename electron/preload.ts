import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { Progress } from '../shared/domain';
import type { DesktopBridge } from '../shared/desktop-bridge';

/**
 * The renderer's only door to the engine: one invoke, one progress subscription, the main process's own open and
 * save dialogs (the only source of paths the engine will open or write), and the path of a dropped file to open that dialog at.
 * Main checks each event before sending it, and the renderer checks it again; here it only crosses.
 */
const bridge = {
  invoke: (method, input) => ipcRenderer.invoke('mrc:invoke', method, input),
  onProgress: (listener) => {
    const forward = (_event: IpcRendererEvent, payload: Progress) => listener(payload);
    ipcRenderer.on('mrc:progress', forward);
    return () => ipcRenderer.removeListener('mrc:progress', forward);
  },
  chooseFile: (suggested) => ipcRenderer.invoke('mrc:choose-file', typeof suggested === 'string' ? suggested : undefined),
  chooseSavePath: (suggestedName) => ipcRenderer.invoke('mrc:choose-save-path', typeof suggestedName === 'string' ? suggestedName : undefined),
  pathForFile: (file) => webUtils.getPathForFile(file),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('mrc', bridge);
