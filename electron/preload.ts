import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';

/**
 * The renderer's only door to the engine: one invoke, one progress subscription, the main process's own open
 * dialog (the only source of paths the engine will open), and the path of a dropped file to open that dialog at.
 */
contextBridge.exposeInMainWorld('mrc', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('mrc:invoke', method, input),
  onProgress: (listener: (event: unknown) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on('mrc:progress', forward);
    return () => ipcRenderer.removeListener('mrc:progress', forward);
  },
  chooseFile: (suggested?: string): Promise<string | null> =>
    ipcRenderer.invoke('mrc:choose-file', typeof suggested === 'string' ? suggested : undefined) as Promise<string | null>,
  pathForFile: (file: File): string => webUtils.getPathForFile(file),
});
