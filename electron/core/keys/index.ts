export { createKeysHandlers } from './keys-handlers';
export { unlockIdentity, listIdentities, signingKeysOf } from './identities';
export { isAgeEncrypted } from './seal-identity';
export { listKeyring } from './keyring';
export { compactFingerprint, fingerprintOf } from './fingerprint';
export { formatPublicKey, parsePublicKey, signMinisign, verifyMinisign, keyIdHex, type MinisignPublicKey, type SignatureCheck, type Signer } from './minisign';
