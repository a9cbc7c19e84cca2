import fs from 'node:fs';
import path from 'node:path';
import { MrcError, type ErrorCode, type MessageDetail } from '../../../shared/errors';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

function refuse(code: ErrorCode, file: string, message: string, facts: { detail?: MessageDetail; reason?: string } = {}): MrcError {
  const params: Record<string, string> = facts.reason === undefined ? { file } : { file, reason: facts.reason };
  return new MrcError(code, message, { where: { file }, params, detail: facts.detail });
}

function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENOSPC: 'the disk is full',
    ENAMETOOLONG: 'the path is too long',
    EEXIST: 'something else already has that name',
  };
  return (e.code && reasons[e.code]) ?? e.message;
}

function writable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Makes sure `dir` is a folder the app can write in, creating it if needed. */
export function prepareWorkspaceFolder(dir: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw refuse('workspace-uncreatable', dir, `Cannot use the workspace folder ${dir}: ${describeFsError(error)}.`, {
        detail: 'workspace-uncreatable.folder',
        reason: describeFsError(error),
      });
  }
  if (stat && !stat.isDirectory())
    throw refuse(
      'workspace-wrong-type',
      dir,
      `${dir} is a file, not a folder: a workspace is a folder holding workspace.mrc.sqlite. Give the folder that holds it, or a new folder.`,
    );
  if (!stat) {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw refuse('workspace-uncreatable', dir, `Cannot create the workspace folder ${dir}: ${describeFsError(error)}.`, {
        detail: 'workspace-uncreatable.create-folder',
        reason: describeFsError(error),
      });
    }
  }
  if (!writable(dir))
    throw refuse('workspace-read-only', dir, `The workspace folder ${dir} is read-only: the app cannot write in it. Check its permissions, or choose another folder.`, {
      detail: 'workspace-read-only.folder',
    });
}

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
    return header.subarray(0, read);
  } catch (error) {
    throw refuse('workspace-unreadable', file, `Cannot read the workspace ${file}: ${describeFsError(error)}.`, { reason: describeFsError(error) });
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function pageSizeOf(header: Buffer): number {
  const raw = header.readUInt16BE(16);
  return raw === 1 ? 65_536 : raw;
}

/**
 * Whether the workspace file exists, refusing with a clear reason one the app must not touch: a folder in its
 * place, an empty file (never initialised over: it may be a failed copy), a file that is not SQLite, a cut-short
 * copy, or one the user cannot write. The file is only read here.
 */
export function inspectWorkspaceFile(file: string): 'missing' | 'present' {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw refuse('workspace-unreadable', file, `Cannot read the workspace ${file}: ${describeFsError(error)}.`, { reason: describeFsError(error) });
  }
  if (stat.isDirectory())
    throw refuse('workspace-wrong-type', file, `${file} is a folder, not a workspace file. Move it away, or choose another workspace folder.`, {
      detail: 'workspace-wrong-type.folder',
    });
  if (!stat.isFile())
    throw refuse('workspace-wrong-type', file, `${file} is not a regular file, so it cannot be a workspace.`, { detail: 'workspace-wrong-type.not-regular' });
  if (stat.size === 0)
    throw refuse(
      'not-a-workspace',
      file,
      `${file} is an empty file, not a workspace; it was left as it is. Restore the workspace from a backup, or move the empty file away to start a new one.`,
      { detail: 'not-a-workspace.empty' },
    );
  const header = readHeader(file);
  const prefix = SQLITE_MAGIC.subarray(0, Math.min(header.length, SQLITE_MAGIC.length));
  if (!header.subarray(0, prefix.length).equals(prefix))
    throw refuse('not-a-workspace', file, `${file} is not a workspace database (it is not a SQLite file); it was left as it is.`);
  if (header.length < HEADER_BYTES || stat.size < pageSizeOf(header))
    throw refuse(
      'workspace-truncated',
      file,
      `${file} is cut short (${stat.size} bytes, less than one page of a workspace): it is damaged, perhaps by an interrupted copy. Restore it from a backup; it was left as it is.`,
      { reason: String(stat.size) },
    );
  if (!writable(file) || !writable(path.dirname(file)))
    throw refuse(
      'workspace-read-only',
      file,
      `The workspace ${file} is read-only: the app cannot write to it or to its folder. Check their permissions, or copy the folder somewhere writable.`,
    );
  return 'present';
}
