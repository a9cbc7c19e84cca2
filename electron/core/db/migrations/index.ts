import { sql as initial } from './001-initial';

/** Numbered migrations: entry N brings a workspace from format N to N + 1 (PRAGMA user_version). Append only. */
export const migrations: readonly string[] = [initial];

export const CURRENT_FORMAT = migrations.length;
