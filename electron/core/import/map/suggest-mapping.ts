import { FIELDS, type ColumnSuggestion, type RecordKind } from '../../../../shared/records.js';
import { FIELD_SYNONYMS } from './field-synonyms.js';
import { normaliseLabel } from '../../text';

/**
 * Proposes, for each column, the field its header names. Headers are only ever Map keys here:
 * a column called "__proto__" or "constructor" is a column like any other.
 */

interface Candidate {
  column: number;
  field: string;
  confidence: number;
}

const synonymsByKind = new Map<RecordKind, ReadonlyMap<string, string>>();

/** Normalised synonym → field id, the field id itself included. */
function synonymsOf(kind: RecordKind): ReadonlyMap<string, string> {
  let synonyms = synonymsByKind.get(kind);
  if (!synonyms) {
    const table = new Map<string, string>();
    for (const { id } of FIELDS[kind]) {
      table.set(id, id);
      for (const word of FIELD_SYNONYMS[kind][id] ?? []) table.set(normaliseLabel(word), id);
    }
    synonyms = table;
    synonymsByKind.set(kind, synonyms);
  }
  return synonyms;
}

export function suggestMapping(kind: RecordKind, headers: readonly string[]): ColumnSuggestion[] {
  const synonyms = synonymsOf(kind);
  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    const label = normaliseLabel(header);
    if (label === '') return;
    const exact = synonyms.get(label);
    if (exact !== undefined) {
      candidates.push({ column, field: exact, confidence: 1 });
      return;
    }
    // A synonym found as whole words inside a longer header: the more of the header it covers, the surer.
    const padded = ` ${label} `;
    const best = new Map<string, number>();
    for (const [synonym, field] of synonyms) {
      if (!padded.includes(` ${synonym} `)) continue;
      const confidence = 0.5 + 0.4 * (synonym.length / label.length);
      if (confidence > (best.get(field) ?? 0)) best.set(field, confidence);
    }
    for (const [field, confidence] of best) candidates.push({ column, field, confidence: Math.round(confidence * 100) / 100 });
  });

  // Each field to one column and each column to one field, surest first; ties go to the leftmost column.
  candidates.sort((a, b) => b.confidence - a.confidence || a.column - b.column);
  const chosen = new Map<number, Candidate>();
  const taken = new Set<string>();
  for (const candidate of candidates) {
    if (chosen.has(candidate.column) || taken.has(candidate.field)) continue;
    chosen.set(candidate.column, candidate);
    taken.add(candidate.field);
  }
  return headers.map((header, column) => {
    const pick = chosen.get(column);
    return { column, header, field: pick?.field ?? null, confidence: pick?.confidence ?? 0 };
  });
}
