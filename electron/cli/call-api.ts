import type { ApiMethod, ApiOutput } from '../../shared/api';
import { MrcError } from '../../shared/errors';
import type { Engine } from '../engine/engine';

export class UsageError extends Error {}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export type Flags = Record<string, string | string[] | boolean | undefined>;

/** A flag that takes a value, or undefined when it was not given. */
export const stringFlag = (flags: Flags, name: string): string | undefined => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);

/** What the CLI's commands need of the engine: its requests, by method and input. */
export type EngineCalls = Pick<Engine, 'handle'>;

/** The CLI calls the engine through the contract, like every other door. */
export async function call<M extends ApiMethod>(api: EngineCalls, method: M, input: unknown): Promise<ApiOutput<M>> {
  const response = await api.handle(method, input);
  if (!response.ok) {
    const e = response.error;
    const details = e.issues?.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new MrcError(e.code, details ? `${e.message} ${details}` : e.message, e);
  }
  return response.result as ApiOutput<M>;
}
