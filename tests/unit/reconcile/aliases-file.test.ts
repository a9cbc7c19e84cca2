import { describe, expect, it } from 'vitest';
import type { LearnedAlias } from '../../../shared/reconcile';
import { parseAliases, serialiseAliases } from '../../../electron/core/reconcile/aliases-file';
import { MrcError } from '../../../shared/errors';

const aliases: LearnedAlias[] = [
  { kind: 'indicator', text: 'Pension portability (Q7)', targetId: 'PORT-01' },
  { kind: 'country', text: 'Кыргызстан', targetId: 'KGZ' },
  { kind: 'answer', text: '✓', targetId: 'yes' },
];

describe('the aliases file', () => {
  it('round-trips learned aliases, Unicode included', () => {
    const text = serialiseAliases(aliases);
    expect(JSON.parse(text)).toMatchObject({ format: 'mrc-aliases', version: 1 });
    expect(parseAliases(text)).toEqual(aliases);
  });

  it('refuses a file that is not JSON, naming the file', () => {
    expect(() => parseAliases('{ "format": ', 'team.json')).toThrow(/team.json is not valid JSON/);
  });

  it('refuses a file of another format or version', () => {
    expect(() => parseAliases(JSON.stringify({ format: 'something-else', version: 1, aliases: [] }))).toThrow(/not an aliases file/);
    expect(() => parseAliases(JSON.stringify({ format: 'mrc-aliases', version: 2, aliases: [] }))).toThrow(/version/);
  });

  it('refuses an alias of an unknown kind or with an empty text, saying where', () => {
    const bad = { format: 'mrc-aliases', version: 1, aliases: [aliases[0], { kind: 'region', text: '', targetId: 'EU' }] };
    try {
      parseAliases(JSON.stringify(bad), 'team.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MrcError);
      const refused = error as MrcError;
      expect(refused.code).toBe('malformed-aliases');
      expect(refused.where).toEqual({ file: 'team.json' });
      expect(refused.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['aliases.1.kind', 'aliases.1.text']));
    }
  });
});
