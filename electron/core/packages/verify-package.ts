import fs from 'node:fs';
import path from 'node:path';
import { Manifest, type Signer, type VerifyReason, type VerifyResult } from '../../../shared/package-contract';
import type { Db } from '../db';
import { fingerprintOf, isAgeEncrypted, keyIdHex, listIdentities, listKeyring, parsePublicKey, verifyMinisign, type MinisignPublicKey } from '../keys';
import { listSchemas } from '../schema';
import { readZipDirectory } from '../zip';
import { checkEntryNames, isDirectoryEntry } from './check-entry-names';
import { inflateEntries, type InflatedEntry } from './inflate-entries';
import { decryptPackage } from './package-encryption';
import { PACKAGE_LIMITS, UNLISTED, type PackageLimits } from './package-limits';

export interface VerifiedPackage {
  result: VerifyResult;
  manifest: Manifest | null;
  /** The inflated files that `keep` asked for, by path. */
  files: Map<string, InflatedEntry>;
}

const reason = (code: VerifyReason['code'], message: string, at: string | null = null): VerifyReason => ({ code, message, path: at });

/** Who signed: trusted only as one's own identity or as a keyring entry trusted for this very key. */
function signerOf(db: Db, key: MinisignPublicKey, manifest: Manifest): Signer {
  const { keyId, long } = fingerprintOf(key);
  const line = (text: string) => parsePublicKey(text)?.publicKey.equals(key.publicKey) ?? false;
  const own = listIdentities(db).find((i) => i.keyId === keyId && line(i.minisignPublicKey));
  const known = listKeyring(db).find((k) => k.keyId === keyId && line(k.minisignPublicKey));
  const named = own ?? known;
  return { keyId, fingerprint: long, name: named?.name ?? manifest.author.name, org: named?.org ?? manifest.author.org, trusted: own !== undefined || known?.trustedAt != null };
}

function parseManifest(bytes: Buffer | undefined): { manifest: Manifest | null; reasons: VerifyReason[] } {
  if (!bytes) return { manifest: null, reasons: [reason('not-a-package', 'It has no manifest.json: it is not a Migrant Rights Curator package.', 'manifest.json')] };
  try {
    const parsed = Manifest.safeParse(JSON.parse(bytes.toString('utf8')));
    if (parsed.success) return { manifest: parsed.data, reasons: [] };
    const first = parsed.error.issues[0]!;
    return { manifest: null, reasons: [reason('malformed-manifest', `manifest.json: ${first.path.join('.') || 'the document'}: ${first.message}.`, 'manifest.json')] };
  } catch {
    return { manifest: null, reasons: [reason('malformed-manifest', 'manifest.json is not JSON.', 'manifest.json')] };
  }
}

/** The signature over manifest.json's exact bytes, by the key in author.pub, which must be the key the manifest names. */
function checkSignature(files: Map<string, InflatedEntry>, manifest: Manifest | null): { key: MinisignPublicKey | undefined; reasons: VerifyReason[] } {
  const manifestBytes = files.get('manifest.json')?.bytes;
  const signature = files.get('manifest.json.minisig')?.bytes;
  const key = parsePublicKey(files.get('author.pub')?.bytes?.toString('utf8') ?? '');
  if (!manifestBytes) return { key: undefined, reasons: [] };
  if (!signature) return { key: undefined, reasons: [reason('missing-file', 'manifest.json.minisig, the signature, is missing.', 'manifest.json.minisig'), reason('bad-signature', 'The package is not signed.')] };
  if (!key) return { key: undefined, reasons: [reason('bad-signature', 'author.pub is missing or is not a minisign public key, so the signature cannot be checked.', 'author.pub')] };
  const check = verifyMinisign(manifestBytes, signature.toString('utf8'), key);
  if (!check.ok) return { key: undefined, reasons: [reason('bad-signature', check.message, 'manifest.json.minisig')] };
  if (manifest && (manifest.author.keyId !== keyIdHex(key.keyId) || manifest.author.fingerprint !== fingerprintOf(key).long))
    return { key: undefined, reasons: [reason('bad-signature', `The manifest names the author key ${manifest.author.keyId}, but the package was signed by ${keyIdHex(key.keyId)}.`, 'author.pub')] };
  return { key, reasons: [] };
}

