import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StagedRow } from '../../../shared/import-contract';
import { FIELDS, type RecordKind } from '../../../shared/records';
import { columnLetter } from './column-letter';
import { EditableField } from './EditableField';
import { useMessageText } from '../messages/message-text';
import { fieldName } from './import-keys';

/** A mapped column of the sheet: the field it feeds, and whether another column feeds that field too. */
export interface FieldColumn {
  column: number;
  field: string;
  shared: boolean;
}

interface StagedRowFieldsProps {
  kind: RecordKind;
  row: StagedRow;
  columns: readonly FieldColumn[];
  editing: number | undefined;
  saving: boolean;
  /** The row's import is committed: its cells are shown, not edited. */
  readOnly: boolean;
  onEdit(column: number | undefined): void;
  onSave(column: FieldColumn, value: string): void;
}

/**
 * A row's cells as the file gives them, each editable. Empty optional cells are folded away — a
 * sheet may map ten columns, and most rows fill three — and can be unfolded to fill one in.
 */
export function StagedRowFields({ kind, row, columns, editing, saving, readOnly, onEdit, onSave }: StagedRowFieldsProps) {
  const { t } = useTranslation();
  const { issueText } = useMessageText();
  const [unfolded, setUnfolded] = useState(false);
  const required = new Set(FIELDS[kind].filter((spec) => spec.required).map((spec) => spec.id));
  const problemsAt = (column: number) => row.problems.filter((p) => p.where.column === columnLetter(column));
  const worthShowing = (c: FieldColumn) => unfolded || required.has(c.field) || (row.cells[c.column] ?? '') !== '' || problemsAt(c.column).length > 0;
  const shown = columns.filter(worthShowing);
  const folded = columns.length - shown.length;
  const nameOf = (c: FieldColumn) => {
    const name = fieldName(t, c.field);
    return c.shared ? t('import.review.fieldOfColumn', { field: name, column: columnLetter(c.column) }) : name;
  };
  return (
    <>
      <dl className="row-fields">
        {shown.map((c) => {
          const problems = problemsAt(c.column);
          const value = row.fields[c.field];
          return (
            <div key={c.column} className={problems.length > 0 ? 'cell-problem' : undefined} title={problems.map(issueText).join('\n') || undefined}>
              <dt>{nameOf(c)}</dt>
              <dd>
                <EditableField
                  row={row.row}
                  field={nameOf(c)}
                  // A field fed by two columns shows each column's own cell; their joined reading is what the row became.
                  shown={c.shared ? row.cells[c.column] || undefined : value === undefined ? undefined : String(value)}
                  raw={row.cells[c.column] ?? ''}
                  editing={editing === c.column}
                  saving={saving}
                  readOnly={readOnly}
                  onEdit={() => onEdit(c.column)}
                  onCancel={() => onEdit(undefined)}
                  onSave={(text) => onSave(c, text)}
                />
              </dd>
            </div>
          );
        })}
      </dl>
      {folded > 0 && !readOnly && (
        <button type="button" className="unfold-cells" aria-label={t('import.review.unfoldLabel', { row: row.row, count: folded })} onClick={() => setUnfolded(true)}>
          {t('import.review.unfold', { count: folded })}
        </button>
      )}
    </>
  );
}
