/**
 * `mrc export` and `mrc verify`, as a script runs them: the export signs with the workspace's one identity
 * (passphrase from MRC_PASSPHRASE), and verify over a folder prints one line per package, or one JSON object
 * per package, and exits 1 because one of them was altered.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../temp-dir';
import { mrcAsync } from './run-mrc';

describe('mrc export and mrc verify', () => {
  const tmp = makeTempDir();
  const ws = path.join(tmp.dir, 'ws');
  const folder = path.join(tmp.dir, 'inbox');
  const env = { MRC_PASSPHRASE: 'correct horse battery staple' };

  beforeAll(async () => {
    fs.mkdirSync(folder);
    expect((await mrcAsync(['keys', 'create', '--name', 'Ana Pérez', '--org', 'Uni', '--workspace', ws], { env })).code).toBe(0);
    const id = (await mrcAsync(['submission', 'create', '--country', 'KEN', '--year', '2025', '--workspace', ws])).out.trim();
    const exported = await mrcAsync(['export', '--submission', id, '--out', path.join(folder, 'kenya-2025.mrc.zip'), '--workspace', ws], { env });
    expect(exported.err).toBe('');
    expect(exported.out).toMatch(/^package [0-9a-f]{32} written to .*kenya-2025\.mrc\.zip \(\d+ files, \d+ bytes\), signed by [0-9A-F]{16}$/m);
    const altered = fs.readFileSync(path.join(folder, 'kenya-2025.mrc.zip'));
    // The workbook is stored, not deflated: a byte 50 into its data, after its local header (signature, 26 bytes, name).
    let header = altered.indexOf('PK\x03\x04');
    while (altered.toString('latin1', header + 30, header + 50) !== 'data/submission.xlsx') header = altered.indexOf('PK\x03\x04', header + 1);
    const at = header + 50 + 50;
    altered.writeUInt8(altered.readUInt8(at) ^ 1, at);
    fs.writeFileSync(path.join(folder, 'kenya-2025-altered.mrc.zip'), altered);
    fs.writeFileSync(path.join(folder, 'notes.mrc.zip'), 'not a zip at all');
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('prints one line per package of a folder and exits 1 when one is refused', async () => {
    const run = await mrcAsync(['verify', folder, '--workspace', ws]);
    expect(run.code).toBe(1);
    const lines = run.out.trim().split('\n');
    expect(lines).toHaveLength(3);
    // In name order: '-' sorts before '.'.
    expect(lines[0]).toMatch(/^REFUSED {2}kenya-2025-altered\.mrc\.zip {2}hash-mismatch data\/submission\.xlsx: /);
    expect(lines[1]).toMatch(/^OK {7}kenya-2025\.mrc\.zip {2}submission [0-9a-f]{32}, signed by Ana Pérez/);
    expect(lines[2]).toMatch(/^REFUSED {2}notes\.mrc\.zip {2}not-a-package: /);
  });

  it('prints one JSON object per package with --json, and exits 0 when all hold', async () => {
    const all = await mrcAsync(['verify', folder, '--json', '--workspace', ws]);
    const objects = all.out.trim().split('\n').map((line) => JSON.parse(line));
    expect(objects.map((o) => [o.file, o.ok])).toEqual([['kenya-2025-altered.mrc.zip', false], ['kenya-2025.mrc.zip', true], ['notes.mrc.zip', false]]);
    expect(objects[0].reasons[0]).toMatchObject({ code: 'hash-mismatch', path: 'data/submission.xlsx' });
    expect(objects[1].signer).toMatchObject({ name: 'Ana Pérez', trusted: true });
    const good = await mrcAsync(['verify', path.join(folder, 'kenya-2025.mrc.zip'), '--workspace', ws]);
    expect(good.code).toBe(0);
  });
});
