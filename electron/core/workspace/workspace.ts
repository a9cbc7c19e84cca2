import os from 'node:os';
import { type Db, type IntegrityReport, openDatabase, openReader } from '../db';
import { discardAbandonedWrites } from '../import';
import { installSchema, loadEmbeddedSchema } from '../schema';
import { seedCountries } from '../countries';
import { workspaceFile } from './paths';

export interface Workspace {
  dir: string;
  file: string;
  /** The one connection that writes: write methods take turns on it. */
  db: Db;
  /** A connection that only reads (query_only): read methods run on it and never wait for a write. */
  reader: Db;
  /** Who the audit log names for this session's work, until identities (keys) exist. */
  actor: string;
  /** The quick integrity check run on open, with its duration; null when opened without it. */
  check: IntegrityReport | null;
  close(): void;
}

export interface OpenWorkspaceOptions {
  /** False to open without the quick check, as `mrc workspace check` does before its full one. */
  quickCheck?: boolean;
}

/** Opens the workspace in `dir`, creating it with the embedded default schema on first use. */
export function openWorkspace(dir: string, options: OpenWorkspaceOptions = {}): Workspace {
  const file = workspaceFile(dir);
  const actor = `local:${os.userInfo().username}`;
  const { db, check } = openDatabase(file, {
    ...options,
    prepare: (db) => {
      seedCountries(db);
      installSchema(db, loadEmbeddedSchema(), actor);
      discardAbandonedWrites(db);
    },
  });
  let reader: Db;
  try {
    reader = openReader(file);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    dir,
    file,
    db,
    reader,
    actor,
    check,
    close: () => {
      reader.close();
      db.close();
    },
  };
}
