import fs from 'node:fs';
import path from 'node:path';
import { MrcError } from '../../../shared/errors';

/** Refuses, before any work, a target an export cannot be written to: relative, in a folder that is missing, or a folder itself. */
export function checkExportTarget(target: string, extension: string): void {
  if (!path.isAbsolute(target))
    throw new MrcError('invalid-path', `Export to a full path, not "${target}".`, { where: { file: target }, detail: 'invalid-path.relative', params: { path: target } });
  const folder = path.dirname(target);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new MrcError('invalid-path', `The folder ${folder} does not exist; nothing was written.`, {
      where: { file: target },
      detail: 'invalid-path.no-folder',
      params: { path: target, folder },
    });
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory())
    throw new MrcError('invalid-path', `${target} is a folder; choose a file name ending in ${extension}.`, { where: { file: target }, detail: 'invalid-path.folder', params: { path: target } });
}
