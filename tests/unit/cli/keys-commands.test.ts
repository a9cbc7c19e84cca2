/**
 * `mrc keys`, run as a user or a script runs it: create takes its passphrase from MRC_PASSPHRASE (never from a
 * flag), list shows the fingerprint, minisign key and age recipient with the trust of each key, export writes a
 * contact card that import reads in another workspace, and trust wants the fingerprint typed back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../temp-dir';
import { mrcAsync } from './run-mrc';

describe('mrc keys', () => {
  const tmp = makeTempDir();
  const ana = path.join(tmp.dir, 'ana');
  const ben = path.join(tmp.dir, 'ben');
  const env = { MRC_PASSPHRASE: 'correct horse battery staple' };
  let keyId: string;
  let fingerprint: string;

  beforeAll(async () => {
    const run = await mrcAsync(['keys', 'create', '--name', 'Ana Pérez', '--org', 'Universidad de Demoland', '--role', 'expert', '--json', '--workspace', ana], { env });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    ({ keyId, fingerprint } = JSON.parse(run.out));
  }, 60_000);
  afterAll(() => tmp.cleanup());

  it('creates an identity and lists it with its fingerprint, minisign public key and age recipient', async () => {
    const list = await mrcAsync(['keys', 'list', '--workspace', ana]);
    expect(list.code).toBe(0);
    expect(list.out).toContain(`${keyId}  Ana Pérez (Universidad de Demoland), expert, own identity`);
    expect(list.out).toContain(`fingerprint ${fingerprint}`);
    expect(list.out).toMatch(/minisign RW[A-Za-z0-9+/]{54}\n/);
    expect(list.out).toMatch(/age {6}age1[a-z0-9]{58}/);
    const json = JSON.parse((await mrcAsync(['keys', 'list', '--json', '--workspace', ana])).out);
    expect(json).toEqual([expect.objectContaining({ keyId, fingerprint, own: true, trusted: true })]);
  });

  it('refuses to create an identity without a passphrase when no terminal can ask for one', async () => {
    const run = await mrcAsync(['keys', 'create', '--name', 'X', '--org', 'Y', '--workspace', path.join(tmp.dir, 'none')], { env: { MRC_PASSPHRASE: undefined } });
    expect(run.code).toBe(2);
    expect(run.err).toContain('a passphrase is needed: type it in a terminal, or set MRC_PASSPHRASE');
  });

  it('exports a contact card that another workspace imports untrusted, then trusts against the typed fingerprint', async () => {
    const card = path.join(tmp.dir, 'ana.contact.json');
    expect((await mrcAsync(['keys', 'export', keyId, '--out', card, '--workspace', ana])).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(card, 'utf8'))).toMatchObject({ format: 'mrc-contact/1', name: 'Ana Pérez' });
    const imported = await mrcAsync(['keys', 'import', card, '--workspace', ben]);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('NOT trusted');
    const wrong = await mrcAsync(['keys', 'trust', keyId, '--fingerprint', '0000', '--role', 'expert', '--workspace', ben]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('is not this key');
    const trusted = await mrcAsync(['keys', 'trust', keyId, '--fingerprint', fingerprint, '--role', 'expert', '--workspace', ben]);
    expect(trusted.code).toBe(0);
    expect(trusted.out).toContain('trusted as expert');
    const json = JSON.parse((await mrcAsync(['keys', 'list', '--json', '--workspace', ben])).out);
    expect(json).toEqual([expect.objectContaining({ keyId, own: false, trusted: true, role: 'expert' })]);
  });
});
