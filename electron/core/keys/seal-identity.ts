import { Decrypter, Encrypter } from 'age-encryption';
import { SealedIdentityContent } from '../../../shared/keys-contract';
import { MrcError } from '../../../shared/errors';

/** age's own header: a sealed identity is a standard age file, so `age -d` opens a backup with the passphrase. */
const AGE_HEADER = 'age-encryption.org/v1\n';

/** Whether the bytes are an age file (encrypted to a passphrase or to recipients). */
export const isAgeEncrypted = (bytes: Uint8Array): boolean => Buffer.from(bytes.subarray(0, AGE_HEADER.length)).toString('latin1') === AGE_HEADER;

/** Encrypts the identity under the passphrase with age's scrypt recipient (work factor 2^18, age's default). */
export async function sealIdentity(content: SealedIdentityContent, passphrase: string): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  return encrypter.encrypt(JSON.stringify(SealedIdentityContent.parse(content), null, 2));
}

/**
 * Opens a sealed identity. A wrong passphrase and a file that is no sealed identity are told apart, since one
 * means "try again" and the other "wrong file".
 */
export async function unsealIdentity(sealed: Uint8Array, passphrase: string, names: { keyId?: string; file?: string }): Promise<SealedIdentityContent> {
  const notAnIdentity = () =>
    new MrcError('not-an-identity', `${names.file ?? 'This file'} is not a Migrant Rights Curator identity backup.`, { params: { file: names.file ?? '' } });
  if (!isAgeEncrypted(sealed) || !Buffer.from(sealed.subarray(0, 256)).toString('latin1').includes('\n-> scrypt ')) throw notAnIdentity();
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  let text: string;
  try {
    text = await decrypter.decrypt(sealed, 'text');
  } catch (error) {
    // A passphrase file that does not open: the only recipient is the passphrase, so it was the wrong one.
    if (/no identity matched/i.test(String(error)))
      throw new MrcError('wrong-passphrase', `That passphrase does not open the identity${names.keyId ? ` ${names.keyId}` : ''}.`, {
        params: { keyId: names.keyId ?? '' },
      });
    throw notAnIdentity();
  }
  try {
    return SealedIdentityContent.parse(JSON.parse(text));
  } catch {
    throw notAnIdentity();
  }
}
