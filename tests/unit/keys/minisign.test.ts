/**
 * minisign's formats against the standard `minisign` tool (Debian's package): what the app signs,
 * `minisign -V` verifies; what `minisign -S` signs with a key made by `minisign -G`, the app verifies.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEd25519 } from '../../../electron/core/keys/ed25519';
import { fingerprintOf } from '../../../electron/core/keys/fingerprint';
import { formatPublicKey, keyIdHex, newKeyId, parsePublicKey, signMinisign, verifyMinisign } from '../../../electron/core/keys/minisign';

const MINISIGN = '/usr/bin/minisign';
if (!fs.existsSync(MINISIGN)) throw new Error('These tests need Debian’s minisign: apt-get install -y minisign (bash .ci/run does it).');

const minisign = (args: string[]) => execFileSync(MINISIGN, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('minisign signatures', () => {
  let dir: string;
  const pair = generateEd25519();
  const signer = { keyId: newKeyId(), seed: pair.seed };
  const key = { keyId: signer.keyId, publicKey: pair.publicKey };
  const manifest = Buffer.from(JSON.stringify({ kind: 'submission', country: 'XDM', year: 2025, files: [] }, null, 2));

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-minisign-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a public key that minisign reads and a signature that `minisign -V` verifies, trusted comment included', () => {
    fs.writeFileSync(path.join(dir, 'manifest.json'), manifest);
    fs.writeFileSync(path.join(dir, 'manifest.json.minisig'), signMinisign(manifest, signer, 'package 42 by Ana Pérez'));
    fs.writeFileSync(path.join(dir, 'author.pub'), formatPublicKey(key));
    const out = minisign(['-V', '-m', path.join(dir, 'manifest.json'), '-p', path.join(dir, 'author.pub')]);
    expect(out).toContain('Signature and comment signature verified');
    expect(out).toContain('Trusted comment: package 42 by Ana Pérez');
    const bareKey = formatPublicKey(key).split('\n')[1]!;
    expect(minisign(['-Vm', path.join(dir, 'manifest.json'), '-P', bareKey])).toContain('verified');
    expect(formatPublicKey(key).split('\n')[0]).toBe(`untrusted comment: minisign public key ${keyIdHex(key.keyId)}`);
  });

  it('is refused by `minisign -V` once one byte of the signed file changes', () => {
    const altered = Buffer.from(manifest);
    altered.writeUInt8(altered.readUInt8(10) ^ 1, 10);
    fs.writeFileSync(path.join(dir, 'altered.json'), altered);
    fs.writeFileSync(path.join(dir, 'altered.json.minisig'), signMinisign(manifest, signer, 'x'));
    expect(() => minisign(['-V', '-m', path.join(dir, 'altered.json'), '-p', path.join(dir, 'author.pub')])).toThrow(/Signature verification failed/);
    expect(verifyMinisign(altered, signMinisign(manifest, signer, 'x'), key)).toMatchObject({ ok: false, fault: 'bad-signature' });
  });

  it('verifies what `minisign -S` signs with a key made by `minisign -G`, in both its prehashed and legacy forms', () => {
    const pub = path.join(dir, 'tool.pub');
    const sec = path.join(dir, 'tool.key');
    minisign(['-G', '-W', '-p', pub, '-s', sec]);
    const toolKey = parsePublicKey(fs.readFileSync(pub, 'utf8'))!;
    expect(toolKey).toBeDefined();
    const file = path.join(dir, 'by-tool.json');
    fs.writeFileSync(file, manifest);
    minisign(['-S', '-s', sec, '-m', file, '-t', 'signed by the standard tool']);
    expect(verifyMinisign(manifest, fs.readFileSync(`${file}.minisig`, 'utf8'), toolKey)).toEqual({ ok: true, trustedComment: 'signed by the standard tool' });
    minisign(['-S', '-l', '-s', sec, '-m', file, '-t', 'legacy form']);
    const algorithm = Buffer.from(fs.readFileSync(`${file}.minisig`, 'utf8').split('\n')[1]!, 'base64').subarray(0, 2).toString();
    expect(algorithm).toBe('Ed');
    expect(verifyMinisign(manifest, fs.readFileSync(`${file}.minisig`, 'utf8'), toolKey)).toEqual({ ok: true, trustedComment: 'legacy form' });
    expect(verifyMinisign(manifest, fs.readFileSync(`${file}.minisig`, 'utf8'), key)).toMatchObject({ ok: false, fault: 'other-key' });
  });

  it('refuses a changed trusted comment, a malformed file and a key line of the wrong length', () => {
    const good = signMinisign(manifest, signer, 'kind=submission');
    const forged = good.replace('trusted comment: kind=submission', 'trusted comment: kind=schema');
    expect(verifyMinisign(manifest, forged, key)).toMatchObject({ ok: false, fault: 'bad-trusted-comment' });
    expect(verifyMinisign(manifest, 'not a signature', key)).toMatchObject({ ok: false, fault: 'malformed' });
    expect(verifyMinisign(manifest, good + 'one more line\n', key)).toMatchObject({ ok: false, fault: 'malformed' });
    expect(parsePublicKey(`untrusted comment: x\n${Buffer.alloc(41).toString('base64')}\n`)).toBeUndefined();
    expect(() => signMinisign(manifest, signer, 'two\nlines')).toThrow(/one line/);
  });

  it('gives a key id as minisign prints it and a long fingerprint of the whole key', () => {
    const fp = fingerprintOf(key);
    expect(fp.keyId).toMatch(/^[0-9A-F]{16}$/);
    expect(fp.long).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    const sameIdOtherKey = fingerprintOf({ keyId: key.keyId, publicKey: generateEd25519().publicKey });
    expect(sameIdOtherKey.keyId).toBe(fp.keyId);
    expect(sameIdOtherKey.long).not.toBe(fp.long);
  });
});
