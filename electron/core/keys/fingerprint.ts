import { createHash } from 'node:crypto';
import { keyIdHex, type MinisignPublicKey } from './minisign';

export interface Fingerprint {
  /** minisign's key id (16 hex digits), what `minisign` prints and what names a key in lists. */
  keyId: string;
  /** 32 hex digits in eight groups, from the SHA-256 of the whole public key: read aloud to check a key by phone. */
  long: string;
}

/** A key id or fingerprint as typed or read aloud, without its spaces, colons and dashes, in upper case: for comparing. */
export const compactFingerprint = (text: string): string => text.replace(/[\s:-]/g, '').toUpperCase();

/** The long form covers the key itself, not only its id, which anyone can copy onto a key of their own. */
export function fingerprintOf(key: MinisignPublicKey): Fingerprint {
  const digest = createHash('sha256').update(Buffer.concat([Buffer.from('Ed'), key.keyId, key.publicKey])).digest('hex').toUpperCase();
  const long = digest.slice(0, 32).match(/.{4}/g)!.join(' ');
  return { keyId: keyIdHex(key.keyId), long };
}
