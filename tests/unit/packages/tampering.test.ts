/**
 * Over a thousand altered copies of one good package, written by Python's zipfile (not by our writer), are
 * each refused with the reason that fits: byte flips in every file (manifest, signature and public key
 * included), files added, removed and renamed, `../` and absolute paths, duplicate names, symlinks, zip bombs
 * whose directory lies, and the package re-signed by another key.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest, RefusalReason } from '../../../shared/package-contract';
import { generateEd25519, publicKeyOfSeed } from '../../../electron/core/keys/ed25519';
import { formatPublicKey, newKeyId, signMinisign } from '../../../electron/core/keys/minisign';
import { signingKeysOf, unlockIdentity } from '../../../electron/core/keys';
import { verifyPackage } from '../../../electron/core/packages';
import { readZipDirectory, unpackZipEntry } from '../../../electron/core/zip';
import { contractWorkspace, requireTools } from '../contract-workspace';

requireTools('/usr/bin/python3');
const PASSPHRASE = 'correct horse battery staple';
const FLIPS_PER_FILE = 90;

type Op = [string, ...(string | number)[]];
interface Variant {
  file: string;
  ops: Op[];
  /** The reason codes it must be refused with, and, where `only`, nothing else. */
  expect: RefusalReason[];
  only?: boolean;
  path?: string;
}

async function entriesOf(file: string): Promise<Map<string, Buffer>> {
  const bytes = fs.readFileSync(file);
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error(dir.reason);
  const out = new Map<string, Buffer>();
  for (const entry of dir.entries) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of unpackZipEntry(bytes, entry)) chunks.push(chunk);
    out.set(entry.name, Buffer.concat(chunks));
  }
  return out;
}

/** Positions spread over a file's bytes; for the signature, only its signed lines (the first, untrusted comment is not signed). */
function flipPositions(name: string, bytes: Buffer): number[] {
  const start = name === 'manifest.json.minisig' ? bytes.indexOf('\n') + 1 : 0;
  const span = bytes.length - start;
  const count = Math.min(FLIPS_PER_FILE, span);
  return Array.from({ length: count }, (_, i) => start + Math.floor((i * span) / count));
}

