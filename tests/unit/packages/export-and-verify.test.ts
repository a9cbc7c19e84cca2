/**
 * A signed package of the Demoland sample, checked by readers that are not ours: Python's zipfile and csv
 * modules open it, Debian's `minisign -V` verifies its manifest, every file matches its listed sha256. Our
 * verify accepts it, names its signer as trusted only where the key is, and refuses an export while a problem
 * is open.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OwnIdentity } from '../../../shared/keys-contract';
import type { Manifest } from '../../../shared/package-contract';
import { unlockIdentity } from '../../../electron/core/keys';
import { contractWorkspace, refusalOf, requireTools } from '../contract-workspace';

requireTools('/usr/bin/minisign', '/usr/bin/age', '/usr/bin/python3');
const PASSPHRASE = 'correct horse battery staple';

/** Every entry of a zip as Python's zipfile reads it: name → bytes (base64). */
function unzipWithPython(file: string): Map<string, Buffer> {
  const script = `
import base64, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    print(json.dumps({i.filename: base64.b64encode(z.read(i)).decode() for i in z.infolist()}))
`;
  const out = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  return new Map(Object.entries(out as Record<string, string>).map(([name, b64]) => [name, Buffer.from(b64, 'base64')]));
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('a signed submission package', () => {
  const first = contractWorkspace();
  const second = contractWorkspace();
  let ana: OwnIdentity;
  let submissionId: string;
  let file: string;

  beforeAll(async () => {
    submissionId = (await first.api['samples.open']({ locale: 'en' })).id;
    ana = await first.api['keys.create']({ name: 'Ana Pérez', org: 'Universidad de Demoland', email: null, role: 'expert', passphrase: PASSPHRASE });
    file = path.join(first.dir, 'demoland-2025.mrc.zip');
    await first.api['packages.export']({ submissionId, keyId: ana.keyId, passphrase: PASSPHRASE, path: file });
  }, 120_000);
  afterAll(() => {
    first.close();
    second.close();
  });

  it('is a plain zip whose manifest the standard `minisign -V` verifies, and whose files match their listed hashes', () => {
    const entries = unzipWithPython(file);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as Manifest;
    const dir = path.join(first.dir, 'unzipped');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'manifest.json'), entries.get('manifest.json')!);
    fs.writeFileSync(path.join(dir, 'manifest.json.minisig'), entries.get('manifest.json.minisig')!);
    fs.writeFileSync(path.join(dir, 'author.pub'), entries.get('author.pub')!);
    const out = execFileSync('/usr/bin/minisign', ['-Vm', path.join(dir, 'manifest.json'), '-p', path.join(dir, 'author.pub')], { encoding: 'utf8' });
    expect(out).toContain('Signature and comment signature verified');
    expect(out).toContain(`Trusted comment: mrc-package ${manifest.id} XDM 2025 by ${ana.keyId}`);
    expect(execFileSync('/usr/bin/minisign', ['-Vm', path.join(dir, 'manifest.json'), '-P', ana.minisignPublicKey], { encoding: 'utf8' })).toContain('verified');

    expect(manifest).toMatchObject({ kind: 'submission', country: 'XDM', year: 2025, parent: null, author: { name: 'Ana Pérez', keyId: ana.keyId, fingerprint: ana.fingerprint } });
    expect(manifest.schema).toMatchObject({ id: 'mri-core', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect([...entries.keys()].sort()).toEqual(['manifest.json', 'manifest.json.minisig', ...manifest.files.map((f) => f.path)].sort());
    for (const listed of manifest.files) expect({ path: listed.path, sha256: sha256(entries.get(listed.path)!), size: entries.get(listed.path)!.length }).toEqual(listed);
    expect(manifest.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['author.pub', 'datapackage.json', 'data/answers.csv', 'data/evidence.csv', 'data/evidence_links.csv', 'data/ratifications.csv', 'data/accepted_problems.csv', 'data/submission.xlsx']),
    );
    expect(manifest.files.some((f) => f.path.startsWith('sources/') && f.path.endsWith('demoland-2025.xlsx'))).toBe(true);
  });

  it('describes its CSV tables in datapackage.json, and Python’s csv module reads each with the described header', () => {
    const entries = unzipWithPython(file);
    const descriptor = JSON.parse(entries.get('datapackage.json')!.toString());
    expect(descriptor.profile).toBe('tabular-data-package');
    for (const resource of descriptor.resources) {
      const script = 'import csv, io, json, sys\nprint(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))))';
      const rows = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { input: entries.get(resource.path)!, encoding: 'utf8' })) as string[][];
      expect(rows[0]).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
      expect(rows.slice(1).every((r) => r.length === rows[0]!.length)).toBe(true);
    }
    const answers = entries.get('data/answers.csv')!.toString();
    expect(answers.startsWith('indicator,value,score,derived_from_ratification,confidence,note\r\n')).toBe(true);
    expect(answers.split('\r\n').length - 2).toBe(95);
  });

  it('is verified here with its signer trusted, and elsewhere as valid with an unknown signer until the key is trusted', async () => {
    const here = await first.api['packages.verify']({ path: file });
    expect(here).toMatchObject({ ok: true, kind: 'submission', reasons: [], signer: { keyId: ana.keyId, fingerprint: ana.fingerprint, name: 'Ana Pérez', trusted: true } });
    const there = await second.api['packages.verify']({ path: file });
    expect(there).toMatchObject({ ok: true, reasons: [], signer: { keyId: ana.keyId, trusted: false } });

    const card = path.join(second.dir, 'ana.json');
    fs.writeFileSync(card, JSON.stringify(await first.api['keys.contactCard']({ keyId: ana.keyId })));
    await second.api['keyring.import']({ path: card });
    expect((await second.api['packages.verify']({ path: file })).signer?.trusted).toBe(false);
    await second.api['keyring.trust']({ keyId: ana.keyId, fingerprint: ana.fingerprint, role: 'expert' });
    expect((await second.api['packages.verify']({ path: file })).signer?.trusted).toBe(true);
  });

  it('gives the same files when the same data is exported again, except the manifest’s creation time and the signature', async () => {
    const again = path.join(first.dir, 'again.mrc.zip');
    await first.api['packages.export']({ submissionId, keyId: ana.keyId, passphrase: PASSPHRASE, path: again });
    const a = unzipWithPython(file);
    const b = unzipWithPython(again);
    for (const [name, bytes] of a) if (name !== 'manifest.json' && name !== 'manifest.json.minisig') expect(b.get(name)?.equals(bytes), name).toBe(true);
    const withoutTime = (m: Buffer) => ({ ...JSON.parse(m.toString()), created: null });
    expect(withoutTime(b.get('manifest.json')!)).toEqual(withoutTime(a.get('manifest.json')!));
  }, 60_000);

  it('is refused while a problem is open, and exported once `acceptProblems` accepts each one, which the package carries', async () => {
    const rows = await first.api['submissions.indicators']({ submissionId });
    const unanswered = rows.find((r) => r.value === null && r.options.length > 0)!;
    await first.api['answers.set']({ submissionId, indicatorId: unanswered.code, value: unanswered.options[0]!.value });
    const open = (await first.api['submissions.problems']({ submissionId })).unacceptedProblemCount;
    expect(open).toBeGreaterThan(0);
    const target = path.join(first.dir, 'with-problems.mrc.zip');
    const refused = await refusalOf(first.api['packages.export']({ submissionId, keyId: ana.keyId, passphrase: PASSPHRASE, path: target }));
    expect(refused).toMatchObject({ code: 'unaccepted-problems', params: { count: open } });
    expect(fs.existsSync(target)).toBe(false);

    await first.api['packages.export']({ submissionId, keyId: ana.keyId, passphrase: PASSPHRASE, path: target, acceptProblems: 'Source requested from the ministry.' });
    const accepted = unzipWithPython(target).get('data/accepted_problems.csv')!.toString();
    expect(accepted).toContain(unanswered.code);
    expect(accepted).toContain('Source requested from the ministry.');
    expect((await first.api['submissions.problems']({ submissionId })).unacceptedProblemCount).toBe(0);
  }, 60_000);

  it('is encrypted to an age recipient: the standard `age -d -i` decrypts it, and verify opens it with the passphrase', async () => {
    const encrypted = path.join(first.dir, 'demoland-2025.mrc.zip.age');
    const done = await first.api['packages.export']({ submissionId, keyId: ana.keyId, passphrase: PASSPHRASE, path: encrypted, encryptTo: [ana.keyId] });
    expect(done.encrypted).toBe(true);
    expect(fs.readFileSync(encrypted).subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    const secret = await unlockIdentity(first.ws.db, ana.keyId, PASSPHRASE);
    const identityFile = path.join(first.dir, 'ana.agekey');
    fs.writeFileSync(identityFile, `${secret.age.identity}\n`, { mode: 0o600 });
    const decrypted = path.join(first.dir, 'decrypted.mrc.zip');
    execFileSync('/usr/bin/age', ['-d', '-i', identityFile, '-o', decrypted, encrypted]);
    expect(unzipWithPython(decrypted).has('manifest.json')).toBe(true);
    expect((await first.api['packages.verify']({ path: decrypted })).ok).toBe(true);

    const locked = await first.api['packages.verify']({ path: encrypted });
    expect(locked).toMatchObject({ ok: false, reasons: [{ code: 'not-a-package', message: expect.stringContaining('encrypted (age)') }] });
    expect(await first.api['packages.verify']({ path: encrypted, passphrase: PASSPHRASE })).toMatchObject({ ok: true, signer: { keyId: ana.keyId } });
    expect((await second.api['packages.verify']({ path: encrypted, passphrase: PASSPHRASE })).reasons[0]?.code).toBe('not-a-package');
  }, 120_000);

  it('is not exported with a wrong passphrase', async () => {
    const refused = await refusalOf(first.api['packages.export']({ submissionId, keyId: ana.keyId, passphrase: 'wrong passphrase', path: path.join(first.dir, 'x.mrc.zip') }));
    expect(refused.code).toBe('wrong-passphrase');
  }, 60_000);
});
