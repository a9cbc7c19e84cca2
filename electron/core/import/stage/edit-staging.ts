import type { IndicatorSchema } from '../../../../shared/indicator-schema';
import type { LearnedAlias } from '../../../../shared/reconcile';
import { MrcError } from '../../../../shared/errors';
import { appendAudit } from '../../audit';
import type { Db } from '../../db';
import { cellText } from '../map/parse-values';
import { ReferenceResolver } from '../resolve/resolve-references';
import { restageRow } from './restage-row';
import { getImport, getStagedRow, saveStagedRow, type LoadedStagedRow, type StoredImport } from './staging-store';

export interface EditContext {
  db: Db;
  actor: string;
  schema: IndicatorSchema;
  learned: readonly LearnedAlias[];
}

function requireStaged(imp: StoredImport): void {
  if (imp.status !== 'staged')
    throw new MrcError('import-closed', `This import is ${imp.status}; its staged rows can no longer change.`, { detail: 'import-closed.edit', params: { status: imp.status } });
}

function restage(ctx: EditContext, imp: StoredImport, row: LoadedStagedRow): LoadedStagedRow {
  return restageRow(new ReferenceResolver(ctx.schema, ctx.learned), imp, row);
}

/** Replaces the cell a field is read from, and checks the row again. */
export function editStagedCell(ctx: EditContext, importId: string, rowNumber: number, field: string, value: string, atColumn?: number): LoadedStagedRow {
  const imp = getImport(ctx.db, importId);
  requireStaged(imp);
  const column = imp.mapping.find((m) => m.field === field && (atColumn === undefined || m.column === atColumn))?.column;
  if (column === undefined)
    throw new MrcError('unknown-field', `No column of this import is mapped to "${field}".`, {
      where: { sheet: imp.sheet, row: rowNumber },
      detail: 'unknown-field.no-column',
      params: { field },
    });
  const row = getStagedRow(ctx.db, importId, rowNumber);
  const previous = cellText(row.cells[column], imp.layout.date1904);
  const cells = [...row.cells];
  while (cells.length <= column) cells.push(null);
  cells[column] = value === '' ? null : { value, type: 's' };
  const edited = restage(ctx, imp, { ...row, cells });
  if (row.status === 'excluded') edited.status = 'excluded';
  ctx.db.transaction(() => {
    saveStagedRow(ctx.db, importId, edited);
    appendAudit(ctx.db, {
      actor: ctx.actor,
      action: 'staging.edit',
      entity: `import:${importId}`,
      details: { row: rowNumber, field, previous, value },
    });
  }).immediate();
  return edited;
}

/** Leaves a row out of the commit, or takes it back: a decision, recorded, never a silent drop. */
export function setRowExcluded(ctx: EditContext, importId: string, rowNumber: number, excluded: boolean): LoadedStagedRow {
  const imp = getImport(ctx.db, importId);
  requireStaged(imp);
  const row = getStagedRow(ctx.db, importId, rowNumber);
  const updated = excluded ? { ...row, status: 'excluded' as const } : restage(ctx, imp, row);
  ctx.db.transaction(() => {
    saveStagedRow(ctx.db, importId, updated);
    appendAudit(ctx.db, {
      actor: ctx.actor,
      action: excluded ? 'staging.exclude' : 'staging.include',
      entity: `import:${importId}`,
      details: { row: rowNumber },
    });
  }).immediate();
  return updated;
}

/**
 * Sends a reference matched by similarity back to the queue, in every row of the import that holds
 * the same text in that field: only the person's decision settles them now. `undo` lets the engine's match apply again.
 */
export function requeueReference(ctx: EditContext, importId: string, rowNumber: number, field: string, undo: boolean): number {
  const resolver = new ReferenceResolver(ctx.schema, ctx.learned);
  // Read under the write lock: another process may have committed or abandoned the import meanwhile.
  return ctx.db.transaction(() => {
    const imp = getImport(ctx.db, importId);
    requireStaged(imp);
    const ref = getStagedRow(ctx.db, importId, rowNumber).record.refs.find((r) => r.field === field);
    if (!ref)
      throw new MrcError('unknown-field', `Row ${rowNumber} has no ${field} to match to the schema.`, {
        where: { sheet: imp.sheet, row: rowNumber },
        detail: 'unknown-field.no-reference',
        params: { row: rowNumber, field },
      });
    const rowNumbers = ctx.db
      .prepare(
        `SELECT row_number FROM staging_rows WHERE import_id = ? AND status != 'excluded'
           AND EXISTS (SELECT 1 FROM json_each(record, '$.refs') r WHERE r.value ->> 'field' = ? AND r.value ->> 'text' = ?)`,
      )
      .all(importId, field, ref.text) as { row_number: number }[];
    for (const { row_number } of rowNumbers) {
      const row = getStagedRow(ctx.db, importId, row_number);
      const others = (row.record.questioned ?? []).filter((f) => f !== field);
      const questioned = undo ? others : [...others, field];
      saveStagedRow(ctx.db, importId, restageRow(resolver, imp, { ...row, record: { ...row.record, questioned } }));
    }
    appendAudit(ctx.db, {
      actor: ctx.actor,
      action: undo ? 'staging.match-again' : 'staging.requeue',
      entity: `import:${importId}`,
      details: { field, text: ref.text, rows: rowNumbers.length },
    });
    return rowNumbers.length;
  }).immediate();
}
