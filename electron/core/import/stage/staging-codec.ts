import type { RawCell, RawRow } from '../../../../shared/records';

/**
 * Raw cells as stored in staging: most cells are plain text or numbers, kept as the bare value;
 * the rest as [value, type, format, link], with a fifth element 1 for an uncalculated formula.
 * A million rows keep every cell at a fraction of the size.
 */
type StoredCell =
  | null
  | string
  | number
  | boolean
  | [RawCell['value'], RawCell['type'], string | null, string | null]
  | [RawCell['value'], RawCell['type'], string | null, string | null, 1];

const PLAIN_TYPE: Record<string, RawCell['type']> = { string: 's', number: 'n', boolean: 'b' };

export function encodeCells(row: RawRow): string {
  const stored: StoredCell[] = row.map((cell) => {
    if (!cell) return null;
    const plain = cell.value !== null && PLAIN_TYPE[typeof cell.value] === cell.type && !cell.format && !cell.link && !cell.uncalculated;
    if (plain) return cell.value as string | number | boolean;
    const full = [cell.value, cell.type, cell.format ?? null, cell.link ?? null] as const;
    return cell.uncalculated ? [...full, 1] : [...full];
  });
  return JSON.stringify(stored);
}

export function decodeCells(text: string): RawRow {
  return (JSON.parse(text) as StoredCell[]).map((stored): RawCell | null => {
    if (stored === null) return null;
    if (!Array.isArray(stored)) return { value: stored, type: PLAIN_TYPE[typeof stored]! };
    const [value, type, format, link, uncalculated] = stored;
    return {
      value,
      type,
      ...(format !== null ? { format } : {}),
      ...(link !== null ? { link } : {}),
      ...(uncalculated === 1 ? { uncalculated: true as const } : {}),
    };
  });
}
