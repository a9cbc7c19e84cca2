import { createHash } from 'node:crypto';
import type { Manifest } from '../../../shared/package-contract';
import type { SealedIdentityContent } from '../../../shared/keys-contract';
import type { QualityInputs } from '../curate';
import type { Db } from '../db';
import { buildSubmissionWorkbook } from '../export';
import { fingerprintOf, formatPublicKey, signMinisign, signingKeysOf } from '../keys';
import { listSchemas } from '../schema';
import { writeZip, type ZipInput } from '../zip';
import { dataPackage } from './data-package';
import { packageTables } from './package-tables';
import { submissionSources } from './package-store';
import { writeCsv } from './write-csv';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A source's name inside the package: its hash first, so two files of one name stay two files, then a safe name. */
function sourcePath(name: string, hash: string): string {
  const safe = name.normalize('NFC').replace(/[^\p{L}\p{N}._ -]/gu, '_').replace(/^\.+/, '_').slice(0, 120) || 'source';
  return `sources/${hash.slice(0, 12)}-${safe}`;
}

export interface BuiltPackage {
  /** The zip as parts in order (see writeZip). */
  parts: Buffer[];
  size: number;
  manifest: Manifest;
}

/**
 * The signed package of a submission (DESIGN.md §4). Everything but manifest.json's `created` and the signature
 * depends only on the data and the signer, so the same data exported twice gives the same files; the package id
 * is the hash of what it holds.
 */
export function buildPackage(db: Db, inputs: QualityInputs, signer: SealedIdentityContent, created = new Date()): BuiltPackage {
  const { submission } = inputs;
  const { signer: signing, publicKey } = signingKeysOf(signer);
  const tables = packageTables(db, inputs);
  const files: ZipInput[] = [
    { name: 'author.pub', bytes: Buffer.from(formatPublicKey(publicKey)), deflate: false },
    { name: 'datapackage.json', bytes: Buffer.from(`${JSON.stringify(dataPackage(submission, tables), null, 2)}\n`), deflate: true },
    ...tables.map((t) => ({ name: `data/${t.name}.csv`, bytes: writeCsv(t.fields.map((f) => f.name), t.rows), deflate: true })),
    { name: 'data/submission.xlsx', bytes: buildSubmissionWorkbook(db, submission.id).bytes, deflate: false },
    ...submissionSources(db, submission.id).map((s) => ({ name: sourcePath(s.name, s.sha256), bytes: s.bytes, deflate: false })),
  ];
  const listed = files.map((f) => ({ path: f.name, sha256: sha256(f.bytes), size: f.bytes.length })).sort((a, b) => (a.path < b.path ? -1 : 1));
  const schema = listSchemas(db).find((s) => s.id === submission.schemaId && s.version === submission.schemaVersion)!;
  const fingerprint = fingerprintOf(publicKey);
  const id = sha256(Buffer.from(JSON.stringify(['submission', submission.id, signer.signing.keyId, listed]))).slice(0, 32);
  const manifest: Manifest = {
    format: 'mrc-package/1',
    id,
    kind: 'submission',
    country: submission.country,
    year: submission.year,
    schema: { id: schema.id, version: schema.version, sha256: schema.sha256 },
    author: { name: signer.name, org: signer.org, keyId: fingerprint.keyId, fingerprint: fingerprint.long },
    parent: null,
    created: created.toISOString(),
    files: listed,
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  const signature = signMinisign(manifestBytes, signing, `mrc-package ${id} ${submission.country} ${submission.year} by ${fingerprint.keyId}`);
  const parts = writeZip([
    { name: 'manifest.json', bytes: manifestBytes, deflate: false },
    { name: 'manifest.json.minisig', bytes: Buffer.from(signature), deflate: false },
    ...[...files].sort((a, b) => (a.name < b.name ? -1 : 1)),
  ]);
  return { parts, size: parts.reduce((n, p) => n + p.length, 0), manifest };
}
