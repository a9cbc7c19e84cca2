import { contract, isApiMethod } from '../../shared/api';
import { MrcError, zodIssues, type ApiResponse } from '../../shared/errors';
import type { ApiHandlers } from './api';
import { busyTimeoutMs, isBusyError, workspaceBusy } from './db';

/**
 * The one way any front door calls the engine: the method name and raw input as they arrived,
 * parsed with the contract before the engine sees them; every failure comes back as a structured error.
 */
export async function invokeApi(handlers: ApiHandlers, method: string, rawInput: unknown): Promise<ApiResponse> {
  if (!isApiMethod(method))
    return { ok: false, error: { code: 'unknown-method', message: `There is no API method "${method}".`, params: { method } } };
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success)
    return {
      ok: false,
      error: new MrcError('invalid-input', `Invalid input for ${method}.`, { params: { method }, issues: zodIssues(parsed.error) }).toShape(),
    };
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, result: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof MrcError) return { ok: false, error: error.toShape() };
    if (isBusyError(error)) return { ok: false, error: workspaceBusy(busyTimeoutMs()).toShape() };
    return { ok: false, error: { code: 'internal-error', message: (error as Error).message ?? String(error), params: {} } };
  }
}
