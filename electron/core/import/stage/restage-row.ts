import { mapRow } from '../map/map-rows';
import type { ReferenceResolver } from '../resolve/resolve-references';
import { cellContext, settleRecord, type Fields } from './staged-record';
import type { LoadedStagedRow, StoredImport } from './staging-store';

/** Reads a row again from its cells, as staging did: its fields, problems, references and status. */
export function restageRow(resolver: ReferenceResolver, imp: StoredImport, row: LoadedStagedRow): LoadedStagedRow {
  const where = { file: imp.layout.fileName, sheet: imp.sheet, row: row.row };
  const { record, problems } = mapRow(imp.kind, imp.mapping, row.cells, where, { formats: imp.layout.formats, date1904: imp.layout.date1904 });
  const fields = { ...(record as Fields) };
  const questioned = row.record.questioned ?? [];
  const refs = resolver.resolve(imp.kind, fields, new Set(questioned));
  const context = { indicators: resolver.indicatorsByCode, cells: cellContext(imp.mapping, imp.layout.formats, where) };
  const settled = settleRecord(imp.kind, fields, refs, problems, context, questioned);
  return { ...row, ...settled };
}
