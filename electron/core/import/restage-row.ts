import { mapRow } from './map-rows';
import { refusedReferenceIssues } from './refused-references';
import type { ReferenceResolver } from './resolve-references';
import { settleRecord, type Fields } from './staged-record';
import type { LoadedStagedRow, StoredImport } from './staging-store';

/** Reads a row again from its cells, as staging did: its fields, problems, references and status. */
export function restageRow(resolver: ReferenceResolver, imp: StoredImport, row: LoadedStagedRow): LoadedStagedRow {
  const where = { file: imp.layout.fileName, sheet: imp.sheet, row: row.row };
  const { record, problems } = mapRow(imp.kind, imp.mapping, row.cells, where, { formats: imp.layout.formats, date1904: imp.layout.date1904 });
  const fields = { ...(record as Fields) };
  const refs = resolver.resolve(imp.kind, fields);
  const all = [...problems, ...refusedReferenceIssues(refs, imp.mapping, where)];
  const settled = settleRecord(imp.kind, fields, refs, all, resolver.indicatorsByCode);
  return { ...row, status: settled.status, record: settled.record, problems: all };
}
