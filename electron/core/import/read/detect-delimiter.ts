import type { Delimiter } from '../sheet-model.js';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
const SAMPLE_RECORDS = 50;

/**
 * Picks the delimiter that splits the first records into the same number of fields most often.
 * Counts only outside quotes; a title line or a remark with a stray comma costs a little consistency
 * to every candidate alike.
 */
export function detectDelimiter(sample: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of CANDIDATES) {
    const counts = fieldCounts(sample, delimiter);
    const { value: width, frequency } = mostFrequent(counts);
    if (width < 2) continue;
    // Consistency first, then the wider split.
    const score = (frequency / counts.length) * 1000 + Math.min(width, 999);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function fieldCounts(sample: string, delimiter: Delimiter): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let lineHasText = false;
  // The last line of a sample may be cut short: only lines ended by a newline are counted.
  for (let i = 0; i < sample.length && counts.length < SAMPLE_RECORDS; i++) {
    const char = sample[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (char === delimiter) fields++;
    else if (char === '\n' || char === '\r') {
      if (lineHasText) counts.push(fields);
      fields = 1;
      lineHasText = false;
      continue;
    }
    lineHasText = true;
  }
  return counts.length > 0 ? counts : [fields];
}

function mostFrequent(values: readonly number[]): { value: number; frequency: number } {
  const tally = new Map<number, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  let value = 0;
  let frequency = 0;
  for (const [candidate, count] of tally) {
    if (count > frequency || (count === frequency && candidate > value)) {
      value = candidate;
      frequency = count;
    }
  }
  return { value, frequency };
}
