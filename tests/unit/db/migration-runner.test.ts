import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../../electron/core/db/migrate';
import type { Migration } from '../../../electron/core/db/migrations/index';
import type { Db } from '../../../electron/core/db/open-database';
import { MrcError } from '../../../shared/errors';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let db: Db;
beforeEach(() => {
  tmp = makeTempDir();
  db = new Database(path.join(tmp.dir, 'runner.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

const formatOf = () => db.pragma('user_version', { simple: true }) as number;
const tables = () => (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
const refusalOf = (run: () => void): MrcError => {
  try {
    run();
  } catch (error) {
    if (error instanceof MrcError) return error;
    throw error;
  }
  throw new Error('the migration was not refused');
};

const people: Migration = { sql: 'CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL)' };
const namesInCode: Migration = {
  up: (target) => {
    const insert = target.prepare('INSERT INTO people (name) VALUES (?)');
    for (const name of ['Amina', 'Bilal']) insert.run(name.toUpperCase());
  },
};
const initialsFromNames: Migration = {
  sql: 'ALTER TABLE people ADD COLUMN initial TEXT',
  up: (target) => {
    const rows = target.prepare('SELECT id, name FROM people').all() as { id: number; name: string }[];
    const update = target.prepare('UPDATE people SET initial = ? WHERE id = ?');
    for (const row of rows) update.run(row.name[0], row.id);
  },
};

describe('the migration runner', () => {
  it("applies a step's SQL and then its code, one format at a time", () => {
    migrateDatabase(db, { steps: [people, namesInCode, initialsFromNames] });
    expect(formatOf()).toBe(3);
    expect(db.prepare('SELECT name, initial FROM people ORDER BY id').all()).toEqual([
      { name: 'AMINA', initial: 'A' },
      { name: 'BILAL', initial: 'B' },
    ]);
  });

  it('stops at the format asked for, goes on from there later, and never takes a workspace back', () => {
    const steps = [people, namesInCode, initialsFromNames];
    migrateDatabase(db, { steps, to: 1 });
    expect(formatOf()).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 0 });
    migrateDatabase(db, { steps });
    expect(formatOf()).toBe(3);
    migrateDatabase(db, { steps, to: 1 });
    expect(formatOf()).toBe(3);
    expect(db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 2 });
  });

  it('rolls a failing step back whole and keeps the steps before it', () => {
    const failing: Migration = {
      sql: "CREATE TABLE places (name TEXT); INSERT INTO people (name) VALUES ('half-written')",
      up: () => {
        throw new Error('the data did not fit');
      },
    };
    expect(() => migrateDatabase(db, { steps: [people, namesInCode, failing] })).toThrow('the data did not fit');
    expect(formatOf()).toBe(2);
    expect(tables()).toEqual(['people']);
    expect(db.prepare('SELECT name FROM people ORDER BY id').all()).toEqual([{ name: 'AMINA' }, { name: 'BILAL' }]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a step whose code returns a promise, since its work would land after the transaction', () => {
    const awaiting: Migration = {
      up: async (target) => {
        target.exec("INSERT INTO people (name) VALUES ('before the await')");
        await Promise.resolve();
      },
    };
    const refusal = refusalOf(() => migrateDatabase(db, { steps: [people, awaiting] }));
    expect(refusal.code).toBe('workspace-migration-failed');
    expect(refusal.message).toBe(
      'The workspace could not be brought to format 2: its migration returned a promise, and a migration must finish inside its transaction. It was left at format 1, unchanged.',
    );
    expect(formatOf()).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 0 });
  });

  it('names a migration missing from the list instead of skipping it', () => {
    db.pragma('user_version = 1');
    expect(() => migrateDatabase(db, { steps: [people], to: 3 })).toThrow('missing migration 2');
    expect(formatOf()).toBe(1);
  });
});

describe('foreign keys while a step runs', () => {
  const countriesAndSubmissions: Migration = {
    sql: `CREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT NOT NULL);
      CREATE TABLE submissions (id TEXT PRIMARY KEY, country TEXT NOT NULL REFERENCES countries (code) ON DELETE CASCADE);
      INSERT INTO countries VALUES ('KEN', 'Kenya'), ('UGA', 'Uganda');
      INSERT INTO submissions VALUES ('s1', 'KEN'), ('s2', 'UGA');`,
  };

  it('rebuilds a parent table without its cascade deleting the rows that reference it, and enforces them again after', () => {
    const rebuildCountries: Migration = {
      sql: `CREATE TABLE countries_new (code TEXT PRIMARY KEY CHECK (length(code) = 3), name TEXT NOT NULL);
        INSERT INTO countries_new SELECT code, name FROM countries;
        DROP TABLE countries;
        ALTER TABLE countries_new RENAME TO countries;`,
    };
    migrateDatabase(db, { steps: [countriesAndSubmissions, rebuildCountries] });
    expect(formatOf()).toBe(2);
    expect(db.prepare('SELECT id, country FROM submissions ORDER BY id').all()).toEqual([
      { id: 's1', country: 'KEN' },
      { id: 's2', country: 'UGA' },
    ]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.prepare("DELETE FROM countries WHERE code = 'UGA'").run();
    expect(db.prepare('SELECT id FROM submissions').all()).toEqual([{ id: 's1' }]);
  });

  it('refuses a step that leaves a row pointing to nothing, naming the table, and keeps the rows as they were', () => {
    const dropUganda: Migration = { sql: "DELETE FROM countries WHERE code = 'UGA'" };
    const refusal = refusalOf(() => migrateDatabase(db, { steps: [countriesAndSubmissions, dropUganda] }));
    expect(refusal.code).toBe('workspace-migration-failed');
    expect(refusal.message).toMatch(
      /^The workspace could not be brought to format 2: 1 row\(s\) would point to no row of their parent table \(first: row \d+ of submissions, into countries\)\. It was left at format 1, unchanged\.$/,
    );
    expect(formatOf()).toBe(1);
    expect(db.prepare('SELECT code FROM countries ORDER BY code').all()).toEqual([{ code: 'KEN' }, { code: 'UGA' }]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
