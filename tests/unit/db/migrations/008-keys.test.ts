import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as keys from '../../../../electron/core/db/migrations/008-keys';
import { migrations } from '../../../../electron/core/db/migrations/index';
import type { Db } from '../../../../electron/core/db/open-database';
import { workspaceFile } from '../../../../electron/core/workspace/paths';
import { makeTempDir } from '../../temp-dir';
import { createDatabaseAt, everyRow, migrateTo, type TableRows } from '../migrate-to';

const FORMAT = migrations.indexOf(keys) + 1;
const NOW = '2026-12-02T10:00:00.000Z';

let tmp: ReturnType<typeof makeTempDir>;
let db: Db;
let before: TableRows;

beforeEach(() => {
  tmp = makeTempDir();
  db = createDatabaseAt(workspaceFile(tmp.dir), FORMAT - 1);
  db.prepare("INSERT INTO schema_versions VALUES ('mri-core', '1.1.0', 'Migrant Rights Index', 'abc123', '{}', ?)").run(NOW);
  db.prepare("INSERT INTO countries (code, name) VALUES ('KEN', 'Kenya')").run();
  db.prepare("INSERT INTO submissions (id, country, year, schema_id, schema_version, created_at) VALUES ('sub-2025', 'KEN', 2025, 'mri-core', '1.1.0', ?)").run(NOW);
  before = everyRow(db);
  migrateTo(db, FORMAT);
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

describe('migration 8: identities and the keyring', () => {
  it('keeps every row of the format before as it was, and starts with no key', () => {
    expect(everyRow(db, before)).toEqual(before);
    expect(db.prepare('SELECT (SELECT count(*) FROM identities) + (SELECT count(*) FROM keyring) AS n').get()).toEqual({ n: 0 });
  });

  it('holds one key per key id and per public key, with a role of the network or none', () => {
    const add = db.prepare("INSERT INTO keyring (key_id, name, org, role, public_key, added_at) VALUES (?, 'Ana', 'Uni', ?, ?, ?)");
    add.run('0123456789ABCDEF', null, 'RWkey-one', NOW);
    expect(() => add.run('0123456789ABCDEF', null, 'RWkey-two', NOW)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => add.run('FEDCBA9876543210', null, 'RWkey-one', NOW)).toThrow(/UNIQUE/);
    expect(() => add.run('FEDCBA9876543210', 'boss', 'RWkey-three', NOW)).toThrow(/CHECK/);
    expect(() => add.run('FEDC', 'expert', 'RWkey-four', NOW)).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO identities (key_id, name, org, role, public_key, age_recipient, sealed, created_at) VALUES ('0123456789ABCDEF', 'Ana', 'Uni', 'expert', 'RWk', 'age1', NULL, ?)").run(NOW),
    ).toThrow(/NOT NULL/);
  });
});
