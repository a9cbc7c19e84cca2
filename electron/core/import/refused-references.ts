import type { ColumnMapping, ImportIssue, IssueLocation } from '../../../shared/records';
import { columnLetter } from './import-issue';
import type { RowWhere } from './map-rows';
import type { StagedReference } from './resolve-references';

/**
 * A reference refused by reconciliation (a compact "ratified") makes its row an error: the reason is
 * placed on the column its text came from, like any other cell that cannot be used.
 */
export function refusedReferenceIssues(refs: readonly StagedReference[], mapping: ColumnMapping, where: RowWhere): ImportIssue[] {
  return refs.flatMap((ref) => {
    if (!ref.refused) return [];
    const entry = mapping.find((m) => m.field === ref.field);
    const location: IssueLocation = { row: where.row };
    if (where.file !== undefined) location.file = where.file;
    if (where.sheet !== undefined) location.sheet = where.sheet;
    let place = `${where.sheet !== undefined ? `Sheet "${where.sheet}", row` : 'Row'} ${where.row}`;
    if (entry) {
      location.column = columnLetter(entry.column);
      place += `, column ${location.column}${entry.header ? ` ("${entry.header}")` : ''}`;
    }
    return [{ code: 'invalid-choice' as const, message: `${place}: ${ref.refused}`, where: location }];
  });
}
