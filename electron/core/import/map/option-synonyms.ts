import { normaliseLabel } from '../../text';

/** The words people write for the options of enum fields, in English, French, Spanish, Russian and Arabic. */
const OPTION_WORDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  confidence: {
    low: ['low', 'faible', 'basse', 'bas', 'baja', 'bajo', 'низкая', 'низкий', 'منخفضة', 'منخفض'],
    medium: ['medium', 'moderate', 'moyenne', 'moyen', 'media', 'medio', 'средняя', 'средний', 'متوسطة', 'متوسط'],
    high: ['high', 'élevée', 'élevé', 'haute', 'forte', 'alta', 'alto', 'высокая', 'высокий', 'عالية', 'مرتفعة', 'عال'],
  },
  type: {
    law: ['law', 'de jure', 'legal', 'legislation', 'loi', 'droit', 'ley', 'derecho', 'закон', 'законодательство', 'право', 'قانون', 'القانون', 'تشريع'],
    practice: ['practice', 'de facto', 'pratique', 'práctica', 'практика', 'ممارسة', 'الممارسة'],
  },
};

const LOOKUPS = new Map<string, Map<string, string>>(
  Object.entries(OPTION_WORDS).map(([field, options]) => [
    field,
    new Map(Object.entries(options).flatMap(([option, words]) => words.map((word) => [normaliseLabel(word), option] as const))),
  ]),
);

/** The option a cell's text stands for, or null. */
export function matchOption(field: string, text: string): string | null {
  return LOOKUPS.get(field)?.get(normaliseLabel(text)) ?? null;
}
