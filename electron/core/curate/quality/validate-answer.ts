import type { AnswerType, Indicator } from '../../../../shared/indicator-schema';
import type { ProblemCode, ProblemParams } from '../../../../shared/quality-contract';
import { scoreAnswer } from '../score-answer';

/** A stored value or score that breaks the schema's rules for its indicator: a stable code, its parameters, and English for the CLI. */
export interface ValueProblem {
  code: ProblemCode;
  params: ProblemParams;
  message: string;
}

export interface ValidationContext {
  /** The submission's reference year: a date answer falls between 1900 and the end of it. */
  year: number;
}

type ValueCheck = (indicator: Indicator, value: string, context: ValidationContext) => ValueProblem | null;

/** The earliest year a date answer may fall in: no instrument of the index is older. */
export const FIRST_DATE_YEAR = 1900;
export const MAX_TEXT_LENGTH = 10_000;
/** How the engine stores a number answer: what String(number) writes for a finite number. */
const STORED_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const STORED_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkOption(indicator: Indicator, value: string): ValueProblem | null {
  if (indicator.options.some((o) => o.value === value)) return null;
  const options = indicator.options.map((o) => o.value).join(', ');
  return { code: 'not-an-option', params: { value, options }, message: `${indicator.code}: "${value}" is not one of its options (${options})` };
}

function checkYesNo(indicator: Indicator, value: string): ValueProblem | null {
  return checkOption(indicator, value);
}

function checkYesPartlyNo(indicator: Indicator, value: string): ValueProblem | null {
  return checkOption(indicator, value);
}

function checkChoice(indicator: Indicator, value: string): ValueProblem | null {
  return checkOption(indicator, value);
}

function checkNumber(indicator: Indicator, value: string): ValueProblem | null {
  const n = Number(value);
  const unit = indicator.unit ?? null;
  if (!STORED_NUMBER.test(value) || !Number.isFinite(n))
    return { code: 'not-a-number', params: { value }, message: `${indicator.code} takes a number; "${value}" is not one` };
  if (unit === 'count' && !Number.isInteger(n))
    return { code: 'not-whole', params: { value, unit }, message: `${indicator.code} counts whole things; ${value} is not a whole number` };
  if (indicator.min !== undefined && n < indicator.min)
    return { code: 'below-minimum', params: { value, min: indicator.min, unit }, message: `${indicator.code} takes a number of at least ${indicator.min}; ${value} is below` };
  if (indicator.max !== undefined && n > indicator.max)
    return { code: 'above-maximum', params: { value, max: indicator.max, unit }, message: `${indicator.code} takes a number of at most ${indicator.max}; ${value} is above` };
  return null;
}

function checkText(indicator: Indicator, value: string): ValueProblem | null {
  if (value.trim() === '') return { code: 'empty-text', params: {}, message: `${indicator.code}: the answer is blank` };
  if (value.length > MAX_TEXT_LENGTH)
    return {
      code: 'text-too-long',
      params: { length: value.length, max: MAX_TEXT_LENGTH },
      message: `${indicator.code}: the answer has ${value.length} characters, more than ${MAX_TEXT_LENGTH}`,
    };
  return null;
}

function checkDate(indicator: Indicator, value: string, { year }: ValidationContext): ValueProblem | null {
  const parts = STORED_DATE.exec(value);
  const [y, m, d] = parts ? [Number(parts[1]), Number(parts[2]), Number(parts[3])] : [NaN, NaN, NaN];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (!parts || day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d)
    return { code: 'not-a-date', params: { value }, message: `${indicator.code} takes a date such as 2024-03-05; "${value}" is not one` };
  if (y < FIRST_DATE_YEAR || y > year)
    return {
      code: 'date-out-of-range',
      params: { value, first: FIRST_DATE_YEAR, last: year },
      message: `${indicator.code}: ${value} is outside the years ${FIRST_DATE_YEAR} to ${year} (the submission's reference year)`,
    };
  return null;
}

/** One check per answer type of the schema format. */
export const VALUE_CHECKS: Readonly<Record<AnswerType, ValueCheck>> = {
  'yes-no': checkYesNo,
  'yes-partly-no': checkYesPartlyNo,
  choice: checkChoice,
  number: checkNumber,
  text: checkText,
  date: checkDate,
};

/** The score an answer must have under its indicator's rule: computed by the rule, chosen by the expert, or none. */
export function checkScore(indicator: Indicator, value: string, score: number | null): ValueProblem | null {
  const rule = indicator.scoring;
  if (rule.kind === 'unscored')
    return score === null ? null : { code: 'score-on-unscored', params: { score }, message: `${indicator.code} is never scored, yet has the score ${score}` };
  if (rule.kind === 'expert')
    return score !== null ? null : { code: 'score-missing', params: { value }, message: `${indicator.code} is scored by the expert, and has no score yet` };
  const expected = scoreAnswer(indicator, value);
  if (expected === score) return null;
  return {
    code: 'score-mismatch',
    params: { value, score, expected },
    message: `${indicator.code}: the score ${score ?? 'none'} is not what the schema's rule gives "${value}" (${expected ?? 'no score'})`,
  };
}

/**
 * What is wrong with one stored answer, checked against the submission's schema: the value first, then
 * (for a valid value) its score. A missing value is no problem of validity; completeness counts it.
 */
export function validateAnswer(
  indicator: Indicator | undefined,
  answer: { indicator: string; value: string | null; score: number | null },
  context: ValidationContext,
): ValueProblem | null {
  if (!indicator)
    return {
      code: 'unknown-indicator',
      params: { indicator: answer.indicator },
      message: `${answer.indicator} is no indicator of the submission's schema, yet the submission answers it`,
    };
  if (answer.value === null) return null;
  return VALUE_CHECKS[indicator.answerType](indicator, answer.value, context) ?? checkScore(indicator, answer.value, answer.score);
}
