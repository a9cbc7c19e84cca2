import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (file: string) => fs.readFileSync(path.resolve(file), 'utf8');

function sourcesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.resolve(dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(path.resolve('.'), path.join(entry.parentPath, entry.name)));
}

/** The names each import statement of a file brings in, with the module it names. */
function importedNames(source: string): { names: string[]; from: string }[] {
  return [...source.matchAll(/^import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/gm)].map((m) => ({
    names: m[1]!.split(',').map((name) => name.replace(/^\s*type\s+/, '').trim()).filter(Boolean),
    from: m[2]!,
  }));
}

describe('main.ts runs the engine in a utility process and only relays to it', () => {
  const main = read('electron/main.ts');

  it('starts the engine with utilityProcess.fork, from engine.js next to main.js', () => {
    expect(main.match(/utilityProcess\.fork\(/g)).toHaveLength(1);
    expect(main).toMatch(/utilityProcess\.fork\(path\.join\(here, 'engine\.js'\)/);
    expect(main).toMatch(/new EngineClient\(utilityProcess\.fork\(/);
  });

  it('does not import the core, nor the in-process engine entry', () => {
    const modules = [...main.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(modules.filter((module) => module!.startsWith('./core') || module === './engine/engine')).toEqual([]);
    expect(modules.filter((module) => module!.startsWith('./engine/'))).toEqual(['./engine/engine-client']);
  });

  it('relays a call to the engine only after checking its sender and the files it names', () => {
    expect(main).toMatch(
      /if \(!fromAppPage\(event\)\) return \{ ok: false, error: \{ code: 'forbidden'[^\n]*\n\s+const unchosen = unchosenFileRefusal\([^\n]*\n\s+if \(unchosen\) return \{ ok: false, error: unchosen \};\n\s+return engine\.call\(String\(method\), input\);/,
    );
    expect(main.match(/engine\.call\(/g)).toHaveLength(1);
  });

  it('sends each window the engine’s progress until it closes, and lets the engine close its workspace before quitting', () => {
    expect(main).toMatch(/const stopProgress = engine\.onProgress\(\(event\) => win\.webContents\.send\('mrc:progress', event\)\);\s+win\.on\('closed', stopProgress\);/);
    expect(main).toMatch(/app\.on\('will-quit', \(event\) => \{[^}]*event\.preventDefault\(\);\s+void closing\.close\(\)\.finally\(\(\) => app\.quit\(\)\);/);
  });
});

describe('the engine is built and shipped next to main', () => {
  it('is bundled by build-node.mjs into dist/electron/engine.js, beside main.js and the parse worker', () => {
    const build = read('scripts/build-node.mjs');
    expect(build).toMatch(/entryPoints: \['electron\/main\.ts'\], outfile: 'dist\/electron\/main\.js', format: 'esm'/);
    expect(build).toMatch(/entryPoints: \['electron\/engine\/engine-process\.ts'\], outfile: 'dist\/electron\/engine\.js', format: 'esm'/);
    expect(build).toMatch(/outfile: 'dist\/electron\/parse-worker\.js'/);
  });

  it('is packaged: electron-builder.yml ships all of dist and leaves out only source maps', () => {
    const files = read('electron-builder.yml').match(/^files:\n((?: {2}- .*\n)+)/m)![1]!.split('\n').filter(Boolean).map((line) => line.replace(/^ {2}- /, ''));
    expect(files).toEqual(['dist/**/*', 'package.json', '"!**/*.map"']);
  });
});

describe('the core is opened in one place outside it', () => {
  const doors = sourcesUnder('electron').filter((file) => !file.startsWith(path.join('electron', 'core')));

  it('only electron/engine/engine.ts imports createApi, openWorkspace, invokeApi or ProgressBus', () => {
    const opening = doors.filter((file) =>
      importedNames(read(file)).some(({ names }) => names.some((name) => ['createApi', 'openWorkspace', 'invokeApi', 'ProgressBus'].includes(name))),
    );
    expect(opening).toEqual([path.join('electron', 'engine', 'engine.ts')]);
  });

  it('the engine’s process modules never import electron, so they run under Node as in a utility process', () => {
    for (const file of sourcesUnder('electron/engine')) expect(read(file), file).not.toMatch(/from 'electron'/);
  });
});
