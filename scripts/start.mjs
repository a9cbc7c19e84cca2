// `npm start`: the desktop app when Electron's runtime is present (or can be downloaded now),
// else the browser host, saying why.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return require('electron');
  } catch {
    return undefined;
  }
}

/** npm does not run Electron's download script at install (package.json allowScripts); try it once here. */
function downloadElectron() {
  const installer = require.resolve('electron/install.js');
  if (!fs.existsSync(installer) || process.env.MRC_NO_ELECTRON_DOWNLOAD) return;
  console.log('Fetching the Electron runtime (first start only)…');
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
}

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
let electron = electronBinary();
if (!electron && !noDisplay) {
  downloadElectron();
  electron = electronBinary();
}
if (electron && !noDisplay) {
  run(electron, ['dist/electron/main.js', ...process.argv.slice(2)]);
} else {
  const why = noDisplay
    ? 'there is no display to open a window on'
    : 'the Electron runtime is not installed and could not be downloaded (no network?)';
  console.log(`Starting in browser mode, because ${why}.`);
  run(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', ...process.argv.slice(2)]);
}
