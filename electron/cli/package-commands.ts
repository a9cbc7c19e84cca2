import fs from 'node:fs';
import path from 'node:path';
import type { VerifyResult } from '../../shared/package-contract';
import { call, stringFlag, type CliIo, type EngineCalls, type Flags, UsageError } from './call-api';
import { readPassphrase } from './passphrase';

/** `mrc export --submission ID --out FILE.mrc.zip [--key KEY_ID] [--accept-problems NOTE]`: signs with the only identity, or the one named. */
export async function exportCommand(engine: EngineCalls, flags: Flags, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const submissionId = stringFlag(flags, 'submission');
  const out = stringFlag(flags, 'out');
  if (!submissionId || !out) throw new UsageError('export needs --submission ID and --out FILE.mrc.zip');
  let keyId = stringFlag(flags, 'key');
  if (!keyId) {
    const { identities } = await call(engine, 'keys.list', {});
    if (identities.length !== 1)
      throw new UsageError(identities.length ? 'this workspace has several identities: name one with --key KEY_ID' : 'no identity to sign with: mrc keys create --name NAME --org ORGANISATION');
    keyId = identities[0]!.keyId;
  }
  const passphrase = await readPassphrase(env, `Passphrase of ${keyId}: `);
  const acceptProblems = stringFlag(flags, 'accept-problems');
  const encryptTo = Array.isArray(flags['encrypt-to']) ? (flags['encrypt-to'] as string[]) : [];
  const done = await call(engine, 'packages.export', { submissionId, keyId, passphrase, path: path.resolve(out), ...(acceptProblems ? { acceptProblems } : {}), ...(encryptTo.length ? { encryptTo } : {}) });
  const encrypted = done.encrypted ? `, encrypted to ${encryptTo.length} recipient${encryptTo.length === 1 ? '' : 's'}` : '';
  io.out(flags.json === true ? JSON.stringify(done, null, 2) : `package ${done.packageId} written to ${done.path} (${done.files} files, ${done.bytes} bytes), signed by ${keyId}${encrypted}`);
  return 0;
}

/** The packages named, a folder standing for the packages in it. */
function packagesIn(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    if (!fs.statSync(arg, { throwIfNoEntry: false })?.isDirectory()) return [arg];
    return fs
      .readdirSync(arg)
      .filter((name) => /\.mrc\.zip(\.age)?$/i.test(name))
      .sort()
      .map((name) => path.join(arg, name));
  });
}

function verdictLine(r: VerifyResult): string {
  const who = r.signer ? `${r.signer.trusted ? 'signed by' : 'valid, unknown signer'} ${r.signer.name} (${r.signer.keyId}, ${r.signer.fingerprint})` : 'no valid signature';
  if (r.ok) return `OK       ${r.file}  ${r.kind} ${r.packageId}, ${who}`;
  return `REFUSED  ${r.file}  ${r.reasons.map((x) => `${x.code}${x.path ? ` ${x.path}` : ''}: ${x.message}`).join(' | ')}`;
}

/** `mrc verify PACKAGE...`: one line (or JSON object) per package; exit 1 when any is refused. */
export async function verifyCommand(engine: EngineCalls, args: readonly string[], flags: Flags, io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const files = packagesIn(args);
  if (files.length === 0) throw new UsageError('verify needs at least one package (or a folder of *.mrc.zip files)');
  // Encrypted packages open with the passphrase of the identity they are addressed to, asked once.
  const encrypted = files.some((f) => /\.age$/i.test(f));
  const passphrase = encrypted ? await readPassphrase(env, 'Passphrase to open encrypted packages: ') : undefined;
  let refused = 0;
  for (const file of files) {
    const result = await call(engine, 'packages.verify', { path: path.resolve(file), ...(passphrase !== undefined ? { passphrase } : {}) });
    if (!result.ok) refused++;
    io.out(flags.json === true ? JSON.stringify(result) : verdictLine(result));
  }
  return refused > 0 ? 1 : 0;
}
