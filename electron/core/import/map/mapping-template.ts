import { createHash } from 'node:crypto';
import type { ColumnMapping } from '../../../../shared/records.js';
import { normaliseLabel } from '../../text';

/**
 * A saved mapping is re-applied to a later file with the same headers, in whatever order its
 * columns come: files are recognised by their set of normalised headers.
 */

/** The same for any file whose headers are the same once normalised, in any order. */
export function headersSignature(headers: readonly string[]): string {
  const labels = headers.map(normaliseLabel).filter((label) => label !== '');
  labels.sort();
  return createHash('sha256').update(labels.join('\n')).digest('hex');
}

/** The template's fields given to the columns of `headers` by header name; unknown headers stay unmapped. */
export function applyMappingTemplate(template: ColumnMapping, headers: readonly string[]): ColumnMapping {
  // Queues, so that two columns both called "Date" keep their order.
  const fieldsByHeader = new Map<string, (string | null)[]>();
  for (const entry of [...template].sort((a, b) => a.column - b.column)) {
    const label = normaliseLabel(entry.header);
    const queue = fieldsByHeader.get(label) ?? [];
    queue.push(entry.field);
    fieldsByHeader.set(label, queue);
  }
  return headers.map((header, column) => ({
    column,
    header,
    field: fieldsByHeader.get(normaliseLabel(header))?.shift() ?? null,
  }));
}
