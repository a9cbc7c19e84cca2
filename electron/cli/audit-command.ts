import { call, type CliIo, type EngineCalls, type Flags, UsageError } from './call-api';

/**
 * `mrc audit verify`: walks the audit log's hash chain. Exit 0 when it holds; exit 1 naming the first
 * entry that breaks it, and what is wrong with it (altered, removed, inserted).
 */
export async function auditCommand(engine: EngineCalls, action: string | undefined, rest: readonly string[], flags: Flags, io: CliIo): Promise<number> {
  if (action !== 'verify' || rest.length) throw new UsageError(`unknown command: audit ${[action, ...rest].filter(Boolean).join(' ')}`);
  const started = performance.now();
  const verdict = await call(engine, 'audit.verify', {});
  const ms = Math.round(performance.now() - started);
  if (flags.json === true) io.out(JSON.stringify({ ...verdict, ms }, null, 2));
  else if (verdict.ok) io.out(`audit log holds: ${verdict.entries} entries chained, checked in ${ms} ms`);
  else io.err(`mrc: the audit log is broken at entry ${verdict.firstBreak?.seq} (${verdict.firstBreak?.problem}): ${verdict.firstBreak?.message} The ${verdict.entries} entries before it hold.`);
  return verdict.ok ? 0 : 1;
}
