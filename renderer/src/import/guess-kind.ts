import type { RecordKind } from '../../../shared/records';

/**
 * What a sheet's rows most likely are, from its name alone: "Ratifications" → ratifications;
 * "Laws", "Evidence", "Lois", "Leyes", "Practice" → evidence; anything else ("Answers", "Réponses",
 * "Respuestas", "Sheet1") → answers. The person can always choose otherwise.
 */
const KIND_BY_SHEET_NAME: readonly (readonly [RecordKind, RegExp])[] = [
  ['ratifications', /ratif/],
  ['evidence', /\b(laws?|lois?|leyes|ley|evidences?|evidencias?|preuves?|practices?|pratiques?|practicas?)\b/],
  ['answers', /\b(answers?|reponses?|respuestas?)\b/],
];

function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function guessKindFromSheetName(sheet: string): RecordKind {
  const folded = foldName(sheet);
  return KIND_BY_SHEET_NAME.find(([, pattern]) => pattern.test(folded))?.[0] ?? 'answers';
}
