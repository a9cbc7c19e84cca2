import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers of docs/ARCHITECTURE.md are lint rules (eslint.layers.js). Each case lints a source that
 * is not in the tree, at a path in it, through the project's own ESLint configuration, as `npm run lint` would.
 */
const root = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function problemsOf(file: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const using = (names: string) => `${names}\nexport const used = [${names.match(/\{ (.+) \}/)![1]}];\n`;

describe('layer rules', () => {
  it.each([
    {
      what: 'a feature of the core reaching into another feature, past its index.ts',
      file: 'electron/core/reconcile/forbidden.ts',
      code: using("import { getImport } from '../import/stage/staging-store';"),
      rule: 'import-x/no-restricted-paths',
      message: 'Other features use import/ only through electron/core/import/index.ts',
    },
    {
      what: 'the core importing Electron',
      file: 'electron/core/curate/forbidden.ts',
      code: using("import { app } from 'electron';"),
      rule: 'no-restricted-imports',
      message: 'electron/core and shared run without Electron',
    },
    {
      what: 'the core importing the renderer',
      file: 'electron/core/curate/forbidden.ts',
      code: using("import { api } from '../../../renderer/src/api/client';"),
      rule: 'import-x/no-restricted-paths',
      message: 'electron/core imports only shared/',
    },
    {
      what: 'a door reaching into the core past electron/core/index.ts',
      file: 'electron/cli/forbidden.ts',
      code: using("import { chooseSheet } from '../core/import/map/choose-sheet';"),
      rule: 'import-x/no-restricted-paths',
      message: 'A door uses the engine only through electron/core/index.ts',
    },
    {
      what: 'the renderer importing the engine',
      file: 'renderer/src/forbidden.ts',
      code: using("import { createApi } from '../../electron/core';"),
      rule: 'import-x/no-restricted-paths',
      message: 'The renderer talks to the engine only through the contract in shared/',
    },
    {
      what: 'shared/ importing the engine',
      file: 'shared/forbidden.ts',
      code: using("import { createApi } from '../electron/core';"),
      rule: 'import-x/no-restricted-paths',
      message: 'shared/ imports nothing of ours',
    },
    {
      what: 'an import stage using a later one',
      file: 'electron/core/import/read/forbidden.ts',
      code: using("import { getImport } from '../stage/staging-store';"),
      rule: 'import-x/no-restricted-paths',
      message: "The import's read stage uses only the stages before it",
    },
    {
      what: 'a feature importing the composition of the features',
      file: 'electron/core/match/forbidden.ts',
      code: using("import { createApi } from '../api';"),
      rule: 'import-x/no-restricted-paths',
      message: 'no feature imports them',
    },
  ])('refuses $what', async ({ file, code, rule, message }) => {
    expect(await problemsOf(file, code)).toContainEqual({ rule, message: expect.stringContaining(message) });
  });

  it('refuses an import cycle: text folding, which import uses, importing import', async () => {
    const file = 'electron/core/text/fold-text.ts';
    const code = `${fs.readFileSync(path.join(root, file), 'utf8')}${using("import { fitSheet } from '../import';")}`;
    expect(await problemsOf(file, code)).toContainEqual({ rule: 'import-x/no-cycle', message: expect.stringContaining('Dependency cycle') });
  });

  it('accepts the same imports through the entries', async () => {
    expect(await problemsOf('electron/core/reconcile/allowed.ts', using("import { getImport } from '../import';"))).toEqual([]);
    expect(await problemsOf('electron/cli/allowed.ts', using("import { chooseSheet } from '../core';"))).toEqual([]);
    expect(await problemsOf('electron/core/import/stage/allowed.ts', using("import { readSpreadsheet } from '../read/read-spreadsheet';"))).toEqual([]);
  });
});
