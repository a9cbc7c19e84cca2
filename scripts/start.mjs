// `npm start`: the desktop app when Electron's runtime is present, else the browser host, saying why.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return { path: require('electron') };
  } catch (error) {
    return { why: `the Electron runtime is not installed (${String(error.message).split('\n')[0]})` };
  }
}

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const electron = electronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (electron.path && !noDisplay) {
  run(electron.path, ['dist/electron/main.js', ...process.argv.slice(2)]);
} else {
  const why = electron.why ?? 'there is no display to open a window on';
  console.log(`Starting in browser mode, because ${why}.`);
  run(process.execPath, ['--import', 'tsx', 'electron/host/main.ts', ...process.argv.slice(2)]);
}
