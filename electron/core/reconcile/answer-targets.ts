import type { AnswerOption } from '../../../shared/indicator-schema';
import type { ReconcileTarget } from '../../../shared/reconcile';

/** The target every indicator accepts besides its options: the question does not apply to the country. */
export const NOT_APPLICABLE = 'not-applicable';

interface AnswerMeaning {
  /** Option values a schema may use for this meaning. */
  values: readonly string[];
  /** How spreadsheets write it, in the schema's languages and a few neighbours. */
  words: readonly string[];
}

const ANSWER_MEANINGS: readonly AnswerMeaning[] = [
  { values: ['yes'], words: ['yes', 'y', 'oui', 'sí', 'si', 'да', 'نعم', 'ja', 'sim', 'evet'] },
  { values: ['no'], words: ['no', 'n', 'non', 'нет', 'لا', 'nein', 'não', 'hayır'] },
  {
    values: ['partly', 'partial', 'partially'],
    words: [
      'partly', 'partially', 'partial', 'in part', 'to some extent', 'partiellement', 'en partie', 'partiel',
      'parcialmente', 'en parte', 'parcial', 'частично', 'отчасти', 'جزئيا', 'بشكل جزئي', 'teilweise',
    ],
  },
  {
    values: ['ratified'],
    words: [
      'ratified', 'ratifié', 'ratifiée', 'ratificado', 'ratificada', 'ратифицирована', 'ратифицирован',
      'ратифицировано', 'مصدق', 'مصدق عليها', 'صادقت', 'ratifiziert',
    ],
  },
  {
    values: ['signed'],
    words: [
      'signed', 'signed but not ratified', 'signé', 'signée', 'signé mais non ratifié', 'firmado', 'firmada',
      'firmado pero no ratificado', 'подписана', 'подписан', 'подписано', 'подписана, но не ратифицирована',
      'موقع', 'وقعت', 'unterzeichnet',
    ],
  },
  {
    values: ['not-ratified', 'unratified'],
    words: [
      'not ratified', 'unratified', 'non ratifié', 'non ratifiée', 'pas ratifié', 'no ratificado', 'no ratificada',
      'не ратифицирована', 'не ратифицировано', 'غير مصدق', 'لم تصدق', 'nicht ratifiziert',
    ],
  },
  {
    values: [NOT_APPLICABLE, 'n-a', 'na'],
    words: [
      'N/A', 'n.a.', 'not applicable', 'does not apply', 'sans objet', 'non applicable', 'ne s’applique pas',
      'no aplica', 'no se aplica', 'no procede', 'no corresponde', 'не применимо', 'неприменимо',
      'не применяется', 'لا ينطبق', 'غير منطبق', 'nicht zutreffend',
    ],
  },
];

function meaningOf(value: string): AnswerMeaning | undefined {
  return ANSWER_MEANINGS.find((meaning) => meaning.values.includes(value));
}

function answerTarget(value: string, label: string): ReconcileTarget {
  return {
    id: value,
    label,
    codes: [],
    texts: [
      { text: label, via: 'exact' },
      { text: value.replaceAll('-', ' '), via: 'alias' },
      ...(meaningOf(value)?.words ?? []).map((text) => ({ text, via: 'alias' as const })),
    ],
  };
}

/**
 * The values an answer cell may take for one indicator: its options (by label, value and the
 * multilingual words for that value) and, always, 'not-applicable'.
 */
export function buildAnswerTargets(options: readonly AnswerOption[]): ReconcileTarget[] {
  const targets = options.map((option) => answerTarget(option.value, option.label));
  const notApplicable = meaningOf(NOT_APPLICABLE);
  if (!options.some((option) => meaningOf(option.value) === notApplicable))
    targets.push(answerTarget(NOT_APPLICABLE, 'Not applicable'));
  return targets;
}
