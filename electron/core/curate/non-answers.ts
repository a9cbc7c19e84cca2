import { normaliseLabel } from '../text';

/**
 * What people write in an answer cell when they have no answer: not applicable, unknown, "see note".
 * Such a cell is a missing value whose text is kept as a note, never an answer, whatever the type.
 */
const NON_ANSWER_WORDS = [
  // English
  'n/a', 'na', 'n.a.', 'n.a', 'not applicable', 'does not apply', 'not available', 'unknown', 'not known', "don't know",
  'do not know', 'dk', 'no data', 'no information', 'no info', 'none available', 'see note', 'see notes', 'see comment',
  'see comments', 'see below', 'see above', 'tbd', 'to be determined', 'to be confirmed', 'tbc', 'pending', 'missing',
  // French
  'sans objet', 'non applicable', 'ne s’applique pas', "ne s'applique pas", 'inconnu', 'inconnue', 'ne sait pas', 'nsp',
  'pas de données', 'données non disponibles', 'non disponible', 'nd', 'n.d.', 'voir note', 'voir la note', 'voir commentaire',
  'voir ci-dessous', 'à déterminer', 'à confirmer', 'en attente',
  // Spanish
  'no aplica', 'no se aplica', 'no procede', 'no corresponde', 'desconocido', 'desconocida', 'no se sabe', 'ns/nc', 'sin datos',
  'no disponible', 's/d', 'ver nota', 'ver comentario', 'ver abajo', 'por determinar', 'por confirmar', 'pendiente',
  // Russian
  'неприменимо', 'не применимо', 'не применяется', 'неизвестно', 'нет данных', 'н/д', 'нет информации', 'см. примечание',
  'см. комментарий', 'см. ниже', 'уточняется',
  // Arabic
  'لا ينطبق', 'غير منطبق', 'غير معروف', 'لا توجد بيانات', 'غير متوفر', 'غير متاح', 'انظر الملاحظة', 'انظر الملاحظات',
];

const KNOWN = new Set(NON_ANSWER_WORDS.map(normaliseLabel));

/**
 * True when the text says there is no answer: one of the words above, or only punctuation
 * ("-", "—", "?", "…"), which people type to mark a cell they could not fill.
 */
export function isNonAnswer(text: string): boolean {
  const label = normaliseLabel(text);
  return label === '' ? text.trim() !== '' : KNOWN.has(label);
}
