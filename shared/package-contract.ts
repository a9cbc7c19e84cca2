import { z } from 'zod';
import { KeyId } from './keys-contract';

export const PackageKind = z.enum(['submission', 'review', 'schema']);
export type PackageKind = z.infer<typeof PackageKind>;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** A path inside a package: relative, forward slashes, no `.` or `..` segment. */
export const PackagePath = z
  .string()
  .min(1)
  .max(512)
  .regex(/^(?!\/)(?!.*\/\/)(?!.*(^|\/)\.\.?(\/|$))[^\\\0:]+$/, 'a relative path with forward slashes and no . or .. segment');

export const ManifestFile = z.object({ path: PackagePath, sha256: Sha256, size: z.number().int().min(0) }).strict();

/** manifest.json: signed as its exact bytes; every other file of the package is listed here with its hash and size. */
export const Manifest = z
  .object({
    format: z.literal('mrc-package/1'),
    id: z.string().regex(/^[0-9a-f]{32}$/),
    kind: PackageKind,
    country: z.string().regex(/^[A-Z]{3}$/),
    year: z.number().int(),
    schema: z.object({ id: z.string().min(1), version: z.string().min(1), sha256: Sha256 }).strict(),
    author: z.object({ name: z.string(), org: z.string(), keyId: KeyId, fingerprint: z.string() }).strict(),
    parent: z.string().regex(/^[0-9a-f]{32}$/).nullable(),
    created: z.iso.datetime(),
    files: z.array(ManifestFile),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;

/** Why a package is refused: stable codes, the same in `mrc verify --json` and the UI. */
export const RefusalReason = z.enum([
  'bad-signature',
  'hash-mismatch',
  'missing-file',
  'extra-file',
  'unsafe-path',
  'too-large',
  'not-a-package',
  'unknown-schema',
  'malformed-manifest',
]);
export type RefusalReason = z.infer<typeof RefusalReason>;

export const VerifyReason = z.object({ code: RefusalReason, message: z.string(), path: z.string().nullable() });
export type VerifyReason = z.infer<typeof VerifyReason>;

export const Signer = z.object({
  keyId: KeyId,
  fingerprint: z.string(),
  name: z.string(),
  org: z.string(),
  /** Trusted only when the key is one's own or a keyring entry trusted after its fingerprint was checked. */
  trusted: z.boolean(),
});
export type Signer = z.infer<typeof Signer>;

export const VerifyResult = z.object({
  file: z.string(),
  ok: z.boolean(),
  kind: PackageKind.nullable(),
  packageId: z.string().nullable(),
  /** Who signed it, when the signature verifies against the package's own author.pub. */
  signer: Signer.nullable(),
  reasons: z.array(VerifyReason),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

const FilePath = z.string().min(1).max(4096);

export const packageMethods = {
  /**
   * Signs the submission as a package: refused while a problem is not accepted, unless `acceptProblems` gives
   * the note that accepts every one left (for scripted exports).
   */
  'packages.export': {
    input: z
      .object({
        submissionId: z.string().min(1),
        keyId: KeyId,
        passphrase: z.string().max(1024),
        path: FilePath,
        acceptProblems: z.string().trim().min(1).max(2000).optional(),
        /** Age recipients (age1…) or key ids / fingerprints of keys that have one: the package is encrypted to them. */
        encryptTo: z.array(z.string().min(1).max(200)).max(50).optional(),
      })
      .strict(),
    output: z.object({ path: z.string(), packageId: z.string(), bytes: z.number().int(), files: z.number().int(), encrypted: z.boolean() }),
  },
  /** An age-encrypted package is opened with the passphrase of the identity it is addressed to. */
  'packages.verify': { input: z.object({ path: FilePath, passphrase: z.string().max(1024).optional() }).strict(), output: VerifyResult },
} as const;
