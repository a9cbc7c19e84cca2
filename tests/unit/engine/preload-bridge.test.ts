import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { DesktopBridge } from '../../../shared/desktop-bridge';

const PRELOAD = path.resolve('electron/preload.ts');
const preload = fs.readFileSync(PRELOAD, 'utf8');

const config = ts.readConfigFile(path.resolve('tsconfig.json'), ts.sys.readFile.bind(ts.sys));
const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, path.resolve('.'));
const host = ts.createCompilerHost(options);
const getSourceFile = host.getSourceFile.bind(host);
/** The preload's text for the next check; every other file is read and parsed once, for all checks. */
let preloadText = preload;
const parsed = new Map<string, ts.SourceFile | undefined>();
host.getSourceFile = (file, language, ...rest) => {
  if (path.resolve(file) === PRELOAD) return ts.createSourceFile(file, preloadText, language);
  if (!parsed.has(file)) parsed.set(file, getSourceFile(file, language, ...rest));
  return parsed.get(file);
};
let previous: ts.Program | undefined;

/** The typecheck's errors in electron/preload.ts, were its text `source`, under the project's compiler options. */
function preloadErrors(source: string): string[] {
  preloadText = source;
  const program = (previous = ts.createProgram([PRELOAD], options, host, previous));
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(PRELOAD)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

function edited(from: string, to: string): string {
  expect(preload).toContain(from);
  return preload.replace(from, to);
}

let errorsAsItIs: string[];
// The first check reads the project's types (Electron's, the DOM's, Node's): the later ones reuse them.
beforeAll(() => {
  errorsAsItIs = preloadErrors(preload);
}, 120_000);

describe('the preload bridge cannot drift from the contract', () => {
  it('declares its object `satisfies DesktopBridge`, and type-checks as it is', () => {
    expect(preload).toMatch(/^} satisfies DesktopBridge;$/m);
    expect(preload).toMatch(/contextBridge\.exposeInMainWorld\('mrc', bridge\)/);
    expect(errorsAsItIs).toEqual([]);
  });

  it('fails the typecheck when it drops a member the renderer relies on', () => {
    const errors = preloadErrors(edited('  pathForFile: (file) => webUtils.getPathForFile(file),\n', ''));
    expect(errors.join('\n')).toMatch(/pathForFile/);
  });

  it('fails the typecheck when its invoke takes something other than a method of the contract', () => {
    const errors = preloadErrors(edited('invoke: (method, input) =>', 'invoke: (method: number, input: unknown) =>'));
    expect(errors.join('\n')).toMatch(/is not assignable to type '<M extends ApiMethod>\(method: M, input: ApiInput<M>\)/);
  });

  it('fails the typecheck when it exposes a member the contract does not declare', () => {
    const errors = preloadErrors(edited('} satisfies DesktopBridge;', "  readFile: (file: string) => ipcRenderer.invoke('mrc:read', file),\n} satisfies DesktopBridge;"));
    expect(errors.join('\n')).toMatch(/readFile/);
  });

  it('is what the renderer expects on window.mrc', () => {
    expectTypeOf<NonNullable<Window['mrc']>>().toEqualTypeOf<DesktopBridge>();
    expect(fs.readFileSync(path.resolve('renderer/src/api/client.ts'), 'utf8')).toMatch(/mrc\?: DesktopBridge;/);
  });
});
