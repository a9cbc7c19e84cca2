import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api';
import type { Workspace } from '../workspace';
import { exportPackage } from './export-package';
import { verifyPackage } from './verify-package';

type PackageMethod = Extract<ApiMethod, `packages.${string}`>;
export type PackageHandlers = { [M in PackageMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };

export function createPackageHandlers(ws: Workspace): PackageHandlers {
  return {
    'packages.export': (request) => exportPackage(ws.db, ws.actor, request),
    'packages.verify': async ({ path, passphrase }) => (await verifyPackage(ws.db, path, { passphrase })).result,
  };
}
