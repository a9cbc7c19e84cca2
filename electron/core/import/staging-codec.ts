import type { RawCell, RawRow } from '../../../shared/records';

/**
 * Raw cells as stored in staging: most cells are plain text or numbers, kept as the bare value;
 * the rest as [value, type, format, link]. A million rows keep every cell at a fraction of the size.
 */
type StoredCell = null | string | number | boolean | [RawCell['value'], RawCell['type'], string | null, string | null];

const PLAIN_TYPE: Record<string, RawCell['type']> = { string: 's', number: 'n', boolean: 'b' };

export function encodeCells(row: RawRow): string {
  const stored: StoredCell[] = row.map((cell) => {
    if (!cell) return null;
    const plain = cell.value !== null && PLAIN_TYPE[typeof cell.value] === cell.type && !cell.format && !cell.link;
    return plain ? (cell.value as string | number | boolean) : [cell.value, cell.type, cell.format ?? null, cell.link ?? null];
  });
  return JSON.stringify(stored);
}

export function decodeCells(text: string): RawRow {
  return (JSON.parse(text) as StoredCell[]).map((stored): RawCell | null => {
    if (stored === null) return null;
    if (!Array.isArray(stored)) return { value: stored, type: PLAIN_TYPE[typeof stored]! };
    const [value, type, format, link] = stored;
    return { value, type, ...(format !== null ? { format } : {}), ...(link !== null ? { link } : {}) };
  });
}
