import { describe, expect, it } from 'vitest';
import { FIELDS, ImportIssue, RECORD_SCHEMAS, RecordKind } from '../../../shared/records.js';

describe('record schemas and their field lists', () => {
  for (const kind of RecordKind.options) {
    it(`lists the fields of ${kind} exactly as its schema has them, required where the schema requires`, () => {
      const shape = RECORD_SCHEMAS[kind].shape as Record<string, { isOptional(): boolean }>;
      expect(FIELDS[kind].map((spec) => spec.id)).toEqual(Object.keys(shape));
      for (const spec of FIELDS[kind]) expect(spec.required, spec.id).toBe(!shape[spec.id]!.isOptional());
    });
  }

  it('accepts a complete evidence record and refuses a bad date and URL', () => {
    const evidence = { type: 'law', title: 'Labour Code', citation: 'Art. 12', date: '2024-03-05', url: 'https://natlex.ilo.org/1' };
    expect(RECORD_SCHEMAS.evidence.parse(evidence)).toEqual(evidence);
    expect(RECORD_SCHEMAS.evidence.safeParse({ ...evidence, date: '05/03/2024' }).success).toBe(false);
    expect(RECORD_SCHEMAS.evidence.safeParse({ ...evidence, url: 'ministry site' }).success).toBe(false);
  });

  it('keeps a ratification status as written, for reconciliation to normalise', () => {
    expect(RECORD_SCHEMAS.ratifications.parse({ instrument: 'C189', status: 'ratifiée' })).toEqual({ instrument: 'C189', status: 'ratifiée' });
  });

  it('locates an issue by file, sheet, 1-based row and column letter', () => {
    const issue = { code: 'invalid-date', message: 'm', where: { file: 'a.xlsx', sheet: 'Laws', row: 7, column: 'C' } };
    expect(ImportIssue.parse(issue)).toEqual(issue);
    expect(ImportIssue.safeParse({ ...issue, where: { row: 0 } }).success).toBe(false);
    expect(ImportIssue.safeParse({ ...issue, where: { column: 'c3' } }).success).toBe(false);
  });
});
