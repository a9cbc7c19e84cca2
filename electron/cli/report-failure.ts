import { MrcError } from '../../shared/errors';
import { busyTimeoutMs, isBusyError, workspaceBusy } from '../core';
import { UsageError, type CliIo } from './call-api';

/**
 * What a failed command prints, and its exit code: 2 for wrong usage, 1 for anything refused or gone wrong.
 * A person gets one sentence, never a stack trace (MRC_DEBUG=1 adds it, for a bug report).
 */
export function reportFailure(error: unknown, usage: string, json: boolean, io: CliIo, env: NodeJS.ProcessEnv): number {
  if (error instanceof UsageError) {
    io.err(`mrc: ${error.message}\n${usage}`);
    return 2;
  }
  const refusal =
    error instanceof MrcError
      ? error
      : isBusyError(error)
        ? workspaceBusy(busyTimeoutMs(env))
        : new MrcError('internal-error', `unexpected error: ${(error as Error)?.message ?? String(error)} (MRC_DEBUG=1 shows where)`);
  if (json) io.out(JSON.stringify({ error: refusal.toShape() }, null, 2));
  io.err(`mrc: ${refusal.message}`);
  if (env.MRC_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
  return 1;
}
