/** What the single-instance lock needs of Electron's `app`. */
export interface InstanceLock {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/**
 * One copy of the app per user: two would be two writers of one workspace, each with windows of its own.
 * A second start quits at once, and the first brings its window forward instead. Returns whether this one runs.
 */
export function holdSingleInstance(app: InstanceLock, showExisting: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', showExisting);
  return true;
}