/** Every listed file present with its hash and size; nothing present that is not listed. */
function checkFiles(files: Map<string, InflatedEntry>, names: readonly string[], manifest: Manifest): VerifyReason[] {
  const reasons: VerifyReason[] = [];
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const file of manifest.files) {
    const found = files.get(file.path);
    if (!names.includes(file.path)) reasons.push(reason('missing-file', `${file.path} is listed in the manifest but not in the package.`, file.path));
    else if (found && (found.sha256 !== file.sha256 || found.size !== file.size))
      reasons.push(reason('hash-mismatch', `${file.path} differs from the manifest: it was changed after signing.`, file.path));
  }
  for (const name of names) if (!listed.has(name) && !UNLISTED.has(name)) reasons.push(reason('extra-file', `${name} is in the package but not in its manifest.`, name));
  return reasons;
}

function checkSchema(db: Db, manifest: Manifest): VerifyReason[] {
  const { id, version, sha256 } = manifest.schema;
  const installed = listSchemas(db).find((s) => s.id === id && s.version === version);
  if (installed?.sha256 === sha256) return [];
  const why = installed ? 'is installed here with other content' : 'is not installed here';
  return [reason('unknown-schema', `The package answers schema ${id} ${version}, which ${why}.`)];
}

/**
 * Checks a package as DESIGN.md §4 says, gathering every reason to refuse it: its zip (limits, paths, counted
 * inflation), its signature, its files against the manifest, its schema. `keep` names the files to return inflated.
 */
export async function verifyPackage(
  db: Db,
  file: string,
  options: { keep?: (name: string) => boolean; limits?: PackageLimits; passphrase?: string | undefined } = {},
): Promise<VerifiedPackage> {
  const { keep = () => false, limits = PACKAGE_LIMITS } = options;
  const name = path.basename(file);
  const refused = (reasons: VerifyReason[]): VerifiedPackage => ({ result: { file: name, ok: false, kind: null, packageId: null, signer: null, reasons }, manifest: null, files: new Map() });
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return refused([reason('not-a-package', `${name} is not a file.`)]);
  if (stat.size > limits.fileBytes) return refused([reason('too-large', `${name} is ${stat.size} bytes, over the ${limits.fileBytes} a package may be.`)]);
  let bytes: Buffer = fs.readFileSync(file);
  if (isAgeEncrypted(bytes)) {
    if (options.passphrase === undefined)
      return refused([reason('not-a-package', `${name} is encrypted (age): verify it with the passphrase of the identity it is addressed to.`)]);
    const opened = await decryptPackage(db, bytes, options.passphrase);
    if (!opened) return refused([reason('not-a-package', `${name} is encrypted to nobody whose identity this passphrase opens here.`)]);
    bytes = opened;
  }
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return refused([reason('not-a-package', `${name} is not a zip package: ${directory.reason}.`)]);
  const entries = directory.entries;
  if (entries.length > limits.entries) return refused([reason('too-large', `${name} holds ${entries.length} files, over the ${limits.entries} a package may hold.`)]);

  const reasons = checkEntryNames(entries);
  const unsafe = new Set(reasons.map((r) => r.path));
  const safe = entries.filter((e) => !unsafe.has(e.name) && !isDirectoryEntry(e));
  for (const e of entries) if (isDirectoryEntry(e) && !unsafe.has(e.name)) reasons.push(reason('extra-file', `${e.name} is a folder entry, which a package does not have.`, e.name));
  const oversized = safe.find((e) => UNLISTED.has(e.name) && e.uncompressedSize > limits.manifestBytes);
  if (oversized) return refused([...reasons, reason('too-large', `${oversized.name} is over ${limits.manifestBytes} bytes.`, oversized.name)]);
  const inflated = await inflateEntries(bytes, safe, limits, (n) => UNLISTED.has(n) || n === 'author.pub' || keep(n));
  reasons.push(...inflated.reasons);

  const { manifest, reasons: manifestReasons } = parseManifest(inflated.files.get('manifest.json')?.bytes);
  reasons.push(...manifestReasons);
  const signature = checkSignature(inflated.files, manifest);
  reasons.push(...signature.reasons);
  if (manifest) reasons.push(...checkFiles(inflated.files, safe.map((e) => e.name), manifest), ...checkSchema(db, manifest));
  const signer = signature.key && manifest ? signerOf(db, signature.key, manifest) : null;
  return {
    result: { file: name, ok: reasons.length === 0, kind: manifest?.kind ?? null, packageId: manifest?.id ?? null, signer, reasons },
    manifest,
    files: inflated.files,
  };
}
