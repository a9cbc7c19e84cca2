import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';

/** The renderer's only door to the engine: one invoke, one progress subscription, and the path of a chosen file. */
contextBridge.exposeInMainWorld('mrc', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('mrc:invoke', method, input),
  onProgress: (listener: (event: unknown) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on('mrc:progress', forward);
    return () => ipcRenderer.removeListener('mrc:progress', forward);
  },
  pathForFile: (file: File): string => webUtils.getPathForFile(file),
});
