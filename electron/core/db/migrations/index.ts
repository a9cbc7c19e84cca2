import { sql as initial } from './001-initial';
import { sql as importTables } from './002-import';
import { sql as ratificationStatuses } from './003-ratification-statuses';
import { sql as evidenceLinks } from './004-evidence-links';

/** Numbered migrations: entry N brings a workspace from format N to N + 1 (PRAGMA user_version). Append only. */
export const migrations: readonly string[] = [initial, importTables, ratificationStatuses, evidenceLinks];

export const CURRENT_FORMAT = migrations.length;
