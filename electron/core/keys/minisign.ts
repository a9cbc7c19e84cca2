/**
 * minisign's key and signature formats (https://jedisct1.github.io/minisign/), so that the standard
 * `minisign -V` verifies what the app signs and the app verifies what `minisign -S` signs.
 *
 * A public key is `Ed` + an 8-byte key id + the 32-byte Ed25519 key. A signature is `ED` + the key id +
 * Ed25519 over the BLAKE2b-512 of the file (the prehashed form; the legacy `Ed` form signs the file
 * itself), then a trusted comment and a global signature over signature + trusted comment.
 */
import { createHash, randomBytes } from 'node:crypto';
import { signEd25519, verifyEd25519 } from './ed25519';

const KEY_ALGORITHM = Buffer.from('Ed');
const PREHASHED = Buffer.from('ED');
const LEGACY = Buffer.from('Ed');
const KEY_ID_BYTES = 8;
const UNTRUSTED = 'untrusted comment: ';
const TRUSTED = 'trusted comment: ';
/** minisign's own limit on a comment line. */
export const COMMENT_MAX_BYTES = 1024;

export interface MinisignPublicKey {
  keyId: Buffer;
  publicKey: Buffer;
}

export type SignatureFault = 'malformed' | 'other-key' | 'bad-signature' | 'bad-trusted-comment';

export type SignatureCheck = { ok: true; trustedComment: string } | { ok: false; fault: SignatureFault; message: string };

export const newKeyId = (): Buffer => randomBytes(KEY_ID_BYTES);

/** The key id as minisign prints it: the 8 bytes read as a little-endian number, in upper-case hex. */
export const keyIdHex = (keyId: Buffer): string => Buffer.from(keyId).reverse().toString('hex').toUpperCase();

/** The 8 bytes of a key id printed by keyIdHex. */
export const keyIdFromHex = (hex: string): Buffer => Buffer.from(hex, 'hex').reverse();

export function formatPublicKey({ keyId, publicKey }: MinisignPublicKey): string {
  const body = Buffer.concat([KEY_ALGORITHM, keyId, publicKey]).toString('base64');
  return `${UNTRUSTED}minisign public key ${keyIdHex(keyId)}\n${body}\n`;
}

/** The key line of a `.pub` file (base64), as the app stores and shows a key. */
export const publicKeyLine = (key: MinisignPublicKey): string => formatPublicKey(key).split('\n')[1]!;

/** Reads a `.pub` file (comment line and key line) or the bare base64 key line; undefined when it is neither. */
export function parsePublicKey(text: string): MinisignPublicKey | undefined {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const keyLine = lines[0]?.startsWith(UNTRUSTED) ? lines[1] : lines[0];
  const raw = decodeBase64(keyLine, 2 + KEY_ID_BYTES + 32);
  if (!raw || !raw.subarray(0, 2).equals(KEY_ALGORITHM)) return undefined;
  return { keyId: raw.subarray(2, 2 + KEY_ID_BYTES), publicKey: raw.subarray(2 + KEY_ID_BYTES) };
}

/** Strict base64 of an exact length: a key or signature line with one byte more or less is not one. */
function decodeBase64(line: string | undefined, length: number): Buffer | undefined {
  if (!line || !/^[A-Za-z0-9+/]+={0,2}$/.test(line)) return undefined;
  const raw = Buffer.from(line, 'base64');
  return raw.length === length && raw.toString('base64') === line ? raw : undefined;
}

const blake2b = (message: Uint8Array) => createHash('blake2b512').update(message).digest();

export interface Signer {
  keyId: Buffer;
  seed: Buffer;
}

/** A `.minisig` file's text for `message`, in the prehashed form minisign writes by default. */
export function signMinisign(message: Uint8Array, signer: Signer, trustedComment: string, untrustedComment = 'signature from Migrant Rights Curator'): string {
  if (/[\r\n]/.test(trustedComment) || Buffer.byteLength(trustedComment) > COMMENT_MAX_BYTES)
    throw new RangeError('A trusted comment is one line of at most 1024 bytes.');
  const signature = signEd25519(signer.seed, blake2b(message));
  const global = signEd25519(signer.seed, Buffer.concat([signature, Buffer.from(trustedComment)]));
  const line = Buffer.concat([PREHASHED, signer.keyId, signature]).toString('base64');
  return `${UNTRUSTED}${untrustedComment}\n${line}\n${TRUSTED}${trustedComment}\n${global.toString('base64')}\n`;
}

interface ParsedSignature {
  algorithm: Buffer;
  keyId: Buffer;
  signature: Buffer;
  trustedComment: string;
  global: Buffer;
}

/** The four lines of a `.minisig` file; undefined when they are not there. */
export function parseSignature(text: string): ParsedSignature | undefined {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const [untrusted, sigLine, trusted, globalLine] = lines;
  if (!untrusted?.startsWith(UNTRUSTED) || !trusted?.startsWith(TRUSTED)) return undefined;
  if (lines.slice(4).some((l) => l.trim() !== '')) return undefined;
  const raw = decodeBase64(sigLine, 2 + KEY_ID_BYTES + 64);
  const global = decodeBase64(globalLine, 64);
  if (!raw || !global) return undefined;
  const algorithm = raw.subarray(0, 2);
  if (!algorithm.equals(PREHASHED) && !algorithm.equals(LEGACY)) return undefined;
  return { algorithm, keyId: raw.subarray(2, 2 + KEY_ID_BYTES), signature: raw.subarray(2 + KEY_ID_BYTES), trustedComment: trusted.slice(TRUSTED.length), global };
}

/** Checks a `.minisig` over `message` against one public key, as `minisign -V` does, trusted comment included. */
export function verifyMinisign(message: Uint8Array, signatureText: string, key: MinisignPublicKey): SignatureCheck {
  const parsed = parseSignature(signatureText);
  if (!parsed) return { ok: false, fault: 'malformed', message: 'The signature file is not in minisign’s format.' };
  if (!parsed.keyId.equals(key.keyId))
    return { ok: false, fault: 'other-key', message: `The signature was made by key ${keyIdHex(parsed.keyId)}, not by ${keyIdHex(key.keyId)}.` };
  const signed = parsed.algorithm.equals(PREHASHED) ? blake2b(message) : message;
  if (!verifyEd25519(key.publicKey, signed, parsed.signature))
    return { ok: false, fault: 'bad-signature', message: 'The signature does not match the signed file.' };
  if (!verifyEd25519(key.publicKey, Buffer.concat([parsed.signature, Buffer.from(parsed.trustedComment)]), parsed.global))
    return { ok: false, fault: 'bad-trusted-comment', message: 'The trusted comment was changed after signing.' };
  return { ok: true, trustedComment: parsed.trustedComment };
}
