import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface EditableFieldProps {
  row: number;
  /** The field's name, for the control's label. */
  field: string;
  /** The value as read, or undefined when the cell gave none (empty or unreadable). */
  shown: string | undefined;
  /** The cell as written in the file: what the editor starts from when there is no value. */
  raw: string;
  editing: boolean;
  saving: boolean;
  readOnly: boolean;
  onEdit(): void;
  onCancel(): void;
  onSave(value: string): void;
}

/** A staged value; clicking it opens an inline input where Enter saves and Escape cancels. */
export function EditableField({ row, field, shown, raw, editing, saving, readOnly, onEdit, onCancel, onSave }: EditableFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(shown ?? raw);
  const button = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);

  // Back from the editor (Escape, or saved while the row stays on this page): focus returns to the value.
  useEffect(() => {
    // Only when focus was lost with the input: not when the person has moved on to another value's editor.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wasEditing.current && !editing && lost) button.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (readOnly) return <span>{shown ?? raw}</span>;
  if (!editing)
    return (
      <button
        ref={button}
        type="button"
        className={`cell-edit${shown === undefined ? ' cell-edit-empty' : ''}`}
        aria-label={t('import.staging.editLabel', { row, field, value: shown ?? raw })}
        onClick={() => {
          setDraft(shown ?? raw);
          onEdit();
        }}
      >
        {shown ?? (raw || t('import.staging.emptyCell'))}
      </button>
    );
  return (
    <input
      className="cell-input"
      // The person opened this editor by clicking or pressing Enter on the value: typing goes straight in.
      autoFocus
      aria-label={t('import.staging.inputLabel', { row, field })}
      aria-describedby="cell-edit-hint"
      value={draft}
      disabled={saving}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onSave(draft);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    />
  );
}
