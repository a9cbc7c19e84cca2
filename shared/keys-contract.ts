import { z } from 'zod';

/** What a person does in the network: the role a key signs as, and what a keyring entry is trusted for. */
export const Role = z.enum(['expert', 'reviewer', 'central']);
export type Role = z.infer<typeof Role>;

/** minisign's key id: 16 upper-case hex digits. */
export const KeyId = z.string().regex(/^[0-9A-F]{16}$/, 'a key id is 16 hex digits, as minisign prints it');
export const AgeRecipient = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/, 'an age recipient looks like age1… (62 characters)');
/** Never logged, never stored: a passphrase only unlocks or seals an identity during the call. */
export const Passphrase = z.string().min(8, 'a passphrase has at least 8 characters').max(1024);

const Text = (max: number) => z.string().trim().min(1).max(max);
const Email = z.string().trim().email().max(320);

/** Who a key belongs to, as its owner said. */
export const Person = z.object({
  name: Text(200),
  org: Text(200),
  email: Email.nullable(),
  role: Role,
});
export type Person = z.infer<typeof Person>;

/** A key as a list shows it: who, its fingerprints, and what it can be used for. */
export const PublicKeyCard = Person.extend({
  keyId: KeyId,
  /** 32 hex digits in groups, of the whole key: read aloud to check a key by phone. */
  fingerprint: z.string(),
  /** The key line of a minisign `.pub` file (base64). */
  minisignPublicKey: z.string(),
  ageRecipient: AgeRecipient.nullable(),
});
export type PublicKeyCard = z.infer<typeof PublicKeyCard>;

/** One of the user's own identities: its secret keys stay sealed under its passphrase. */
export const OwnIdentity = PublicKeyCard.extend({ ageRecipient: AgeRecipient, createdAt: z.string() });
export type OwnIdentity = z.infer<typeof OwnIdentity>;

/** Someone else's public key: trusted only once its fingerprint was checked with its owner. */
export const KeyringEntry = PublicKeyCard.extend({
  role: Role.nullable(),
  trustedAt: z.string().nullable(),
  addedAt: z.string(),
});
export type KeyringEntry = z.infer<typeof KeyringEntry>;

/**
 * An identity's secrets, as sealed in the workspace and in a backup: an age file encrypted under the passphrase
 * (scrypt), so the standard `age -d` opens a backup too.
 */
export const SealedIdentityContent = Person.extend({
  format: z.literal('mrc-identity/1'),
  createdAt: z.string(),
  signing: z.object({ keyId: KeyId, seed: z.base64(), publicKey: z.base64() }),
  age: z.object({ identity: z.string().startsWith('AGE-SECRET-KEY-1'), recipient: AgeRecipient }),
});
export type SealedIdentityContent = z.infer<typeof SealedIdentityContent>;

/** What `mrc keys export` writes and the keyring imports: the public half of an identity. */
export const ContactCard = Person.extend({
  format: z.literal('mrc-contact/1'),
  minisignPublicKey: z.string(),
  ageRecipient: AgeRecipient,
});
export type ContactCard = z.infer<typeof ContactCard>;

const FilePath = z.string().min(1).max(4096);
const Own = z.object({ keyId: KeyId }).strict();

export const keysMethods = {
  'keys.list': { input: z.object({}).strict(), output: z.object({ identities: z.array(OwnIdentity), keyring: z.array(KeyringEntry) }) },
  /** Makes a signing key (Ed25519) and an age identity (X25519), sealed under the passphrase. */
  'keys.create': { input: Person.extend({ passphrase: Passphrase }).strict(), output: OwnIdentity },
  'keys.changePassphrase': { input: Own.extend({ passphrase: z.string().max(1024), newPassphrase: Passphrase }).strict(), output: OwnIdentity },
  /** Writes the sealed identity to a file: it opens only with the passphrase, here or with `age -d`. */
  'keys.backup': { input: Own.extend({ path: FilePath }).strict(), output: z.object({ path: z.string(), bytes: z.number().int() }) },
  'keys.restore': { input: z.object({ path: FilePath, passphrase: z.string().max(1024) }).strict(), output: OwnIdentity },
  /** The public half of an identity, for others' keyrings. */
  'keys.contactCard': { input: Own, output: ContactCard },
  /** Adds a minisign `.pub` file or a contact card to the keyring, untrusted. */
  'keyring.import': { input: z.object({ path: FilePath }).strict(), output: KeyringEntry },
  'keyring.trust': { input: z.object({ keyId: KeyId, fingerprint: z.string(), role: Role }).strict(), output: KeyringEntry },
  'keyring.distrust': { input: z.object({ keyId: KeyId }).strict(), output: KeyringEntry },
  'keyring.remove': { input: z.object({ keyId: KeyId }).strict(), output: z.object({ removed: KeyId }) },
} as const;