describe('tampered packages', () => {
  const ws = contractWorkspace();
  const dir = path.join(ws.dir, 'variants');
  const variants: Variant[] = [];
  let good: string;

  beforeAll(async () => {
    const submissionId = (await ws.api['samples.open']({ locale: 'en' })).id;
    const ana = await ws.api['keys.create']({ name: 'Ana Pérez', org: 'Universidad de Demoland', email: null, role: 'expert', passphrase: PASSPHRASE });
    good = path.join(ws.dir, 'good.mrc.zip');
    await ws.api['packages.export']({ submissionId, keyId: ana.keyId, passphrase: PASSPHRASE, path: good });
    fs.mkdirSync(dir);
    const entries = await entriesOf(good);
    const manifestBytes = entries.get('manifest.json')!;
    const manifest = JSON.parse(manifestBytes.toString()) as Manifest;
    const secret = await unlockIdentity(ws.ws.db, ana.keyId, PASSPHRASE);
    const anaSigner = signingKeysOf(secret).signer;
    const put = (name: string, bytes: Buffer | string) => {
      const file = path.join(dir, `replacement-${variants.length}-${name.replace(/\W/g, '_')}`);
      fs.writeFileSync(file, bytes);
      return file;
    };
    const add = (v: Omit<Variant, 'file'>) => variants.push({ ...v, file: `v${String(variants.length).padStart(4, '0')}.mrc.zip` });

    for (const [name, bytes] of entries)
      for (const at of flipPositions(name, bytes)) {
        if (name === 'manifest.json' || name === 'manifest.json.minisig') add({ ops: [['flip', name, at]], expect: ['bad-signature'] });
        else if (name === 'author.pub') add({ ops: [['flip', name, at]], expect: ['hash-mismatch'] });
        else add({ ops: [['flip', name, at]], expect: ['hash-mismatch'], only: true, path: name });
      }
    for (const name of entries.keys()) {
      if (name === 'manifest.json') add({ ops: [['drop', name]], expect: ['not-a-package'] });
      else if (name === 'manifest.json.minisig') add({ ops: [['drop', name]], expect: ['missing-file', 'bad-signature'] });
      else if (name === 'author.pub') add({ ops: [['drop', name]], expect: ['missing-file', 'bad-signature'] });
      else add({ ops: [['drop', name]], expect: ['missing-file'], only: true, path: name });
      if (name !== 'manifest.json' && name !== 'manifest.json.minisig') add({ ops: [['rename', name, `${name}.bak`]], expect: ['missing-file', 'extra-file'] });
      add({ ops: [['dup', name]], expect: ['unsafe-path'] });
    }
    for (const extra of ['extra.txt', 'data/extra.csv', 'sources/more.xlsx', 'DATAPACKAGE.JSON.txt', 'README'])
      add({ ops: [['add', extra, 'not in the manifest']], expect: ['extra-file'], only: true, path: extra });
    for (const unsafe of ['../evil.sh', 'data/../../evil.sh', '/etc/cron.d/evil', 'C:/Windows/evil.bat', '..\\evil.bat', 'data\\evil.csv', 'data/./x.csv', 'a//b'])
      add({ ops: [['add', unsafe, 'payload']], expect: ['unsafe-path'] });
    for (const link of ['link', 'data/link.csv', 'sources/home'])
      add({ ops: [['symlink', link, '/etc/passwd']], expect: ['unsafe-path'] });
    add({ ops: [['bomb', 'data/bomb.csv', 64 * 1024 * 1024, 1000]], expect: ['too-large'] });
    add({ ops: [['bomb', 'data/bomb.csv', 64 * 1024 * 1024, 0]], expect: ['too-large'] });
    add({ ops: [['bomb', 'sources/bomb.xlsx', 32 * 1024 * 1024, 4096]], expect: ['too-large'] });

    for (let k = 0; k < 10; k++) {
      const other = { keyId: newKeyId(), seed: generateEd25519().seed };
      const otherPub = { keyId: other.keyId, publicKey: publicKeyOfSeed(other.seed) };
      const resigned = signMinisign(manifestBytes, other, `re-signed ${k}`);
      add({ ops: [['replace', 'manifest.json.minisig', put('sig', resigned)]], expect: ['bad-signature'] });
      add({
        ops: [['replace', 'manifest.json.minisig', put('sig', resigned)], ['replace', 'author.pub', put('pub', formatPublicKey(otherPub))]],
        expect: ['bad-signature', 'hash-mismatch'],
      });
    }
    const signedByAna = (m: unknown) => {
      const bytes = Buffer.from(`${JSON.stringify(m, null, 2)}\n`);
      return [['replace', 'manifest.json', put('manifest', bytes)], ['replace', 'manifest.json.minisig', put('sig', signMinisign(bytes, anaSigner, 'altered by its author'))]] as Op[];
    };
    for (const version of ['9.9.9', '0.0.1', '1.1.0-beta'])
      add({ ops: signedByAna({ ...manifest, schema: { ...manifest.schema, version } }), expect: ['unknown-schema'], only: true });
    add({ ops: signedByAna({ ...manifest, schema: { ...manifest.schema, sha256: '0'.repeat(64) } }), expect: ['unknown-schema'], only: true });
    for (const [i, listed] of manifest.files.entries()) {
      const files = manifest.files.map((f, j) => (j === i ? { ...f, sha256: 'f'.repeat(64) } : f));
      add({ ops: signedByAna({ ...manifest, files }), expect: ['hash-mismatch'], only: true, path: listed.path });
    }
    add({ ops: signedByAna({ ...manifest, kind: 'budget' }), expect: ['malformed-manifest'] });
    add({ ops: signedByAna({ ...manifest, files: undefined }), expect: ['malformed-manifest'] });

    const spec = path.join(ws.dir, 'variants.json');
    fs.writeFileSync(spec, JSON.stringify(variants.map(({ file, ops }) => ({ file, ops }))));
    execFileSync('/usr/bin/python3', ['-W', 'ignore', path.join(import.meta.dirname, 'write-variants.py'), good, dir, spec], { stdio: ['ignore', 'ignore', 'inherit'] });
  }, 300_000);
  afterAll(() => ws.close());

  it('accepts the good package as it was written', async () => {
    const { result } = await verifyPackage(ws.ws.db, good);
    expect(result).toMatchObject({ ok: true, reasons: [], signer: { trusted: true } });
  });

  it('refuses every one of more than a thousand altered copies, each with the reason that fits', async () => {
    expect(variants.length).toBeGreaterThanOrEqual(1000);
    const wrong: string[] = [];
    for (const v of variants) {
      const { result } = await verifyPackage(ws.ws.db, path.join(dir, v.file));
      const codes = result.reasons.map((r) => r.code);
      const fits =
        !result.ok &&
        v.expect.every((code) => codes.includes(code)) &&
        (!v.only || codes.every((code) => v.expect.includes(code))) &&
        (!v.path || result.reasons.some((r) => r.path === v.path));
      if (!fits) wrong.push(`${v.file} ${JSON.stringify(v.ops).slice(0, 120)}: expected ${v.expect.join('+')}${v.path ? ` at ${v.path}` : ''}, got ${JSON.stringify(result.reasons.map((r) => [r.code, r.path]))}`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
