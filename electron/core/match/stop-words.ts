/**
 * Small stop-word sets of the schema's languages, as people write them (normalise.ts folds them).
 * Negations (not, no, non, pas, не, нет, لا, غير) are deliberately absent: "not ratified" must not
 * become "ratified", and so are words that mean something in another language's country names
 * (French "sur" is the "Sur" of Sudán del Sur, "est" means east).
 */
export const STOP_WORDS_BY_LANGUAGE = {
  en: ['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'by', 'with', 'at', 'as', 'from', 'its', 'their', 'this', 'that', 'be', 'is', 'are'],
  fr: ['le', 'la', 'les', 'l', 'd', 'de', 'des', 'du', 'un', 'une', 'et', 'ou', 'a', 'au', 'aux', 'en', 'dans', 'par', 'pour', 'avec', 'à', 'que', 'qui', 'se', 's', 'sont', 'ce', 'cette', 'ces', 'leur', 'leurs'],
  es: ['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'de', 'del', 'y', 'e', 'o', 'u', 'a', 'al', 'en', 'por', 'para', 'con', 'que', 'se', 'su', 'sus', 'es', 'son'],
  // "года"/"год"/"г" follow every year in Russian ("Конвенция 1990 года") and carry nothing.
  ru: ['и', 'в', 'во', 'на', 'о', 'об', 'по', 'к', 'с', 'со', 'у', 'из', 'за', 'для', 'от', 'до', 'а', 'или', 'ли', 'что', 'как', 'же', 'год', 'года', 'г'],
  ar: ['في', 'من', 'على', 'إلى', 'عن', 'و', 'أو', 'مع', 'هل', 'أن', 'التي', 'الذي'],
} as const;

