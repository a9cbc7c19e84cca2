import type { NumberUnit } from '../../../shared/indicator-schema';
import { normaliseLabel } from '../text';

/** A unit written after a number; weeks are no indicator's unit but convert to days. */
export type WrittenUnit = NumberUnit | 'weeks';

/** How people write each unit after a number, in English, French, Spanish, Russian and Arabic. */
const UNIT_WORDS: Readonly<Record<WrittenUnit, readonly string[]>> = {
  percent: ['%', '٪', 'percent', 'per cent', 'pct', 'pour cent', 'pourcent', 'por ciento', 'porciento', 'процент', 'процента', 'процентов', 'في المائة', 'بالمائة', 'بالمئة'],
  'percentage-points': [
    'pp', 'p.p.', 'pts', 'pt', 'points', 'point', 'percentage points', 'percentage point', '% points', 'points de pourcentage',
    'points de %', 'puntos porcentuales', 'punto porcentual', 'п.п.', 'п. п.', 'процентных пункта', 'процентных пунктов',
    'процентный пункт', 'نقطة مئوية', 'نقاط مئوية',
  ],
  count: [],
  days: ['day', 'days', 'd', 'jour', 'jours', 'j', 'día', 'días', 'dia', 'dias', 'день', 'дня', 'дней', 'дн', 'يوم', 'أيام', 'يوما'],
  weeks: ['week', 'weeks', 'wk', 'wks', 'semaine', 'semaines', 'semana', 'semanas', 'неделя', 'недели', 'недель', 'нед', 'أسبوع', 'أسابيع'],
  months: [
    'month', 'months', 'mo', 'mos', 'mth', 'mths', 'mois', 'mes', 'meses', 'месяц', 'месяца', 'месяцев', 'мес', 'شهر', 'أشهر',
    'شهور', 'شهرا',
  ],
  years: [
    'year', 'years', 'yr', 'yrs', 'y', 'an', 'ans', 'année', 'années', 'año', 'años', 'год', 'года', 'лет', 'г',
    'سنة', 'سنوات', 'عام', 'أعوام', 'سنه',
  ],
};

/** Percent signs are punctuation to normaliseLabel, so they are looked up before it. */
const SIGNS: ReadonlyMap<string, WrittenUnit> = new Map([
  ['%', 'percent'],
  ['٪', 'percent'],
]);

const BY_WORD: ReadonlyMap<string, WrittenUnit> = new Map(
  (Object.entries(UNIT_WORDS) as [WrittenUnit, readonly string[]][]).flatMap(([unit, words]) =>
    words.filter((word) => !SIGNS.has(word)).map((word) => [normaliseLabel(word), unit] as const),
  ),
);

/** The unit a text after a number names; undefined when it names none this app knows. */
export function unitNamed(text: string): WrittenUnit | undefined {
  const trimmed = text.trim();
  return SIGNS.get(trimmed) ?? BY_WORD.get(normaliseLabel(trimmed));
}

/** Exact conversions only: 3 years are 36 months, but 40 days are no whole number of months. */
const FACTORS: Partial<Record<WrittenUnit, Partial<Record<NumberUnit, number>>>> = {
  years: { months: 12 },
  months: { years: 1 / 12 },
  weeks: { days: 7 },
};

export type UnitFit = { kind: 'same' } | { kind: 'convert'; factor: number } | { kind: 'misfit' };

/** Whether a number written in one unit can be an answer counted in another, and how. */
export function fitUnit(written: WrittenUnit, wanted: NumberUnit): UnitFit {
  if (written === wanted) return { kind: 'same' };
  // "5%" is how people write a gap of 5 percentage points.
  if (written === 'percent' && wanted === 'percentage-points') return { kind: 'same' };
  const factor = FACTORS[written]?.[wanted];
  return factor === undefined ? { kind: 'misfit' } : { kind: 'convert', factor };
}

const UNIT_NAMES: Readonly<Record<WrittenUnit, [one: string, many: string]>> = {
  percent: ['percent', 'percent'],
  'percentage-points': ['percentage point', 'percentage points'],
  count: ['', ''],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

/** "36 months", "45 %", "1 year", "12": a number with its unit, as the review step and the CLI show it. */
export function withUnit(value: number, unit: WrittenUnit): string {
  const shown = Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  if (unit === 'percent') return `${shown} %`;
  if (unit === 'count') return shown;
  const [one, many] = UNIT_NAMES[unit];
  return `${shown} ${value === 1 ? one : many}`;
}

/** "months", "percentage points": what an indicator counts, in words. */
export function unitName(unit: WrittenUnit): string {
  return unit === 'count' ? 'a count' : UNIT_NAMES[unit][1];
}
