import type { IndicatorRow } from '../../../shared/domain';
import { expertScores, type Dimension, type Indicator, type IndicatorSchema } from '../../../shared/indicator-schema';
import type { Db } from '../db';
import { getSchema } from '../schema';
import { selectAnswers, selectSourceCounts, type StoredAnswer, type SourceCount } from './indicator-rows-store';

export interface IndicatorFilter {
  domain?: string | undefined;
  dimension?: Dimension | undefined;
}

interface SubmissionRef {
  id: string;
  schemaId: string;
  schemaVersion: string;
}

/** The question in the caller's language where the schema has it; without a locale, in the schema's own. */
function questionIn(locale: string | undefined, indicator: Indicator): string {
  if (locale === undefined) return indicator.question;
  const { translations } = indicator;
  return translations[locale]?.question ?? translations[locale.slice(0, 2)]?.question ?? indicator.question;
}

function toRow(
  indicator: Indicator,
  domainTitle: string,
  locale: string | undefined,
  answer: StoredAnswer | undefined,
  sources: SourceCount | undefined,
): IndicatorRow {
  return {
    code: indicator.code,
    domain: indicator.domain,
    domainTitle,
    dimension: indicator.dimension,
    level: indicator.level,
    categories: indicator.categories,
    question: questionIn(locale, indicator),
    answerType: indicator.answerType,
    unit: indicator.unit ?? null,
    min: indicator.min ?? null,
    max: indicator.max ?? null,
    options: indicator.options,
    scoringKind: indicator.scoring.kind,
    expertScores: [...expertScores(indicator.scoring)],
    value: answer?.value ?? null,
    score: answer?.score ?? null,
    confidence: answer?.confidence ?? null,
    sourceCount: sources?.n ?? 0,
    lawSourceCount: sources?.laws ?? 0,
  };
}

function domainTitles(schema: IndicatorSchema): Map<string, string> {
  return new Map(schema.domains.map((d) => [d.id, d.title]));
}

/**
 * A submission's grid: every indicator of its schema, in schema order, with its answer and sources.
 * The indicators come from the parsed schema (parsed once per process), so only the answers and the
 * source counts are read per call: a grid of 10,000 indicators is built in tens of milliseconds.
 */
export function buildIndicatorRows(db: Db, submission: SubmissionRef, filter: IndicatorFilter, locale: string | undefined): IndicatorRow[] {
  const schema = getSchema(db, submission.schemaId, submission.schemaVersion);
  const answers = new Map(selectAnswers(db, submission.id).map((a) => [a.indicator, a]));
  const sources = new Map(selectSourceCounts(db, submission.id).map((s) => [s.indicator, s]));
  const titles = domainTitles(schema);
  return schema.indicators
    .filter((i) => (!filter.domain || i.domain === filter.domain) && (!filter.dimension || i.dimension === filter.dimension))
    .map((i) => toRow(i, titles.get(i.domain) ?? i.domain, locale, answers.get(i.code), sources.get(i.code)));
}

/** One row of a submission's grid, as the grid shows it after an edit; undefined for a code its schema lacks. */
export function buildIndicatorRow(db: Db, submission: SubmissionRef, code: string, locale: string | undefined): IndicatorRow | undefined {
  const schema = getSchema(db, submission.schemaId, submission.schemaVersion);
  const indicator = schema.indicators.find((i) => i.code === code);
  if (!indicator) return undefined;
  const answer = selectAnswers(db, submission.id, code)[0];
  const sources = selectSourceCounts(db, submission.id, code)[0];
  return toRow(indicator, domainTitles(schema).get(indicator.domain) ?? indicator.domain, locale, answer, sources);
}
