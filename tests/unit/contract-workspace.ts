import fs from 'node:fs';
import { createApi } from '../../electron/core/api';
import { invokeApi } from '../../electron/core/invoke';
import { openWorkspace, type Workspace } from '../../electron/core/workspace/workspace';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api';
import { makeTempDir } from './temp-dir';

export class Refusal extends Error {
  constructor(readonly code: string, message: string, readonly params: Record<string, unknown>) {
    super(message);
  }
}

export type Calls = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/** A workspace in a temporary folder, called through the contract as a door calls it. */
export function contractWorkspace(): { dir: string; ws: Workspace; api: Calls; close(): void } {
  const tmp = makeTempDir();
  const ws = openWorkspace(tmp.dir);
  const handlers = createApi(ws);
  const api = new Proxy({} as Calls, {
    get: (_, method: string) => async (input: unknown) => {
      const response = await invokeApi(handlers, method, input);
      if (!response.ok) throw new Refusal(response.error.code, response.error.message, response.error.params ?? {});
      return response.result;
    },
  });
  return {
    dir: tmp.dir,
    ws,
    api,
    close() {
      ws.close();
      tmp.cleanup();
    },
  };
}

export async function refusalOf(work: Promise<unknown>): Promise<Refusal> {
  try {
    await work;
  } catch (error) {
    return error as Refusal;
  }
  throw new Error('expected a refusal');
}

export function requireTools(...tools: string[]): void {
  for (const tool of tools)
    if (!fs.existsSync(tool)) throw new Error(`These tests need ${tool}: apt-get install -y minisign age python3-openpyxl (bash .ci/run does it).`);
}
