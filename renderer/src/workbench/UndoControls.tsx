import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoOutcome, UndoState } from '../../../shared/curate-contract';
import { api, asApiError, type ApiError } from '../api/client';
import { ErrorNotice } from '../frame/ErrorNotice';
import { isUndoAction, UNDO_ACTION_KEYS } from './workbench-keys';

interface UndoControlsProps {
  submissionId: string;
  state: UndoState | undefined;
  /** After an undo or a redo, with what it did, so the page can show the change. */
  onDone(outcome: UndoOutcome): void;
}

/** Keys typed into a text field keep their own meaning there: Ctrl+Z undoes the typing, not the last edit. */
function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Undo and redo of the submission's last edits, by button and by Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y too).
 * The engine keeps the undo history in the audit log, so grid edits, panel edits and reconciliation
 * decisions undo alike, after a sort or a filter, and after a restart.
 */
export function UndoControls({ submissionId, state, onDone }: UndoControlsProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');

  const run = useCallback(
    async (method: 'edits.undo' | 'edits.redo') => {
      if (busy) return;
      setBusy(true);
      try {
        const outcome = await api.invoke(method, { submissionId });
        setError(undefined);
        setSaid(t(method === 'edits.undo' ? 'undo.undone' : 'undo.redone', { action: isUndoAction(outcome.action) ? t(UNDO_ACTION_KEYS[outcome.action]) : outcome.action }));
        onDone(outcome);
      } catch (caught) {
        setError(asApiError(caught));
      } finally {
        setBusy(false);
      }
    },
    [busy, submissionId, onDone, t],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inTextField(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const undo = key === 'z' && !event.shiftKey;
      if (!undo && !redo) return;
      event.preventDefault();
      if (undo && state?.canUndo) void run('edits.undo');
      if (redo && state?.canRedo) void run('edits.redo');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [run, state]);

  return (
    <div className="undo-controls" role="group" aria-label={t('undo.label')}>
      <button type="button" disabled={!state?.canUndo || busy} onClick={() => void run('edits.undo')} aria-keyshortcuts="Control+Z">
        {t('undo.undo')}
      </button>
      <button type="button" disabled={!state?.canRedo || busy} onClick={() => void run('edits.redo')} aria-keyshortcuts="Control+Shift+Z">
        {t('undo.redo')}
      </button>
      <span className="undo-said" role="status">
        {said}
      </span>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
