import path from 'node:path';
import type { ApiMethod } from '../../shared/api';
import type { ApiErrorShape } from '../../shared/errors';

/**
 * The API inputs that name a file on disk to read or write, by method. A page may only name files its user chose:
 * in the browser, files uploaded in this session (the browser offers an export as a download instead:
 * `submissions.xlsxFile`); on the desktop, files picked in the main process's own dialogs.
 */
export const FILE_PATH_INPUTS = {
  'imports.open': 'path',
  'submissions.exportXlsx': 'path',
  'keys.backup': 'path',
  'keys.restore': 'path',
  'keyring.import': 'path',
  'packages.export': 'path',
  'packages.verify': 'path',
} as const satisfies Partial<Record<ApiMethod, string>>;

/** Of those, the inputs naming a file to write. */
const WRITTEN: ReadonlySet<string> = new Set<keyof typeof FILE_PATH_INPUTS>(['submissions.exportXlsx', 'keys.backup', 'packages.export']);

/** The files each owner (a window, or the browser session) was given by the user's own choice. */
export class ChosenFiles<Owner = string> {
  private readonly byOwner = new Map<Owner, Set<string>>();

  record(owner: Owner, file: string): void {
    let files = this.byOwner.get(owner);
    if (!files) this.byOwner.set(owner, (files = new Set()));
    files.add(path.resolve(file));
  }

  allows(owner: Owner, file: string): boolean {
    return this.byOwner.get(owner)?.has(path.resolve(file)) ?? false;
  }

  forget(owner: Owner): void {
    this.byOwner.delete(owner);
  }
}

/** Why a call may not go ahead because it names a file the user did not choose; null when it may. */
export function unchosenFileRefusal(method: string, input: unknown, isChosen: (file: string) => boolean): ApiErrorShape | null {
  const field = (FILE_PATH_INPUTS as Record<string, string>)[method];
  if (field === undefined || typeof input !== 'object' || input === null) return null;
  const file = (input as Record<string, unknown>)[field];
  // Anything but a string is the contract's to refuse, with its own message.
  if (typeof file !== 'string' || isChosen(file)) return null;
  return {
    code: 'file-not-chosen',
    message: `Only a file chosen in this window can be ${WRITTEN.has(method) ? 'written' : 'opened'}: choose it again.`,
    where: { file: path.basename(file) },
  };
}
