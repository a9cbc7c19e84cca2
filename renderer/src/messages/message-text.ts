import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Expectation, type ErrorCode, type MessageDetail, type MessageParams } from '../../../shared/error-codes';
import { NumberUnit } from '../../../shared/indicator-schema';
import { InstrumentKind, RatificationStatus } from '../../../shared/instrument-statuses';
import { RecordKind, type ImportIssue } from '../../../shared/records';
import { RefKind } from '../../../shared/reconcile';
import {
  ERROR_CODE_KEYS,
  EXPECTATION_KEYS,
  INSTRUMENT_KIND_KEYS,
  MESSAGE_DETAIL_KEYS,
  RATIFICATION_STATUS_KEYS,
  RECORD_KIND_KEYS,
  REF_KIND_KEYS,
  UNIT_KEYS,
} from './message-keys';

/** What the UI needs to word an error or an issue: its code, perhaps its detail, and its params. */
export interface WordedFacts {
  code: ErrorCode;
  /** The engine's English, shown only for what was stored before params existed. */
  message: string;
  detail?: MessageDetail | undefined;
  params?: MessageParams | undefined;
}

function isWrittenUnit(value: unknown): value is keyof typeof UNIT_KEYS {
  return value === 'weeks' || NumberUnit.safeParse(value).success;
}

const BYTE_UNITS = [
  ['megabyte', 1024 * 1024],
  ['kilobyte', 1024],
] as const;

/** 3_000_000 → "3 MB" in the person's language. */
function formatBytes(bytes: number, language: string): string {
  for (const [unit, size] of BYTE_UNITS)
    if (bytes >= size) return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 0 }).format(Math.round(bytes / size));
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'byte' }).format(bytes);
}

/**
 * The params as a sentence takes them: sizes formatted, and the params that are codes (what a cell expected,
 * a unit, a kind, a status) turned into words of the person's language through literal keys.
 */
function wordParams(params: MessageParams, t: TFunction, language: string): Record<string, string | number> {
  const worded: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params))
    if (name.endsWith('Bytes') && typeof value === 'number') worded[name.slice(0, -'Bytes'.length)] = formatBytes(value, language);
  const expected = Expectation.safeParse(params.expected);
  if (expected.success) worded.expected = t(EXPECTATION_KEYS[expected.data], params);
  if (isWrittenUnit(params.unit)) worded.unit = t(UNIT_KEYS[params.unit]);
  worded.aNumber = isWrittenUnit(params.unit) ? t('messages.units.aNumberOf', { unit: worded.unit }) : t('messages.units.aNumber');
  if (isWrittenUnit(params.writtenUnit)) worded.writtenUnit = t(UNIT_KEYS[params.writtenUnit]);
  const recordKind = RecordKind.safeParse(params.kind);
  const refKind = RefKind.safeParse(params.kind);
  if (recordKind.success) worded.kind = t(RECORD_KIND_KEYS[recordKind.data]);
  else if (refKind.success) worded.kind = t(REF_KIND_KEYS[refKind.data]);
  const status = RatificationStatus.safeParse(params.status);
  if (status.success) worded.status = t(RATIFICATION_STATUS_KEYS[status.data]);
  if (typeof params.statuses === 'string')
    worded.statuses = params.statuses
      .split(',')
      .map((s) => RatificationStatus.safeParse(s))
      .map((s) => (s.success ? t(RATIFICATION_STATUS_KEYS[s.data]) : ''))
      .filter(Boolean)
      .join(', ');
  const instrumentKind = InstrumentKind.safeParse(params.instrumentKind);
  if (instrumentKind.success) worded.instrumentKind = t(INSTRUMENT_KIND_KEYS[instrumentKind.data]);
  if (typeof params.column === 'string')
    worded.columnName =
      typeof params.header === 'string' && params.header !== ''
        ? t('messages.place.columnHeader', { column: params.column, header: params.header })
        : t('messages.place.column', { column: params.column });
  return worded;
}

/** An error or issue in the person's language; one staged before params existed keeps the engine's English. */
export function wordMessage(facts: WordedFacts, t: TFunction, language: string): string {
  if (facts.params === undefined) return facts.message;
  return t(facts.detail ? MESSAGE_DETAIL_KEYS[facts.detail] : ERROR_CODE_KEYS[facts.code], wordParams(facts.params, t, language));
}

/** Where a row's issue is, as the person finds it by hand: "Sheet "Laws", row 9, column B ("Law")". */
function wordPlace(issue: ImportIssue, t: TFunction): string {
  const { sheet, row, column } = issue.where;
  const rowPart = sheet !== undefined ? t('messages.place.sheetRow', { sheet, row }) : t('messages.place.row', { row });
  if (column === undefined) return rowPart;
  const header = issue.params?.header;
  const columnPart =
    typeof header === 'string' && header !== '' ? t('messages.place.columnHeader', { column, header }) : t('messages.place.column', { column });
  return t('messages.place.rowAndColumn', { row: rowPart, column: columnPart });
}

/**
 * An import issue in words. A problem of one row is said after its place, which comes from `where`; a remark
 * about the whole file or a column says its own place. An issue stored before params existed keeps its English.
 */
export function wordIssue(issue: ImportIssue, t: TFunction, language: string): string {
  if (issue.params === undefined) return issue.message;
  const text = wordMessage(issue, t, language);
  if (issue.where.row === undefined) return text;
  return t('messages.place.placed', { place: wordPlace(issue, t), text });
}

/** The two functions above, bound to the person's language. */
export function useMessageText(): { issueText: (issue: ImportIssue) => string; messageText: (facts: WordedFacts) => string } {
  const { t, i18n } = useTranslation();
  return {
    issueText: (issue) => wordIssue(issue, t, i18n.language),
    messageText: (facts) => wordMessage(facts, t, i18n.language),
  };
}
