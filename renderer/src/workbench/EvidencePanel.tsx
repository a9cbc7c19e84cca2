import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorRow } from '../../../shared/domain';
import type { EvidenceRow } from '../../../shared/curate-contract';
import type { PreviousSubmission } from '../../../shared/quality-contract';
import { api, asApiError, type ApiError } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { answerText } from './answer-text';
import { EvidenceForm } from './EvidenceForm';
import { IndicatorHistory } from './IndicatorHistory';
import { LinkEvidence, evidenceName } from './LinkEvidence';
import { RemoveEvidenceDialog } from './RemoveEvidenceDialog';
import { YearOnYear } from './YearOnYear';
import { CONFIDENCE_KEYS, EVIDENCE_TYPE_KEYS } from './workbench-keys';

interface EvidencePanelProps {
  submissionId: string;
  row: IndicatorRow;
  previous: PreviousSubmission | undefined;
  /** Bumped after every write anywhere on the page, so the panel reads again. */
  version: number;
  onChanged(): void;
  /** The panel takes the focus from the grid with F6. */
  panelRef: React.Ref<HTMLElement>;
}

interface EvidenceItemProps {
  item: EvidenceRow;
  onUnlink(): void;
  onEdit(): void;
  onRemove(): void;
}

function EvidenceItem({ item, onUnlink, onEdit, onRemove }: EvidenceItemProps) {
  const { t } = useTranslation();
  const name = evidenceName(item);
  return (
    <li className={`evidence-item evidence-${item.type}`} data-evidence-id={item.id}>
      <span className="evidence-type">{t(EVIDENCE_TYPE_KEYS[item.type])}</span>
      <span className="evidence-name">{name}</span>
      {item.date && <span className="evidence-date">{item.date}</span>}
      {item.url && (
        <a href={item.url} target="_blank" rel="noreferrer noopener">
          {t('panel.link')}
        </a>
      )}
      {item.excerpt && <q className="evidence-excerpt">{item.excerpt}</q>}
      <span className="evidence-actions">
        <button type="button" onClick={onEdit} aria-label={t('panel.editNamed', { name })}>
          {t('panel.edit')}
        </button>
        <button type="button" onClick={onUnlink} aria-label={t('panel.unlinkNamed', { name })}>
          {t('panel.unlink')}
        </button>
        <button type="button" onClick={onRemove} aria-label={t('panel.removeNamed', { name })}>
          {t('panel.remove')}
        </button>
      </span>
    </li>
  );
}

