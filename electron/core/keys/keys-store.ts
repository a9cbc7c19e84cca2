import type { KeyringEntry, OwnIdentity, Person, Role } from '../../../shared/keys-contract';
import type { Db } from '../db';

/** The queries behind identities and the keyring: one function per query. */

interface PublicHalf {
  keyId: string;
  minisignPublicKey: string;
  fingerprint: string;
}

export interface StoredIdentity extends Omit<OwnIdentity, 'fingerprint'> {
  sealed: Buffer;
}

const IDENTITY_COLUMNS = `key_id AS keyId, name, org, email, role, public_key AS minisignPublicKey, age_recipient AS ageRecipient,
  created_at AS createdAt, sealed`;

export function storedIdentities(db: Db): StoredIdentity[] {
  return db.prepare(`SELECT ${IDENTITY_COLUMNS} FROM identities ORDER BY created_at, key_id`).all() as StoredIdentity[];
}

export function storedIdentity(db: Db, keyId: string): StoredIdentity | undefined {
  return db.prepare(`SELECT ${IDENTITY_COLUMNS} FROM identities WHERE key_id = ?`).get(keyId) as StoredIdentity | undefined;
}

export function insertIdentity(db: Db, identity: StoredIdentity): void {
  db.prepare(
    `INSERT INTO identities (key_id, name, org, email, role, public_key, age_recipient, sealed, created_at)
     VALUES (@keyId, @name, @org, @email, @role, @minisignPublicKey, @ageRecipient, @sealed, @createdAt)`,
  ).run(identity);
}

export function updateSealed(db: Db, keyId: string, sealed: Uint8Array): void {
  db.prepare('UPDATE identities SET sealed = ? WHERE key_id = ?').run(Buffer.from(sealed), keyId);
}

export type StoredKeyringEntry = Omit<KeyringEntry, 'fingerprint'>;

const KEYRING_COLUMNS = `key_id AS keyId, name, org, email, role, public_key AS minisignPublicKey, age_recipient AS ageRecipient,
  trusted_at AS trustedAt, added_at AS addedAt`;

export function storedKeyring(db: Db): StoredKeyringEntry[] {
  return db.prepare(`SELECT ${KEYRING_COLUMNS} FROM keyring ORDER BY name, key_id`).all() as StoredKeyringEntry[];
}

export function storedKeyringEntry(db: Db, keyId: string): StoredKeyringEntry | undefined {
  return db.prepare(`SELECT ${KEYRING_COLUMNS} FROM keyring WHERE key_id = ?`).get(keyId) as StoredKeyringEntry | undefined;
}

/** The public key a key id names anywhere in the workspace (own identity or keyring), to refuse a second key under it. */
export function publicKeyOfId(db: Db, keyId: string): string | undefined {
  const row = db
    .prepare('SELECT public_key AS key FROM identities WHERE key_id = ? UNION ALL SELECT public_key FROM keyring WHERE key_id = ? LIMIT 1')
    .get(keyId, keyId) as { key: string } | undefined;
  return row?.key;
}

export function upsertKeyringEntry(db: Db, entry: Omit<PublicHalf, 'fingerprint'> & Omit<Person, 'role'> & { ageRecipient: string | null; addedAt: string }): void {
  db.prepare(
    `INSERT INTO keyring (key_id, name, org, email, role, public_key, age_recipient, trusted_at, added_at)
     VALUES (@keyId, @name, @org, @email, NULL, @minisignPublicKey, @ageRecipient, NULL, @addedAt)
     ON CONFLICT (key_id) DO UPDATE SET name = excluded.name, org = excluded.org, email = excluded.email,
       age_recipient = coalesce(excluded.age_recipient, keyring.age_recipient)`,
  ).run(entry);
}

export function setTrust(db: Db, keyId: string, trust: { role: Role; at: string } | null): void {
  db.prepare('UPDATE keyring SET trusted_at = ?, role = coalesce(?, role) WHERE key_id = ?').run(trust?.at ?? null, trust?.role ?? null, keyId);
}

export function deleteKeyringEntry(db: Db, keyId: string): void {
  db.prepare('DELETE FROM keyring WHERE key_id = ?').run(keyId);
}
