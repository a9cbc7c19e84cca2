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

function EvidenceItem({ item, onUnlink }: { item: EvidenceRow; onUnlink(): void }) {
  const { t } = useTranslation();
  return (
    <li className={`evidence-item evidence-${item.type}`}>
      <span className="evidence-type">{t(EVIDENCE_TYPE_KEYS[item.type])}</span>
      <span className="evidence-name">{evidenceName(item)}</span>
      {item.date && <span className="evidence-date">{item.date}</span>}
      {item.url && (
        <a href={item.url} target="_blank" rel="noreferrer noopener">
          {t('panel.link')}
        </a>
      )}
      {item.excerpt && <q className="evidence-excerpt">{item.excerpt}</q>}
      <button type="button" onClick={onUnlink} aria-label={t('panel.unlinkNamed', { name: evidenceName(item) })}>
        {t('panel.unlink')}
      </button>
    </li>
  );
}

/** The focused indicator's answer, its evidence (linked, link, add, unlink), last year's answer and its history. */
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

  const unlink = async (item: EvidenceRow) => {
    try {
      await api.invoke('evidence.unlink', { evidenceId: item.id, indicatorId: row.code });
      setError(undefined);
      onChanged();
    } catch (caught) {
      setError(asApiError(caught));
    }
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
      <h4>{t('panel.evidenceHeading', { count: linked.data?.length ?? 0 })}</h4>
      {error && <ErrorNotice error={error} />}
      {linked.error && <ErrorNotice error={linked.error} />}
      {linked.data?.length === 0 && <p className="panel-empty">{t('panel.noEvidence')}</p>}
      <ul className="evidence-list" data-testid="panel-evidence">
        {linked.data?.map((item) => <EvidenceItem key={item.id} item={item} onUnlink={() => void unlink(item)} />)}
      </ul>
      {all.data && <LinkEvidence key={row.code} code={row.code} all={all.data} onLinked={onChanged} />}
      <details className="panel-add">
        <summary>{t('panel.addHeading')}</summary>
        <EvidenceForm key={row.code} submissionId={submissionId} code={row.code} onAdded={onChanged} />
      </details>
      <details className="panel-history">
        <summary>{t('panel.historyHeading')}</summary>
        {history.data && <IndicatorHistory entries={history.data} />}
      </details>
    </aside>
  );
}
