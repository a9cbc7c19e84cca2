// The layers of docs/ARCHITECTURE.md, as lint rules: who may import whom, and no import cycles.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const root = path.dirname(fileURLToPath(import.meta.url));
const at = (...parts) => path.join(root, ...parts);
/** One file, written as a glob: a zone whose `from` is a glob takes only globs as exceptions. */
const only = (file) => at(path.dirname(file), `@(${path.basename(file)})`);

/** Every folder of the core is a feature; found on disk, so a new one is covered the day it appears. */
const features = fs
  .readdirSync(at('electron/core'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The import pipeline's stages, each of which may use only those before it (layout before read: a CSV is scanned for its layout while it is read). */
const importStages = ['layout', 'read', 'map', 'resolve', 'stage', 'commit'];

const DOORS = [at('electron/*.ts'), at('electron/!(core)/**')];

const zones = [
  {
    target: [at('shared/**')],
    from: [at('electron/**'), at('renderer/**'), at('tests/**'), at('scripts/**')],
    message: 'shared/ imports nothing of ours: both the engine and the UI import it.',
  },
  {
    target: [at('renderer/**')],
    from: [at('electron/**'), at('tests/**'), at('scripts/**')],
    message: 'The renderer talks to the engine only through the contract in shared/.',
  },
  {
    target: [at('electron/core/**')],
    from: [at('electron/*.ts'), at('electron/!(core)/**'), at('renderer/**'), at('tests/**'), at('scripts/**')],
    message: 'electron/core imports only shared/ (and itself): it runs under every door.',
  },
  {
    target: DOORS,
    from: [at('electron/core/**')],
    except: [only('electron/core/index.ts')],
    message: 'A door uses the engine only through electron/core/index.ts.',
  },
  {
    target: [at('electron/core/*/**')],
    from: [at('electron/core/*.ts')],
    message: 'api.ts, invoke.ts and index.ts put the features together; no feature imports them.',
  },
  ...features.map((feature) => ({
    target: [at('electron/core/*.ts'), at(`electron/core/!(${feature})/**`)],
    from: [at(`electron/core/${feature}/**`)],
    except: [only(`electron/core/${feature}/index.ts`)],
    message: `Other features use ${feature}/ only through electron/core/${feature}/index.ts.`,
  })),
  ...importStages.slice(0, -1).map((stage, i) => ({
    target: [at(`electron/core/import/${stage}/**`)],
    from: [...importStages.slice(i + 1).map((later) => at(`electron/core/import/${later}/**`)), at('electron/core/import/*.ts')],
    except: [only('electron/core/import/sheet-model.ts'), only('electron/core/import/import-issue.ts')],
    message: `The import's ${stage} stage uses only the stages before it (${importStages.join(' → ')}) and the import's model.`,
  })),
];

export const layers = [
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      // Sources import './x.js' and './x' alike; both name x.ts.
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      // Type-only imports are erased before anything runs, so they cannot form a cycle at run time.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
];
