import { Decrypter, Encrypter } from 'age-encryption';
import { MrcError } from '../../../shared/errors';
import type { Db } from '../db';
import { AgeRecipient } from '../../../shared/keys-contract';
import { compactFingerprint, listIdentities, listKeyring, unlockIdentity } from '../keys';

/** An age recipient as given, or the one of the keyring entry (or own identity) named by key id or fingerprint. */
export function resolveRecipient(db: Db, named: string): string {
  if (AgeRecipient.safeParse(named).success) return named;
  const compact = compactFingerprint(named);
  const keys = [...listIdentities(db), ...listKeyring(db)];
  const found = keys.find((k) => k.keyId === compact || compactFingerprint(k.fingerprint) === compact);
  if (!found) throw new MrcError('unknown-key', `No key ${named} in this workspace to encrypt to: give an age recipient (age1…) or a key of the keyring.`, { params: { keyId: named } });
  if (!found.ageRecipient)
    throw new MrcError('unknown-key', `The key ${found.keyId} has no age recipient (it came as a bare minisign key): import its contact card to encrypt to it.`, { params: { keyId: found.keyId } });
  return found.ageRecipient;
}

/** The package encrypted to each recipient with age's X25519 recipients: the standard `age -d -i` decrypts it. */
export async function encryptPackage(bytes: Uint8Array, recipients: readonly string[]): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  return encrypter.encrypt(bytes);
}

/** Decrypts a package addressed to one of this workspace's identities; undefined when none of them opens it. */
export async function decryptPackage(db: Db, bytes: Uint8Array, passphrase: string): Promise<Buffer | undefined> {
  for (const identity of listIdentities(db)) {
    let secret;
    try {
      secret = await unlockIdentity(db, identity.keyId, passphrase);
    } catch {
      continue;
    }
    const decrypter = new Decrypter();
    decrypter.addIdentity(secret.age.identity);
    try {
      return Buffer.from(await decrypter.decrypt(bytes));
    } catch {
      continue;
    }
  }
  return undefined;
}
