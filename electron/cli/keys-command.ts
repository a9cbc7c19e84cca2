import fs from 'node:fs';
import type { KeyringEntry, OwnIdentity } from '../../shared/keys-contract';
import { call, stringFlag, type CliIo, type EngineCalls, type Flags, UsageError } from './call-api';
import { readPassphrase } from './passphrase';

const identityLine = (k: OwnIdentity) =>
  `${k.keyId}  ${k.name} (${k.org}), ${k.role}, own identity\n    fingerprint ${k.fingerprint}\n    minisign ${k.minisignPublicKey}\n    age      ${k.ageRecipient}`;

const keyringLine = (k: KeyringEntry) =>
  `${k.keyId}  ${k.name} (${k.org}), ${k.trustedAt ? `trusted as ${k.role}` : 'NOT trusted'}\n    fingerprint ${k.fingerprint}\n    minisign ${k.minisignPublicKey}\n    age      ${k.ageRecipient ?? '(none)'}`;

/**
 * `mrc keys create|list|import|trust|export`: the user's own identities and the keyring of others' public keys.
 * `trust` wants the fingerprint the user checked with the key's owner, typed back.
 */
export async function keysCommand(engine: EngineCalls, action: string | undefined, rest: readonly string[], flags: Flags, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const json = flags.json === true;
  const print = (value: unknown, human: string) => io.out(json ? JSON.stringify(value, null, 2) : human);
  if (action === 'create' && rest.length === 0) {
    const name = stringFlag(flags, 'name');
    const org = stringFlag(flags, 'org');
    if (!name || !org) throw new UsageError('keys create needs --name NAME and --org ORGANISATION');
    const passphrase = await readPassphrase(env, 'Passphrase for the new identity: ');
    const created = await call(engine, 'keys.create', { name, org, email: stringFlag(flags, 'email') ?? null, role: stringFlag(flags, 'role') ?? 'expert', passphrase });
    print(created, identityLine(created));
    return 0;
  }
  if (action === 'list' && rest.length === 0) {
    const { identities, keyring } = await call(engine, 'keys.list', {});
    const lines = [...identities.map(identityLine), ...keyring.map(keyringLine)];
    print([...identities.map((k) => ({ ...k, own: true, trusted: true })), ...keyring.map((k) => ({ ...k, own: false, trusted: k.trustedAt !== null }))], lines.length ? lines.join('\n') : 'no keys yet: mrc keys create --name NAME --org ORGANISATION');
    return 0;
  }
  if (action === 'import' && rest.length === 1) {
    const entry = await call(engine, 'keyring.import', { path: rest[0] });
    print(entry, `${keyringLine(entry)}\ncheck the fingerprint with its owner, then: mrc keys trust ${entry.keyId} --fingerprint "…" --role ROLE`);
    return 0;
  }
  if (action === 'trust' && rest.length === 1) {
    const fingerprint = stringFlag(flags, 'fingerprint');
    const role = stringFlag(flags, 'role');
    if (!fingerprint || !role) throw new UsageError('keys trust needs --fingerprint "the fingerprint you checked" and --role expert|reviewer|central');
    const entry = await call(engine, 'keyring.trust', { keyId: rest[0], fingerprint, role });
    print(entry, keyringLine(entry));
    return 0;
  }
  if (action === 'export' && rest.length === 1) {
    const card = await call(engine, 'keys.contactCard', { keyId: rest[0] });
    const out = stringFlag(flags, 'out');
    if (out) fs.writeFileSync(out, `${JSON.stringify(card, null, 2)}\n`);
    else io.out(JSON.stringify(card, null, 2));
    return 0;
  }
  throw new UsageError(`unknown command: keys ${[action, ...rest].filter(Boolean).join(' ')}`);
}
