export { createKeysHandlers } from './keys-handlers';
export { unlockIdentity, listIdentities } from './identities';
export { listKeyring } from './keyring';
export { fingerprintOf } from './fingerprint';
export { formatPublicKey, parsePublicKey, signMinisign, verifyMinisign, keyIdHex, type MinisignPublicKey, type SignatureCheck } from './minisign';
