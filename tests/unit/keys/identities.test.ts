/**
 * Identities and the keyring, through the contract as every door calls it: an identity's secrets are sealed
 * under its passphrase as a standard age file (Debian's `age -d` opens a backup), the passphrase can be
 * changed, a backup restores in another workspace, and others' keys are trusted only against the fingerprint
 * checked with their owner.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceFile } from '../../../electron/core/workspace/paths';
import type { OwnIdentity } from '../../../shared/keys-contract';
import { generateEd25519 } from '../../../electron/core/keys/ed25519';
import { formatPublicKey, parsePublicKey } from '../../../electron/core/keys/minisign';
import { contractWorkspace, refusalOf as refusal, requireTools } from '../contract-workspace';

const PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'a longer passphrase for 2027';
const ANA = { name: 'Ana Pérez', org: 'Universidad de Demoland', email: 'ana@demoland.example', role: 'expert' as const };

requireTools('/usr/bin/age', '/usr/bin/minisign', '/usr/bin/python3');

/** Decrypts with Debian's `age -d`, typing the passphrase at its terminal prompt (age reads it from the tty only). */
function ageDecryptWithPassphrase(file: string, passphrase: string): string {
  const script = `
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execv('/usr/bin/age', ['age', '-d', sys.argv[1]])
out = b''
sent = False
while True:
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
    if not sent and b'passphrase' in out.lower():
        os.write(fd, sys.argv[2].encode() + b'\\n')
        sent = True
os.waitpid(pid, 0)
sys.stdout.write(out.decode('utf-8', 'replace'))
`;
  return execFileSync('/usr/bin/python3', ['-c', script, file, passphrase], { encoding: 'utf8' });
}

