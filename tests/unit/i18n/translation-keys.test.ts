import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/en.json';
import { FIELDS, RecordKind } from '../../../shared/records';
import { FIELD_KEYS } from '../../../renderer/src/import/import-keys';
import { baseOf, keyUsageOf, keyUsageUnder, leafKeys } from './translation-key-usage';

/*
 * Every translation key the renderer uses is written literally, so this test can list them: each one has its
 * sentence in en.json, and each sentence of en.json is used, so a translator translates nothing dead.
 */

const RENDERER = path.resolve(__dirname, '../../../renderer/src');
const usage = keyUsageUnder(RENDERER);
const leaves = leafKeys(en);
const sentences = new Set(leaves.map(baseOf));

describe('the translation keys of the renderer', () => {
  it('reads every source file of the renderer and finds its keys', () => {
    expect(usage.files).toBeGreaterThan(60);
    expect(usage.keys.size).toBeGreaterThan(500);
    expect(usage.keys).toContain('nav.import');
    expect(usage.keys).toContain('messages.codes.too-long');
  });

  it('writes the key of every t() call literally, or takes it from a key map', () => {
    expect(usage.unlisted).toEqual([]);
  });

  it('has a sentence in en.json for every key the renderer uses, a plural key through its _one/_other forms', () => {
    expect([...usage.keys].filter((key) => !sentences.has(key)).sort()).toEqual([]);
  });

  it('uses every sentence of en.json', () => {
    expect(leaves.filter((leaf) => !usage.keys.has(leaf) && !usage.keys.has(baseOf(leaf)))).toEqual([]);
  });

  it('names every field a column can map to (field ids travel as strings, so the typecheck cannot)', () => {
    const fieldIds = new Set(RecordKind.options.flatMap((kind) => FIELDS[kind].map((field) => field.id)));
    expect([...fieldIds].filter((id) => !Object.hasOwn(FIELD_KEYS, id))).toEqual([]);
  });
});

describe('the key extractor', () => {
  const snippet = (text: string) => keyUsageOf('snippet.tsx', text);

  it('reports a key built at run time, from a template, a variable or a property', () => {
    const found = snippet(
      [
        'const a = t(`nav.${place}`);',
        'const b = i18n.t(key);',
        "const c = t(problem.key, { count: 2 });",
        "const d = t(ok ? 'x.yes' : `x.${no}`);",
      ].join('\n'),
    );
    expect(found.unlisted.map((line) => line.split(':')[1])).toEqual(['1', '2', '3', '4']);
    expect([...found.keys]).toEqual([]);
  });

  it('takes literal keys, both branches of a literal choice, key maps and <Trans i18nKey>', () => {
    const found = snippet(
      [
        "const PLACE_KEYS = { import: 'nav.import', keys: 'nav.keys' } as const satisfies Record<'import' | 'keys', string>;",
        "const KIND_KEYS = { answers: { label: 'import.kinds.answers.label' } } as const;",
        "const a = t('app.title');",
        "const b = t(busy ? 'undo.undone' : 'undo.redone', { action });",
        'const c = t(PLACE_KEYS[place]);',
        'const d = t(KIND_KEYS[kind].label);',
        "const e = t(REFUSAL_KEYS[code] ?? 'import.refusal.other');",
        'const f = <Trans i18nKey="import.file.dropHere" />;',
      ].join('\n'),
    );
    expect(found.unlisted).toEqual([]);
    expect([...found.keys].sort()).toEqual(
      ['app.title', 'import.file.dropHere', 'import.kinds.answers.label', 'import.refusal.other', 'nav.import', 'nav.keys', 'undo.redone', 'undo.undone'].sort(),
    );
  });

  it('counts a plural sentence as used when its key is', () => {
    expect(['nav.waiting_one', 'nav.waiting_other', 'nav.import'].map(baseOf)).toEqual(['nav.waiting', 'nav.waiting', 'nav.import']);
  });
});
