import { FIELDS, type RecordKind } from '../../../../shared/records.js';
import { suggestMapping } from './suggest-mapping.js';

/**
 * Which sheet of a workbook holds a kind of record, when nobody said: the one whose headers name
 * the kind's fields. A workbook whose first sheet is "Instructions" and whose data is on "Answers"
 * is read from "Answers"; a workbook where no sheet fits, or several fit equally, is not guessed at.
 */

export interface SheetFit {
  sheet: string;
  /** Required fields of the kind that no header names (fields with a fallback need none). */
  missing: string[];
  /** How well the headers name the kind's fields: the sum of the suggestions' confidences. */
  score: number;
}

export function fitSheet(kind: RecordKind, sheet: string, headers: readonly string[]): SheetFit {
  const suggestions = suggestMapping(kind, headers);
  const mapped = new Set(suggestions.map((s) => s.field).filter((field) => field !== null));
  const missing = FIELDS[kind].filter((spec) => spec.required && spec.fallback === undefined && !mapped.has(spec.id)).map((spec) => spec.id);
  const score = suggestions.reduce((sum, s) => sum + s.confidence, 0);
  return { sheet, missing, score: Math.round(score * 100) / 100 };
}

export type SheetChoice = { sheet: string } | { sheet: null; reason: string };

/** The best-fitting sheet, or why none is chosen, naming every sheet and what it lacks. */
export function chooseSheet(kind: RecordKind, file: string, fits: readonly SheetFit[]): SheetChoice {
  const fitting = fits.filter((fit) => fit.missing.length === 0).sort((a, b) => b.score - a.score);
  const best = fitting[0];
  if (best && (fitting.length === 1 || fitting[1]!.score < best.score)) return { sheet: best.sheet };
  if (best) {
    const tied = fitting.filter((fit) => fit.score === best.score).map((fit) => `"${fit.sheet}"`);
    return { sheet: null, reason: `Several sheets of "${file}" fit ${kind} equally well: ${tied.join(', ')}.` };
  }
  const listed = fits.map((fit) => (fit.missing.length === 0 ? `"${fit.sheet}"` : `"${fit.sheet}" (no column for ${fit.missing.join(', ')})`));
  return {
    sheet: null,
    reason: fits.length === 0 ? `"${file}" has no sheet with values.` : `No sheet of "${file}" has the columns of ${kind}: ${listed.join('; ')}.`,
  };
}
