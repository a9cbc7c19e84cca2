import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowTarget, StagedRow } from '../../../shared/import-contract';
import { kindOfStatusContext } from '../../../shared/instrument-statuses';
import type { ColumnMapping, RecordKind } from '../../../shared/records';
import { api, asApiError, type ApiError } from '../api/client';
import { ErrorNotice } from '../frame/ErrorNotice';
import { useRovingTable } from '../frame/use-roving-table';
import { IssueText } from './IssueText';
import { ReadingCell, ScoreCell, TargetsCell } from './RowOutcomeCells';
import { StagedRowFields, type FieldColumn } from './StagedRowFields';
import { INSTRUMENT_KIND_KEYS } from '../messages/message-keys';
import { fieldName, UNRESOLVED_KEYS } from './import-keys';

interface StagedRowsTableProps {
  importId: string;
  kind: RecordKind;
  rows: StagedRow[];
  /** The mapped columns, in the sheet's order. */
  mapping: ColumnMapping;
  /** The import is committed: its rows are what the submission holds now, and are no longer changed here. */
  committed: boolean;
  /** A row was fixed, left out, taken back or sent back to the queue: the engine's new version of it. */
  onChanged(row: StagedRow, change: StagingChange, undo: StagingUndo): void;
}

export type StagingChange = 'edited' | 'excluded' | 'restored' | 'requeued' | 'undone';

/** How to take a change back: the cell's previous text, the row's previous inclusion, or a sending back to the queue. */
export type StagingUndo =
  | { kind: 'edit'; row: number; field: string; column: number; previous: string }
  | { kind: 'exclusion'; row: number; excluded: boolean }
  | { kind: 'requeue'; row: number; field: string };

/** What is unresolved in a row, in words: the text as written and the closest targets. */
function UnresolvedReferences({ row }: { row: StagedRow }) {
  const { t } = useTranslation();
  // A refused text is not waiting for anyone: the row's problems give the reason.
  const open = row.refs.filter((ref) => ref.targetId === null && !ref.refused);
  if (open.length === 0) return null;
  const describe = (ref: StagedRow['refs'][number]) => {
    const words = { text: ref.text, field: fieldName(t, ref.field) };
    // An answer is checked against its indicator's options, a status against its instrument's: until that is known, there is nothing to compare yet.
    if (ref.kind === 'answer' && !ref.context)
      return t(ref.field === 'status' ? 'import.staging.unresolved.statusAwaitsInstrument' : 'import.staging.unresolved.answerAwaitsIndicator', words);
    const closest =
      ref.candidates.length === 0
        ? t('import.staging.noCandidate')
        : t('import.staging.candidates', {
            list: ref.candidates
              .slice(0, 3)
              .map((c) => t('import.staging.candidate', { label: c.label, id: c.targetId, score: Math.round(c.score * 100) }))
              .join('; '),
          });
    const statusOf = kindOfStatusContext(ref.context);
    const unresolved = statusOf
      ? t('import.staging.unresolved.status', { ...words, kind: t(INSTRUMENT_KIND_KEYS[statusOf]) })
      : t(UNRESOLVED_KEYS[ref.kind], words);
    return `${unresolved} ${closest}`;
  };
  return (
    <ul className="row-refs">
      {open.map((ref) => (
        <li key={`${ref.field}:${ref.text}`}>{describe(ref)}</li>
      ))}
    </ul>
  );
}

/**
 * One page of staged rows: each row's cells as read (click one to fix it), what the row became — its
 * target and how it was matched, how its value was read, its score — its problems, and leave out / take back.
 */
