import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MrcError } from '../../../shared/errors';
import { CURRENT_FORMAT, migrations } from './migrations/index';

export type Db = Database.Database;

/** Reads the format of an existing file without writing a byte to it. */
function readFormat(file: string): number {
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    return probe.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new MrcError('not-a-workspace', `${file} is not a workspace database: ${(error as Error).message}`, {
      file,
    });
  } finally {
    probe?.close();
  }
}

/**
 * Opens (creating if needed) a workspace database and brings it to the current format.
 * A file written by a newer version of the app is refused before anything touches it.
 */
export function openDatabase(file: string): Db {
  if (fs.existsSync(file)) {
    const format = readFormat(file);
    if (format > CURRENT_FORMAT)
      throw new MrcError(
        'workspace-too-new',
        `This workspace was written by a newer version of Migrant Rights Curator (format ${format}; this app reads up to ${CURRENT_FORMAT}). Update the app to open it; the file was not changed.`,
        { file },
      );
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  for (let format = from; format < CURRENT_FORMAT; format++) {
    const step = migrations[format];
    if (step === undefined) throw new Error(`missing migration ${format + 1}`);
    db.transaction(() => {
      db.exec(step);
      db.pragma(`user_version = ${format + 1}`);
    })();
  }
}
