import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ImportIssueCode, MessageDetail } from '../../../shared/error-codes';
import type { ImportIssue } from '../../../shared/records';
import en from '../../../renderer/src/i18n/en.json';
import {
  ERROR_CODE_KEYS,
  EXPECTATION_KEYS,
  INSTRUMENT_KIND_KEYS,
  MESSAGE_DETAIL_KEYS,
  RATIFICATION_STATUS_KEYS,
  RECORD_KIND_KEYS,
  REF_KIND_KEYS,
  UNIT_KEYS,
  WHERE_KEYS,
} from '../../../renderer/src/messages/message-keys';
import { wordIssue, wordMessage } from '../../../renderer/src/messages/message-text';

/*
 * Errors and import issues reach a person in their language: every code the engine can produce has a
 * sentence in en.json, and a sentence is made from the code and params, never from the engine's English.
 */

let t: TFunction;

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false } });
  t = i18n.t;
});

function lookUp(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

describe('the words of errors and issues', () => {
  it('has a sentence in en.json for every error code, import issue code and detail of the closed sets', () => {
    expect(Object.keys(ERROR_CODE_KEYS).sort()).toEqual([...ErrorCode.options].sort());
    expect(ImportIssueCode.options.every((code) => code in ERROR_CODE_KEYS)).toBe(true);
    expect(Object.keys(MESSAGE_DETAIL_KEYS).sort()).toEqual([...MessageDetail.options].sort());
    const maps = [ERROR_CODE_KEYS, MESSAGE_DETAIL_KEYS, EXPECTATION_KEYS, UNIT_KEYS, REF_KIND_KEYS, RECORD_KIND_KEYS, RATIFICATION_STATUS_KEYS, INSTRUMENT_KIND_KEYS, WHERE_KEYS];
    const missing = maps.flatMap((map) => Object.values(map)).filter((key) => typeof lookUp(key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('says a detail of each code as the code itself names it: "<code>.<variant>"', () => {
    expect(MessageDetail.options.filter((detail) => !ErrorCode.options.includes(detail.split('.')[0] as ErrorCode))).toEqual([]);
  });

  it('words a cell problem from its code and params, its place from where and the column header', () => {
    const issue: ImportIssue = {
      code: 'missing-value',
      message: 'this English is not what the person reads',
      where: { file: 'kenya.xlsx', sheet: 'Answers', row: 9, column: 'B' },
      params: { header: 'Finding', field: 'value' },
    };
    expect(wordIssue(issue, t, 'en')).toBe('Sheet "Answers", row 9, column B ("Finding"): the value is required but the cell is empty.');
  });

  it('turns the params that are codes into words: what a cell expected, a unit, a status', () => {
    const misfit: ImportIssue = {
      code: 'wrong-unit',
      detail: 'wrong-unit.misfit',
      message: 'English',
      where: { sheet: 'Answers', row: 6, column: 'C' },
      params: { indicator: 'FAM-02', unit: 'months', writtenUnit: 'percent', found: '45%' },
    };
    expect(wordIssue(misfit, t, 'en')).toBe('Sheet "Answers", row 6, column C: FAM-02 counts months, but "45%" is in percent, which do not convert exactly.');
    const date: ImportIssue = {
      code: 'invalid-date',
      message: 'English',
      where: { row: 7, column: 'D' },
      params: { expected: 'date-day-first', found: 'not a date' },
    };
    expect(wordIssue(date, t, 'en')).toBe('Row 7, column D: expected a date such as 2024-03-05, 05/03/2024 (day first) or 5 March 2024, found "not a date".');
    const status: ImportIssue = {
      code: 'invalid-choice',
      detail: 'invalid-choice.status',
      message: 'English',
      where: { row: 3, column: 'B' },
      params: { text: 'ratified', status: 'ratified', instrument: 'GCM', instrumentKind: 'compact', statuses: 'endorsed,abstained,voted-against' },
    };
    expect(wordIssue(status, t, 'en')).toBe(
      'Row 3, column B: "ratified" is not a status GCM can have: GCM is a compact, whose statuses are Endorsed, Abstained, Voted against.',
    );
  });

  it('says a remark about the whole file without a place, and formats sizes and counts', () => {
    const joined: ImportIssue = {
      code: 'duplicate-field',
      detail: 'duplicate-field.text-joined',
      message: 'English',
      where: { column: 'J' },
      params: { first: 'I', second: 'J', field: 'note' },
    };
    expect(wordIssue(joined, t, 'en')).toBe('Columns I and J are both mapped to note: their text is joined, in column order.');
    expect(wordMessage({ code: 'too-many-cells', message: 'English', params: { file: 'big.csv', limit: 1_000_000 } }, t, 'en')).toBe(
      '“big.csv” has more than 1,000,000 cells, the most one import takes. Split it into smaller files.',
    );
    expect(wordMessage({ code: 'too-large', message: 'English', params: { file: 'big.xlsx', sizeBytes: 3 * 1024 * 1024, limitBytes: 2 * 1024 * 1024 } }, t, 'en')).toBe(
      '“big.xlsx” is 3 MB, more than the 2 MB limit.',
    );
  });

  it('shows the engine’s English for an issue staged before issues carried params', () => {
    const staged: ImportIssue = {
      code: 'missing-value',
      message: 'Sheet "Laws", row 9, column B ("Law"): the title is required but the cell is empty.',
      where: { sheet: 'Laws', row: 9, column: 'B' },
    };
    expect(wordIssue(staged, t, 'en')).toBe(staged.message);
    expect(wordMessage({ code: 'unknown-import', message: 'No import with id x in this workspace.' }, t, 'en')).toBe('No import with id x in this workspace.');
  });
});
