import type { AnswerOption } from '../../../shared/indicator-schema';
import { STATUS_LABELS, type RatificationStatus } from '../../../shared/instrument-statuses';
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
  // A spreadsheet's checkbox or TRUE/FALSE cell reads as TRUE or FALSE (import/map/parse-values.ts).
  { values: ['yes'], words: ['yes', 'y', 'oui', 'sí', 'si', 'да', 'نعم', 'ja', 'sim', 'evet', 'true'] },
  { values: ['no'], words: ['no', 'n', 'non', 'нет', 'لا', 'nein', 'não', 'hayır', 'false'] },
  {
    values: ['partly', 'partial', 'partially'],
    words: [
      'partly', 'partially', 'partial', 'in part', 'to some extent', 'partiellement', 'en partie', 'partiel',
      'parcialmente', 'en parte', 'parcial', 'частично', 'отчасти', 'جزئيا', 'بشكل جزئي', 'teilweise',
    ],
  },
  // The statuses of instruments (shared/instrument-statuses.ts), which the ratification indicators also take as options.
  {
    values: ['ratified'],
    words: [
      'ratified', 'acceded', 'accession', 'succeeded', 'succession', 'party', 'state party', 'ratifié', 'ratifiée',
      'adhésion', 'a adhéré', 'ratificado', 'ratificada', 'adhesión', 'adherido', 'se adhirió', 'ратифицирована',
      'ратифицирован', 'ратифицировано', 'присоединилась', 'присоединение', 'правопреемство', 'مصدق', 'مصدق عليها',
      'صادقت', 'انضمت', 'انضمام', 'ratifiziert',
    ],
  },
  {
    values: ['signed'],
    words: [
      'signed', 'signed but not ratified', 'signed, not in force', 'signé', 'signée', 'signé mais non ratifié', 'firmado',
      'firmada', 'firmado pero no ratificado', 'подписана', 'подписан', 'подписано', 'подписана, но не ратифицирована',
      'موقع', 'وقعت', 'unterzeichnet',
    ],
  },
  {
    values: ['not-ratified', 'unratified'],
    words: [
      'not ratified', 'unratified', 'not a party', 'non ratifié', 'non ratifiée', 'pas ratifié', 'non partie',
      'no ratificado', 'no ratificada', 'no es parte', 'не ратифицирована', 'не ратифицировано', 'не участвует',
      'غير مصدق', 'لم تصدق', 'nicht ratifiziert',
    ],
  },
  {
    values: ['denounced'],
    words: [
      'denounced', 'denunciation', 'dénoncé', 'dénoncée', 'dénonciation', 'denunciado', 'denunciada', 'denuncia',
      'денонсирована', 'денонсирован', 'денонсировано', 'денонсация', 'نقض', 'نقضت', 'gekündigt',
    ],
  },
  {
    values: ['given-effect'],
    words: [
      'given effect', 'effect given', 'implemented', 'mise en œuvre', 'mise en oeuvre', 'effet donné', 'suite donnée',
      'aplicada', 'implementada', 'se le ha dado efecto', 'puesta en práctica', 'выполнена', 'реализована',
      'претворена в жизнь', 'نفذت', 'منفذة', 'طبقت', 'umgesetzt',
    ],
  },
  {
    values: ['submitted'],
    words: [
      'submitted', 'submitted only', 'submitted to the competent authority', 'soumise', 'soumise à l’autorité compétente',
      'sometida', 'sometida a la autoridad competente', 'представлена', 'представлена компетентному органу', 'قدمت',
      'عرضت على السلطة المختصة', 'vorgelegt',
    ],
  },
  {
    values: ['not-submitted'],
    words: [
      'not submitted', 'non soumise', 'pas soumise', 'no sometida', 'не представлена', 'لم تقدم', 'لم تعرض',
      'nicht vorgelegt',
    ],
  },
  {
    values: ['endorsed'],
    words: [
      'endorsed', 'voted for', 'voted in favour', 'voted in favor', 'in favour', 'approuvé', 'a approuvé', 'a voté pour',
      'respaldado', 'respaldó', 'votó a favor', 'a favor', 'поддержала', 'поддержан', 'одобрила', 'голосовала за',
      'أيدت', 'صوتت لصالح', 'befürwortet',
    ],
  },
  {
    values: ['abstained'],
    words: [
      'abstained', 'abstention', 'did not vote', 'not voting', 's’est abstenu', 'abstenu', 'n’a pas voté', 'se abstuvo',
      'abstención', 'no votó', 'воздержалась', 'воздержался', 'не голосовала', 'امتنعت', 'امتنعت عن التصويت',
      'لم تصوت', 'enthalten',
    ],
  },
  {
    values: ['voted-against', 'not-endorsed'],
    words: [
      'voted against', 'against', 'not endorsed', 'dissociated', 'dissociated itself', 'a voté contre', 'contre',
      's’est dissocié', 'dissocié', 'votó en contra', 'en contra', 'se desvinculó', 'голосовала против', 'против',
      'отмежевалась', 'صوتت ضد', 'ضد', 'dagegen',
    ],
  },
  {
    values: ['in-force'],
    words: [
      'in force', 'entered into force', 'en vigueur', 'entré en vigueur', 'en vigor', 'vigente', 'в силе',
      'вступило в силу', 'действует', 'نافذ', 'نافذة', 'دخل حيز النفاذ', 'in Kraft',
    ],
  },
  {
    values: ['not-in-force'],
    words: [
      'not in force', 'no longer in force', 'expired', 'terminated', 'pas en vigueur', 'plus en vigueur', 'expiré',
      'résilié', 'no vigente', 'sin vigor', 'expirado', 'не в силе', 'не действует', 'утратило силу', 'غير نافذ',
      'منتهي', 'nicht in Kraft',
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

/**
 * The statuses an instrument's kind allows, by label, value and their words. Unlike an answer, a
 * status has no 'not-applicable': every country stands somewhere with every instrument.
 */
export function buildStatusTargets(statuses: readonly RatificationStatus[]): ReconcileTarget[] {
  return statuses.map((status) => {
    const label = STATUS_LABELS[status];
    return answerTarget(status, label.charAt(0).toUpperCase() + label.slice(1));
  });
}
