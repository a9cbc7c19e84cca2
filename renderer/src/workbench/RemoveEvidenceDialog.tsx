import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceRow } from '../../../shared/curate-contract';
import { evidenceName } from './LinkEvidence';

interface RemoveEvidenceDialogProps {
  item: EvidenceRow;
  onConfirm(): void;
  /** Closed without removing: Escape or Keep it. */
  onClose(): void;
}

/**
 * Asks before an evidence row goes, in a modal <dialog> (the browser traps the focus and Escape closes it):
 * the row leaves every indicator it backs, not only this one, and Undo brings it back.
 */
export function RemoveEvidenceDialog({ item, onConfirm, onClose }: RemoveEvidenceDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  // showModal focuses the first button; the focus starts on the choice that loses nothing instead.
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    keep.current?.focus();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="remove-evidence-title"
      aria-describedby="remove-evidence-said"
      onClose={() => (confirmed.current ? onConfirm() : onClose())}
    >
      <h2 id="remove-evidence-title">{t('panel.removeTitle', { name: evidenceName(item) })}</h2>
      <p id="remove-evidence-said">
        {t('panel.removeSaid', { count: item.indicators.length, indicators: item.indicators.join(', ') })} {t('panel.removeUndo')}
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            confirmed.current = true;
            dialog.current?.close();
          }}
        >
          {t('panel.removeConfirm')}
        </button>
        <button type="button" ref={keep} onClick={() => dialog.current?.close()}>
          {t('panel.removeKeep')}
        </button>
      </div>
    </dialog>
  );
}