/** The focused indicator's answer, its evidence (linked, link, add, edit, unlink, remove), last year's answer and its history. */
export function EvidencePanel({ submissionId, row, previous, version, onChanged, panelRef }: EvidencePanelProps) {
  const { t } = useTranslation();
  const linked = useApiQuery('evidence.ofIndicator', { submissionId, indicatorId: row.code });
  const all = useApiQuery('evidence.list', { submissionId });
  const history = useApiQuery('edits.history', { submissionId, indicatorId: row.code });
  const [error, setError] = useState<ApiError>();
  const { reload: reloadLinked } = linked;
  const { reload: reloadAll } = all;
  const { reload: reloadHistory } = history;
  // Each query loads once on its own; the version asks again only after a write.
  const shownVersion = useRef(version);
  useEffect(() => {
    if (shownVersion.current === version) return;
    shownVersion.current = version;
    reloadLinked();
    reloadAll();
    reloadHistory();
  }, [version, reloadLinked, reloadAll, reloadHistory]);

  const [editing, setEditing] = useState<number>();
  const [removing, setRemoving] = useState<EvidenceRow>();
  // An edit begun for one indicator does not follow the expert to the next.
  useEffect(() => setEditing(undefined), [row.code]);
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  /** After an edit the focus goes back to the row's Edit button, once it is drawn again; after a removal, to the list's heading. */
  const focusNext = useRef<number | 'heading'>(undefined);
  const refocus = (evidenceId?: number) => (focusNext.current = evidenceId ?? 'heading');
  useEffect(() => {
    const target = focusNext.current;
    if (target === undefined) return;
    const element =
      target === 'heading' ? heading.current : list.current?.querySelector<HTMLButtonElement>(`[data-evidence-id="${target}"] .evidence-actions button`);
    if (!element) return;
    element.focus();
    focusNext.current = undefined;
  });

  const write = async (call: () => Promise<unknown>) => {
    try {
      await call();
      setError(undefined);
      onChanged();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  const unlink = (item: EvidenceRow) => write(() => api.invoke('evidence.unlink', { evidenceId: item.id, indicatorId: row.code }));
  const remove = (item: EvidenceRow) => {
    refocus();
    setRemoving(undefined);
    return write(() => api.invoke('evidence.remove', { evidenceId: item.id }));
  };
  const previousItem = previous?.previous ? previous.items.find((i) => i.indicator === row.code) : undefined;

  return (
    <aside className="evidence-panel" aria-labelledby="panel-heading" data-testid="evidence-panel" ref={panelRef} tabIndex={-1}>
      <h3 id="panel-heading">
        <span className="panel-code">{row.code}</span> {row.question}
      </h3>
      <dl className="facts facts-inline">
        <dt>{t('grid.value')}</dt>
        <dd data-testid="panel-value">{answerText(row, row.value) || '—'}</dd>
        <dt>{t('grid.score')}</dt>
        <dd data-testid="panel-score">{row.score ?? '—'}</dd>
        <dt>{t('grid.confidence')}</dt>
        <dd>{row.confidence ? t(CONFIDENCE_KEYS[row.confidence]) : '—'}</dd>
      </dl>
      {previous?.previous && previousItem && (
        <YearOnYear
          key={row.code}
          submissionId={submissionId}
          row={row}
          year={previous.previous.year}
          item={previousItem}
          onSaved={onChanged}
        />
      )}
      <h4 ref={heading} tabIndex={-1}>
        {t('panel.evidenceHeading', { count: linked.data?.length ?? 0 })}
      </h4>
      {error && <ErrorNotice error={error} />}
      {linked.error && <ErrorNotice error={linked.error} />}
      {linked.data?.length === 0 && <p className="panel-empty">{t('panel.noEvidence')}</p>}
      <ul className="evidence-list" data-testid="panel-evidence" ref={list}>
        {linked.data?.map((item) =>
          editing === item.id ? (
            <li key={item.id} className="evidence-item evidence-editing" data-evidence-id={item.id}>
              <EvidenceForm
                submissionId={submissionId}
                code={row.code}
                editing={item}
                onSaved={() => {
                  refocus(item.id);
                  setEditing(undefined);
                  onChanged();
                }}
                onCancel={() => {
                  refocus(item.id);
                  setEditing(undefined);
                }}
              />
            </li>
          ) : (
            <EvidenceItem
              key={item.id}
              item={item}
              onUnlink={() => void unlink(item)}
              onEdit={() => setEditing(item.id)}
              onRemove={() => setRemoving(item)}
            />
          ),
        )}
      </ul>
      {removing && (
        <RemoveEvidenceDialog
          item={removing}
          onConfirm={() => void remove(removing)}
          onClose={() => {
            refocus(removing.id);
            setRemoving(undefined);
          }}
        />
      )}
      {all.data && <LinkEvidence key={row.code} code={row.code} all={all.data} onLinked={onChanged} />}
      <details className="panel-add">
        <summary>{t('panel.addHeading')}</summary>
        <EvidenceForm key={row.code} submissionId={submissionId} code={row.code} onSaved={onChanged} />
      </details>
      <details className="panel-history">
        <summary>{t('panel.historyHeading')}</summary>
        {history.data && <IndicatorHistory entries={history.data} />}
      </details>
    </aside>
  );
}