describe('identities and the keyring', () => {
  const tmp = contractWorkspace();
  const other = contractWorkspace();
  const { api } = tmp;
  const api2 = other.api;
  let ana: OwnIdentity;

  // Sealing under the passphrase runs scrypt at age's work factor: seconds on a busy machine.
  beforeAll(async () => {
    ana = await api['keys.create']({ ...ANA, passphrase: PASSPHRASE });
  }, 60_000);
  afterAll(() => {
    tmp.close();
    other.close();
  });

  it('creates an identity whose public half is listed and whose secrets are stored only sealed', async () => {
    expect(ana).toMatchObject({ ...ANA, keyId: expect.stringMatching(/^[0-9A-F]{16}$/), ageRecipient: expect.stringMatching(/^age1/) });
    expect(ana.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(parsePublicKey(ana.minisignPublicKey)).toBeDefined();
    expect((await api['keys.list']({})).identities).toEqual([ana]);

    const bytes = fs.readFileSync(workspaceFile(tmp.dir));
    expect(bytes.includes(Buffer.from(PASSPHRASE))).toBe(false);
    expect(bytes.includes(Buffer.from('AGE-SECRET-KEY-1'))).toBe(false);
    const raw = new Database(workspaceFile(tmp.dir), { readonly: true });
    const sealed = (raw.prepare('SELECT sealed FROM identities').get() as { sealed: Buffer }).sealed;
    const audit = raw.prepare("SELECT details FROM audit_log WHERE action LIKE 'identity.%'").all() as { details: string }[];
    raw.close();
    expect(sealed.subarray(0, 22).toString()).toBe('age-encryption.org/v1\n');
    expect(audit.map((a) => a.details).join()).not.toContain(PASSPHRASE);
  });

  it('backs up to a file that the standard `age -d` opens with the passphrase, and refuses a wrong passphrase', async () => {
    const file = path.join(tmp.dir, 'ana.identity.age');
    const { bytes } = await api['keys.backup']({ keyId: ana.keyId, path: file });
    expect(fs.statSync(file).size).toBe(bytes);
    const opened = ageDecryptWithPassphrase(file, PASSPHRASE);
    const content = JSON.parse(opened.slice(opened.indexOf('{')));
    expect(content).toMatchObject({ format: 'mrc-identity/1', name: ANA.name, signing: { keyId: ana.keyId }, age: { recipient: ana.ageRecipient } });
    expect(content.age.identity).toMatch(/^AGE-SECRET-KEY-1/);

    const wrong = await refusal(api['keys.changePassphrase']({ keyId: ana.keyId, passphrase: 'not the passphrase', newPassphrase: 'whatever else 123' }));
    expect(wrong).toMatchObject({ code: 'wrong-passphrase', params: { keyId: ana.keyId } });
    const notOne = path.join(tmp.dir, 'notes.txt');
    fs.writeFileSync(notOne, 'just some notes');
    expect((await refusal(api2['keys.restore']({ path: notOne, passphrase: PASSPHRASE }))).code).toBe('not-an-identity');
  });

  it('restores a backup in another workspace as the same identity, and a second restore changes nothing', async () => {
    const file = path.join(tmp.dir, 'ana.identity.age');
    const restored = await api2['keys.restore']({ path: file, passphrase: PASSPHRASE });
    expect(restored).toMatchObject({ keyId: ana.keyId, fingerprint: ana.fingerprint, minisignPublicKey: ana.minisignPublicKey, ageRecipient: ana.ageRecipient });
    await api2['keys.restore']({ path: file, passphrase: PASSPHRASE });
    expect((await api2['keys.list']({})).identities).toHaveLength(1);
  });

  it('changes the passphrase: the old one no longer opens the identity, the new one does', async () => {
    await api['keys.changePassphrase']({ keyId: ana.keyId, passphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    const file = path.join(tmp.dir, 'ana-new.identity.age');
    await api['keys.backup']({ keyId: ana.keyId, path: file });
    const third = contractWorkspace();
    try {
      const api3 = third.api;
      expect((await refusal(api3['keys.restore']({ path: file, passphrase: PASSPHRASE }))).code).toBe('wrong-passphrase');
      expect((await api3['keys.restore']({ path: file, passphrase: NEW_PASSPHRASE })).keyId).toBe(ana.keyId);
    } finally {
      third.close();
    }
  });

  it('imports a contact card untrusted, and trusts it only against the fingerprint of that key', async () => {
    const card = path.join(other.dir, 'ana.contact.json');
    fs.writeFileSync(card, JSON.stringify(await api['keys.contactCard']({ keyId: ana.keyId })));
    const fresh = contractWorkspace();
    try {
      const api4 = fresh.api;
      const entry = await api4['keyring.import']({ path: card });
      expect(entry).toMatchObject({ keyId: ana.keyId, name: ANA.name, fingerprint: ana.fingerprint, ageRecipient: ana.ageRecipient, trustedAt: null, role: null });
      const mismatch = await refusal(api4['keyring.trust']({ keyId: ana.keyId, fingerprint: '0000 0000 0000 0000 0000 0000 0000 0000', role: 'expert' }));
      expect(mismatch).toMatchObject({ code: 'fingerprint-mismatch', params: { fingerprint: ana.fingerprint } });
      const trusted = await api4['keyring.trust']({ keyId: ana.keyId, fingerprint: ana.fingerprint.toLowerCase().replaceAll(' ', ''), role: 'expert' });
      expect(trusted).toMatchObject({ role: 'expert', trustedAt: expect.any(String) });
      expect((await api4['keyring.distrust']({ keyId: ana.keyId })).trustedAt).toBeNull();
      expect(await api4['keyring.remove']({ keyId: ana.keyId })).toEqual({ removed: ana.keyId });
      expect((await api4['keys.list']({})).keyring).toEqual([]);
    } finally {
      fresh.close();
    }
  });

  it('imports a `.pub` made by `minisign -G`, and refuses another key that claims the same key id', async () => {
    const pub = path.join(other.dir, 'tool.pub');
    execFileSync('/usr/bin/minisign', ['-G', '-W', '-p', pub, '-s', path.join(other.dir, 'tool.key')], { stdio: 'ignore' });
    const entry = await api['keyring.import']({ path: pub });
    expect(entry).toMatchObject({ keyId: expect.stringMatching(/^[0-9A-F]{16}$/), ageRecipient: null, trustedAt: null });
    expect(fs.readFileSync(pub, 'utf8')).toContain(entry.keyId);

    const impostor = path.join(other.dir, 'impostor.pub');
    fs.writeFileSync(impostor, formatPublicKey({ keyId: parsePublicKey(fs.readFileSync(pub, 'utf8'))!.keyId, publicKey: generateEd25519().publicKey }));
    expect(await refusal(api['keyring.import']({ path: impostor }))).toMatchObject({ code: 'key-id-taken', params: { keyId: entry.keyId } });
    const notAKey = path.join(other.dir, 'not-a-key.pub');
    fs.writeFileSync(notAKey, 'untrusted comment: hello\nbm90IGEga2V5\n');
    expect((await refusal(api['keyring.import']({ path: notAKey }))).code).toBe('not-a-public-key');
  });
});
