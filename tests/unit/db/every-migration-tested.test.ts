import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT, migrations } from '../../../electron/core/db/migrations/index';

const SOURCES = path.resolve('electron/core/db/migrations');
const TESTS = path.resolve('tests/unit/db/migrations');
const numbered = fs.readdirSync(SOURCES).filter((name) => /^\d{3}-.+\.ts$/.test(name)).sort();

describe('the numbered migrations', () => {
  it('are listed in index.ts in the order of their numbers, 001 to the current format, none left out', async () => {
    expect(numbered.map((name) => Number(name.slice(0, 3)))).toEqual(Array.from({ length: CURRENT_FORMAT }, (_, i) => i + 1));
    const modules = await Promise.all(numbered.map((name) => import(path.join(SOURCES, name))));
    modules.forEach((module, i) => expect(migrations[i], `migrations[${i}] should be ${numbered[i]}`).toBe(module));
  });

  it('each have a test of their own after the initial schema, named after them in tests/unit/db/migrations', () => {
    const untested = numbered.slice(1).filter((name) => !fs.existsSync(path.join(TESTS, name.replace(/\.ts$/, '.test.ts'))));
    expect(
      untested,
      'Write tests/unit/db/migrations/<migration>.test.ts: createDatabaseAt(file, N - 1) with representative rows, migrateTo(db, N), then check the rows.',
    ).toEqual([]);
  });
});
