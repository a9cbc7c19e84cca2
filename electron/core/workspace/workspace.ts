import os from 'node:os';
import { openDatabase, type Db } from '../db/open-database';
import { loadEmbeddedSchema } from '../schema/load-schema';
import { installSchema } from '../schema/schema-store';
import { seedCountries } from './countries';
import { workspaceFile } from './paths';

export interface Workspace {
  dir: string;
  file: string;
  db: Db;
  /** Who the audit log names for this session's work, until identities (keys) exist. */
  actor: string;
  close(): void;
}

/** Opens the workspace in `dir`, creating it with the embedded default schema on first use. */
export function openWorkspace(dir: string): Workspace {
  const file = workspaceFile(dir);
  const db = openDatabase(file);
  const actor = `local:${os.userInfo().username}`;
  try {
    seedCountries(db);
    installSchema(db, loadEmbeddedSchema(), actor);
  } catch (error) {
    db.close();
    throw error;
  }
  return { dir, file, db, actor, close: () => db.close() };
}
