/**
 * The settings of the app's only window. Kept out of main.ts so a test can hold them to account:
 * the renderer gets no Node, runs sandboxed and isolated, and reaches the engine only through preload.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  } as const;
}

/** An IPC call is answered only when it comes from the app's own page, served on its own app:// origin. */
export function isTrustedSenderUrl(senderUrl: string | undefined, appIndexUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const sender = new URL(senderUrl);
    const app = new URL(appIndexUrl);
    return sender.protocol === app.protocol && app.protocol === 'app:' && sender.host === app.host && sender.pathname === app.pathname;
  } catch {
    return false;
  }
}
