import fs from 'node:fs';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { ContactCard, OwnIdentity, Person, SealedIdentityContent } from '../../../shared/keys-contract';
import { MrcError } from '../../../shared/errors';
import { appendAudit } from '../audit';
import { withWriteLock, type Db } from '../db';
import { generateEd25519, publicKeyOfSeed } from './ed25519';
import { fingerprintOf } from './fingerprint';
import { insertIdentity, publicKeyOfId, storedIdentities, storedIdentity, updateSealed, type StoredIdentity } from './keys-store';
import { formatPublicKey, keyIdFromHex, keyIdHex, newKeyId, parsePublicKey, publicKeyLine, type MinisignPublicKey, type Signer } from './minisign';
import { sealIdentity, unsealIdentity } from './seal-identity';

/** The long fingerprint of a stored key line. */
export function fingerprintOfLine(line: string): string {
  return fingerprintOf(parsePublicKey(line)!).long;
}

const asOwn = ({ sealed: _sealed, ...rest }: StoredIdentity): OwnIdentity => ({ ...rest, fingerprint: fingerprintOfLine(rest.minisignPublicKey) });

export const listIdentities = (db: Db): OwnIdentity[] => storedIdentities(db).map(asOwn);

function mustHave(db: Db, keyId: string): StoredIdentity {
  const found = storedIdentity(db, keyId);
  if (!found) throw new MrcError('unknown-key', `No key ${keyId} in this workspace.`, { params: { keyId } });
  return found;
}

/** A signing key pair and an age identity for `person`, sealed under the passphrase; only the public half is stored open. */
export async function createIdentity(db: Db, actor: string, person: Person, passphrase: string): Promise<OwnIdentity> {
  const signing = generateEd25519();
  const keyId = newKeyId();
  const ageIdentity = await generateX25519Identity();
  const content: SealedIdentityContent = {
    format: 'mrc-identity/1',
    ...person,
    createdAt: new Date().toISOString(),
    signing: { keyId: keyIdHex(keyId), seed: signing.seed.toString('base64'), publicKey: signing.publicKey.toString('base64') },
    age: { identity: ageIdentity, recipient: await identityToRecipient(ageIdentity) },
  };
  return storeSealed(db, actor, content, await sealIdentity(content, passphrase), 'create');
}

function storeSealed(db: Db, actor: string, content: SealedIdentityContent, sealed: Uint8Array, how: 'create' | 'restore'): Promise<OwnIdentity> {
  const { signer, publicKey } = signingKeysOf(content);
  if (!publicKeyOfSeed(signer.seed).equals(publicKey.publicKey))
    throw new MrcError('not-an-identity', 'The identity’s signing key does not match its public key.', { params: { file: '' } });
  const line = publicKeyLine(publicKey);
  const { format: _format, signing, age, ...person } = content;
  const stored: StoredIdentity = { ...person, keyId: signing.keyId, minisignPublicKey: line, ageRecipient: age.recipient, sealed: Buffer.from(sealed) };
  return withWriteLock(db, {}, () => {
    const taken = publicKeyOfId(db, signing.keyId);
    if (taken === line && storedIdentity(db, signing.keyId)) return asOwn(mustHave(db, signing.keyId));
    if (taken !== undefined)
      throw new MrcError('key-id-taken', `Another key already has the id ${signing.keyId}.`, { params: { keyId: signing.keyId } });
    insertIdentity(db, stored);
    appendAudit(db, { actor, action: `identity.${how}`, entity: `key:${signing.keyId}`, details: { name: person.name, org: person.org, role: person.role } });
    return asOwn(stored);
  });
}

/** An unlocked identity's signing key, and its public key, in the forms minisign's functions take. */
export function signingKeysOf(content: SealedIdentityContent): { signer: Signer; publicKey: MinisignPublicKey } {
  const keyId = keyIdFromHex(content.signing.keyId);
  return {
    signer: { keyId, seed: Buffer.from(content.signing.seed, 'base64') },
    publicKey: { keyId, publicKey: Buffer.from(content.signing.publicKey, 'base64') },
  };
}

/** The identity with its secret keys, for signing or decrypting: the passphrase must open it. */
export async function unlockIdentity(db: Db, keyId: string, passphrase: string): Promise<SealedIdentityContent> {
  return unsealIdentity(mustHave(db, keyId).sealed, passphrase, { keyId });
}

export async function changePassphrase(db: Db, actor: string, keyId: string, passphrase: string, newPassphrase: string): Promise<OwnIdentity> {
  const content = await unlockIdentity(db, keyId, passphrase);
  const sealed = await sealIdentity(content, newPassphrase);
  return withWriteLock(db, {}, () => {
    updateSealed(db, keyId, sealed);
    appendAudit(db, { actor, action: 'identity.passphrase', entity: `key:${keyId}`, details: {} });
    return asOwn(mustHave(db, keyId));
  });
}

/** Writes the sealed identity as it is: an age file that only its passphrase opens, here or with `age -d`. */
export function backupIdentity(db: Db, keyId: string, file: string): { path: string; bytes: number } {
  const { sealed } = mustHave(db, keyId);
  fs.writeFileSync(file, sealed, { mode: 0o600 });
  return { path: file, bytes: sealed.length };
}

export async function restoreIdentity(db: Db, actor: string, file: string, passphrase: string): Promise<OwnIdentity> {
  const sealed = fs.readFileSync(file);
  const content = await unsealIdentity(sealed, passphrase, { file });
  return storeSealed(db, actor, content, sealed, 'restore');
}

export function contactCard(db: Db, keyId: string): ContactCard {
  const { name, org, email, role, minisignPublicKey, ageRecipient } = mustHave(db, keyId);
  return { format: 'mrc-contact/1', name, org, email, role, minisignPublicKey: formatPublicKey(parsePublicKey(minisignPublicKey)!), ageRecipient };
}
