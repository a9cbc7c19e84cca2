import type { IndicatorRow } from '../../../shared/domain';
import type { Confidence } from '../../../shared/records';
import type { AnswerOption, AnswerType, Dimension, Level, MigrantCategory, ScoringRule } from '../../../shared/indicator-schema';
import type { Db } from '../db';
import { selectIndicatorRows, selectSchemaDocument } from './indicator-rows-store';

export interface IndicatorFilter {
  domain?: string | undefined;
  dimension?: Dimension | undefined;
}

/** An indicator's row as SQLite returns it: lists and rules still in JSON. */
export interface StoredIndicatorRow {
  code: string;
  domain: string;
  domainTitle: string;
  dimension: Dimension;
  level: Level;
  categories: string;
  question: string;
  answerType: AnswerType;
  options: string;
  scoring: string;
  value: string | null;
  score: number | null;
  confidence: Confidence | null;
  sourceCount: number;
  lawSourceCount: number;
}

interface DocumentIndicator {
  code: string;
  unit?: IndicatorRow['unit'];
  min?: number;
  max?: number;
  translations?: Record<string, { question: string }>;
}

/**
 * What the indicators table does not hold (a number's unit and bounds, the questions' translations)
 * comes from the installed schema's document, read once per call.
 */
function documentExtras(db: Db, schemaId: string, schemaVersion: string): Map<string, DocumentIndicator> {
  const document = selectSchemaDocument(db, schemaId, schemaVersion);
  const indicators = (JSON.parse(document) as { indicators: DocumentIndicator[] }).indicators;
  return new Map(indicators.map((i) => [i.code, i]));
}

function questionIn(locale: string, stored: string, extra: DocumentIndicator | undefined): string {
  const language = locale.slice(0, 2);
  return extra?.translations?.[locale]?.question ?? extra?.translations?.[language]?.question ?? stored;
}

/** A submission's grid: every indicator of its schema, in schema order, with its answer and sources. */
export function buildIndicatorRows(
  db: Db,
  submission: { id: string; schemaId: string; schemaVersion: string },
  filter: IndicatorFilter,
  locale: string,
): IndicatorRow[] {
  const stored = selectIndicatorRows(db, submission, filter);
  const extras = documentExtras(db, submission.schemaId, submission.schemaVersion);
  return stored.map((row) => {
    const extra = extras.get(row.code);
    return {
      ...row,
      categories: JSON.parse(row.categories) as MigrantCategory[],
      question: questionIn(locale, row.question, extra),
      unit: extra?.unit ?? null,
      min: extra?.min ?? null,
      max: extra?.max ?? null,
      options: JSON.parse(row.options) as AnswerOption[],
      scoring: JSON.parse(row.scoring) as ScoringRule,
    };
  });
}
