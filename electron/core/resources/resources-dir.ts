import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the embedded resources (default schema, samples) live. A packaged app sets MRC_RESOURCES;
 * from sources or a build folder we walk up to the project root, which holds `resources/`.
 */
export function resourcesDir(): string {
  if (process.env.MRC_RESOURCES) return process.env.MRC_RESOURCES;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(candidate, 'schema'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the resources folder (set MRC_RESOURCES)');
    dir = parent;
  }
}
