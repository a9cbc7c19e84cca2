import { describe, expect, it } from 'vitest';
import { decodeCells, encodeCells } from '../../../electron/core/import/stage/staging-codec';
import type { RawRow } from '../../../shared/records';

describe('raw cells as stored in staging', () => {
  it('round-trips text, numbers, booleans, empty cells, date formats, links, errors and right-to-left text', () => {
    const row: RawRow = [
      { value: 'Code du travail', type: 's' },
      { value: 43831, type: 'n', format: 'yyyy-mm-dd' },
      { value: 12.5, type: 'n' },
      null,
      { value: true, type: 'b' },
      { value: 'Labour Code', type: 's', link: 'https://example.org/code' },
      { value: '#N/A', type: 'e' },
      { value: 'قانون العمل', type: 's' },
      { value: '123', type: 's' },
      { value: null, type: 'z' },
    ];
    expect(decodeCells(encodeCells(row))).toEqual(row);
  });

  it('stores plain cells as bare values', () => {
    expect(encodeCells([{ value: 'a', type: 's' }, { value: 1, type: 'n' }, null])).toBe('["a",1,null]');
  });
});
