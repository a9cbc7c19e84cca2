// Bundles the Electron main process, the engine's process and the preload. The CLI and the browser host run from sources through tsx.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning' };

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.js', format: 'esm' });
// The engine runs in a utility process that main forks from this file, next to its own bundle.
await build({ ...common, entryPoints: ['electron/engine/engine-process.ts'], outfile: 'dist/electron/engine.js', format: 'esm' });
// The spreadsheet reader runs on a worker thread of the engine, loaded from a file next to the engine's bundle.
await build({ ...common, entryPoints: ['electron/core/import/read/parse-worker.ts'], outfile: 'dist/electron/parse-worker.js', format: 'esm' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' });
