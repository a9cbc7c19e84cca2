import os from 'node:os';
import { type Db, type IntegrityReport, openDatabase } from '../db';
import { installSchema, loadEmbeddedSchema } from '../schema';
import { seedCountries } from '../countries';
import { workspaceFile } from './paths';

export interface Workspace {
  dir: string;
  file: string;
  db: Db;
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
    },
  });
  return { dir, file, db, actor, check, close: () => db.close() };
}
