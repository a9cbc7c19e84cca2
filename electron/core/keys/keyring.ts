import fs from 'node:fs';
import path from 'node:path';
import { ContactCard, type KeyringEntry, type Role } from '../../../shared/keys-contract';
import { MrcError } from '../../../shared/errors';
import { appendAudit } from '../audit';
import { withWriteLock, type Db } from '../db';
import { fingerprintOfLine } from './identities';
import { deleteKeyringEntry, publicKeyOfId, setTrust, storedKeyring, storedKeyringEntry, upsertKeyringEntry, type StoredKeyringEntry } from './keys-store';
import { compactFingerprint } from './fingerprint';
import { keyIdHex, parsePublicKey, publicKeyLine, type MinisignPublicKey } from './minisign';

/** A public key file is small; anything larger is not one. */
const MAX_KEY_FILE_BYTES = 64 * 1024;

const withFingerprint = (entry: StoredKeyringEntry): KeyringEntry => ({ ...entry, fingerprint: fingerprintOfLine(entry.minisignPublicKey) });

export const listKeyring = (db: Db): KeyringEntry[] => storedKeyring(db).map(withFingerprint);

function mustHave(db: Db, keyId: string): StoredKeyringEntry {
  const found = storedKeyringEntry(db, keyId);
  if (!found) throw new MrcError('unknown-key', `No key ${keyId} in this workspace.`, { params: { keyId } });
  return found;
}

interface ReadKey {
  key: MinisignPublicKey;
  name: string;
  org: string;
  email: string | null;
  ageRecipient: string | null;
}

/** A contact card (JSON) or a minisign `.pub` file; a bare `.pub` names nobody, so its owner is its key id until trusted. */
function readKeyFile(file: string): ReadKey {
  const refuse = () => new MrcError('not-a-public-key', `${path.basename(file)} holds neither a minisign public key nor a contact card.`, { params: { file: path.basename(file) } });
  if (fs.statSync(file).size > MAX_KEY_FILE_BYTES) throw refuse();
  const text = fs.readFileSync(file, 'utf8');
  if (text.trimStart().startsWith('{')) {
    let card: ContactCard;
    try {
      card = ContactCard.parse(JSON.parse(text));
    } catch {
      throw refuse();
    }
    const key = parsePublicKey(card.minisignPublicKey);
    if (!key) throw refuse();
    return { key, name: card.name, org: card.org, email: card.email, ageRecipient: card.ageRecipient };
  }
  const key = parsePublicKey(text);
  if (!key) throw refuse();
  return { key, name: `minisign key ${keyIdHex(key.keyId)}`, org: '—', email: null, ageRecipient: null };
}

/** Adds a key to the keyring, untrusted; a key already there keeps its trust, and gains an age recipient if it had none. */
export function importKey(db: Db, actor: string, file: string): Promise<KeyringEntry> {
  const read = readKeyFile(file);
  const keyId = keyIdHex(read.key.keyId);
  const line = publicKeyLine(read.key);
  return withWriteLock(db, {}, () => {
    const taken = publicKeyOfId(db, keyId);
    if (taken !== undefined && taken !== line)
      throw new MrcError('key-id-taken', `Another key already has the id ${keyId}: this one is refused.`, { params: { keyId } });
    upsertKeyringEntry(db, { keyId, minisignPublicKey: line, name: read.name, org: read.org, email: read.email, ageRecipient: read.ageRecipient, addedAt: new Date().toISOString() });
    appendAudit(db, { actor, action: 'keyring.import', entity: `key:${keyId}`, details: { name: read.name, org: read.org } });
    return withFingerprint(mustHave(db, keyId));
  });
}

/**
 * Trusts a key for a role once the person has checked its fingerprint with its owner: the fingerprint they
 * checked must be this key's, so a trust given to the wrong key is refused rather than recorded.
 */
export function trustKey(db: Db, actor: string, keyId: string, checked: string, role: Role): Promise<KeyringEntry> {
  return withWriteLock(db, {}, () => {
    const entry = withFingerprint(mustHave(db, keyId));
    if (compactFingerprint(checked) !== compactFingerprint(entry.fingerprint))
      throw new MrcError('fingerprint-mismatch', `The fingerprint checked (${checked}) is not this key's (${entry.fingerprint}).`, {
        params: { checked, fingerprint: entry.fingerprint },
      });
    setTrust(db, keyId, { role, at: new Date().toISOString() });
    appendAudit(db, { actor, action: 'keyring.trust', entity: `key:${keyId}`, details: { role, fingerprint: entry.fingerprint } });
    return withFingerprint(mustHave(db, keyId));
  });
}

export function distrustKey(db: Db, actor: string, keyId: string): Promise<KeyringEntry> {
  return withWriteLock(db, {}, () => {
    mustHave(db, keyId);
    setTrust(db, keyId, null);
    appendAudit(db, { actor, action: 'keyring.distrust', entity: `key:${keyId}`, details: {} });
    return withFingerprint(mustHave(db, keyId));
  });
}

export function removeKey(db: Db, actor: string, keyId: string): Promise<{ removed: string }> {
  return withWriteLock(db, {}, () => {
    mustHave(db, keyId);
    deleteKeyringEntry(db, keyId);
    appendAudit(db, { actor, action: 'keyring.remove', entity: `key:${keyId}`, details: {} });
    return { removed: keyId };
  });
}
