import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api';
import type { Workspace } from '../workspace';
import { backupIdentity, changePassphrase, contactCard, createIdentity, listIdentities, restoreIdentity } from './identities';
import { distrustKey, importKey, listKeyring, removeKey, trustKey } from './keyring';

type KeysMethod = Extract<ApiMethod, `keys.${string}` | `keyring.${string}`>;
export type KeysHandlers = { [M in KeysMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

export function createKeysHandlers(ws: Workspace): KeysHandlers {
  const { db, actor } = ws;
  return {
    'keys.list': () => ({ identities: listIdentities(db), keyring: listKeyring(db) }),
    'keys.create': ({ passphrase, ...person }) => createIdentity(db, actor, person, passphrase),
    'keys.changePassphrase': ({ keyId, passphrase, newPassphrase }) => changePassphrase(db, actor, keyId, passphrase, newPassphrase),
    'keys.backup': ({ keyId, path }) => backupIdentity(db, keyId, path),
    'keys.restore': ({ path, passphrase }) => restoreIdentity(db, actor, path, passphrase),
    'keys.contactCard': ({ keyId }) => contactCard(db, keyId),
    'keyring.import': ({ path }) => importKey(db, actor, path),
    'keyring.trust': ({ keyId, fingerprint, role }) => trustKey(db, actor, keyId, fingerprint, role),
    'keyring.distrust': ({ keyId }) => distrustKey(db, actor, keyId),
    'keyring.remove': ({ keyId }) => removeKey(db, actor, keyId),
  };
}