export function StagedRowsTable({ importId, kind, rows, mapping, committed, onChanged }: StagedRowsTableProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ row: number; column: number }>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const roving = useRovingTable();
  const mapped = mapping.flatMap((m) => (m.field === null ? [] : [{ column: m.column, field: m.field }]));
  const columns: FieldColumn[] = mapped.map((m) => ({ ...m, shared: mapped.filter((o) => o.field === m.field).length > 1 }));
  const showsTargets = kind !== 'evidence';
  const showsReading = kind === 'answers';
  // Ready rows have nothing to resolve: the column is left out rather than shown empty beside them.
  const showsProblems = rows.some((r) => r.problems.length > 0 || r.refs.some((ref) => ref.targetId === null && !ref.refused));

  async function run(action: () => Promise<void>) {
    setSaving(true);
    setFailure(undefined);
    try {
      await action();
    } catch (caught) {
      setFailure(asApiError(caught));
    } finally {
      setSaving(false);
    }
  }

  const save = (row: StagedRow, { field, column }: FieldColumn, value: string) =>
    run(async () => {
      const previous = row.cells[column] ?? '';
      const updated = await api.invoke('imports.editCell', { importId, row: row.row, field, value, column });
      setEditing(undefined);
      onChanged(updated, 'edited', { kind: 'edit', row: row.row, field, column, previous });
    });

  const setExcluded = (row: StagedRow, excluded: boolean) =>
    run(async () => {
      const updated = await api.invoke('imports.exclude', { importId, row: row.row, excluded });
      onChanged(updated, excluded ? 'excluded' : 'restored', { kind: 'exclusion', row: row.row, excluded: !excluded });
    });

  const requeue = (row: StagedRow, target: RowTarget) =>
    run(async () => {
      const result = await api.invoke('imports.requeue', { importId, row: row.row, field: target.field, undo: false });
      onChanged(result.row, 'requeued', { kind: 'requeue', row: row.row, field: target.field });
    });

  return (
    <>
      {failure && <ErrorNotice error={failure} />}
      <div className="table-scroll">
        <table ref={roving} className="data-table staged-table" data-testid="staged-rows">
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.row')}</th>
              <th scope="col">{t('import.review.inFile')}</th>
              {showsTargets && <th scope="col">{t('import.review.became')}</th>}
              {showsReading && <th scope="col">{t('import.review.readAs')}</th>}
              {showsReading && <th scope="col">{t('import.review.score')}</th>}
              {showsProblems && <th scope="col">{t('import.staging.problems')}</th>}
              <th scope="col">
                <span className="visually-hidden">{t('import.staging.decision')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.row} data-row={row.row} data-status={row.status} data-similarity={row.outcome.bySimilarity || undefined}>
                <th scope="row">{row.row}</th>
                <td>
                  <StagedRowFields
                    kind={kind}
                    row={row}
                    columns={columns}
                    editing={editing?.row === row.row ? editing.column : undefined}
                    saving={saving}
                    readOnly={committed}
                    onEdit={(column) => setEditing(column === undefined ? undefined : { row: row.row, column })}
                    onSave={(column, text) => void save(row, column, text)}
                  />
                </td>
                {showsTargets && (
                  <td className="row-became">
                    <TargetsCell row={row} busy={saving} readOnly={committed} onRequeue={(target) => void requeue(row, target)} />
                  </td>
                )}
                {showsReading && (
                  <td className="row-reading">
                    <ReadingCell row={row} />
                  </td>
                )}
                {showsReading && (
                  <td className="row-score">
                    <ScoreCell row={row} />
                  </td>
                )}
                {showsProblems && (
                  <td className="row-problems">
                    {row.problems.length > 0 && (
                      <ul>
                        {row.problems.map((issue, index) => (
                          <li key={index}>
                            <IssueText issue={issue} />
                          </li>
                        ))}
                      </ul>
                    )}
                    <UnresolvedReferences row={row} />
                  </td>
                )}
                <td>
                  {row.status === 'excluded' ? (
                    <button type="button" onClick={() => void setExcluded(row, false)} aria-label={t('import.staging.restoreRow', { row: row.row })}>
                      {t('import.staging.restore')}
                    </button>
                  ) : !committed ? (
                    <button type="button" onClick={() => void setExcluded(row, true)} aria-label={t('import.staging.excludeRow', { row: row.row })}>
                      {t('import.staging.exclude')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
