import type { ApiMethod, ApiOutput } from '../../shared/api';
import { MrcError } from '../../shared/errors';
import { type ApiHandlers, invokeApi } from '../core';

export class UsageError extends Error {}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export type Flags = Record<string, string | boolean | undefined>;

/** The CLI calls the engine through the contract, like every other door. */
export async function call<M extends ApiMethod>(api: ApiHandlers, method: M, input: unknown): Promise<ApiOutput<M>> {
  const response = await invokeApi(api, method, input);
  if (!response.ok) {
    const e = response.error;
    const details = e.issues?.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new MrcError(e.code, details ? `${e.message} ${details}` : e.message, e.where);
  }
  return response.result as ApiOutput<M>;
}
