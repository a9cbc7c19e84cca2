import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCounts, ImportSummary, StagedRow, StagingStatus } from '../../../shared/import-contract';
import { api, asApiError, type ApiError } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { StagingReconcileNotice } from '../reconcile/ReconcileLink';
import { StagedRowsTable, type StagingChange, type StagingUndo } from './StagedRowsTable';
import { WizardNav } from './StepIndicator';
import { STAGING_ANNOUNCE_KEYS, STAGING_EMPTY_KEYS, STAGING_EXPLAINED_KEYS, STAGING_STATUS_KEYS } from './import-keys';

const PAGE_SIZE = 50;
const TABS = ['ready', 'needs-reconciliation', 'error', 'excluded'] as const satisfies readonly StagingStatus[];
type Tab = (typeof TABS)[number];

const COUNT_OF: Record<Tab, keyof ImportCounts> = {
  ready: 'ready',
  'needs-reconciliation': 'needsReconciliation',
  error: 'error',
  excluded: 'excluded',
};

interface StagingStepProps {
  summary: ImportSummary;
  onSummary(summary: ImportSummary): void;
  onBack(): void;
  onNext(): void;
}

export function StagingCounts({ counts }: { counts: ImportCounts }) {
  const { t } = useTranslation();
  return (
    <dl className="staging-counts" data-testid="staging-counts">
      {TABS.map((status) => (
        <div key={status} className={`count count-${status}`} data-testid={`count-${status}`}>
          <dt>{t(STAGING_STATUS_KEYS[status])}</dt>
          <dd>{counts[COUNT_OF[status]]}</dd>
        </div>
      ))}
    </dl>
  );
}

interface StagedRowsPanelProps {
  importId: string;
  kind: ImportSummary['kind'];
  status: Tab;
  bySimilarity: boolean;
  mapping: ImportSummary['mapping'];
  committed: boolean;
  onChanged(row: StagedRow, change: StagingChange, undo: StagingUndo): void;
}

/** The rows of one status (perhaps only those matched by similarity), 50 a page, with Previous/Next page. */
function StagedRowsPanel({ importId, kind, status, bySimilarity, mapping, committed, onChanged }: StagedRowsPanelProps) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const rows = useApiQuery('imports.rows', { importId, status, offset, limit: PAGE_SIZE, ...(bySimilarity ? { bySimilarity } : {}) });
  const total = rows.data?.total ?? 0;

  // A fix can empty the last page: show the page before it rather than an empty one.
  useEffect(() => {
    if (rows.data && offset > 0 && offset >= rows.data.total) setOffset(Math.max(0, offset - PAGE_SIZE));
  }, [rows.data, offset]);

  return (
    <>
      {rows.error && <ErrorNotice error={rows.error} />}
      {!rows.data && rows.loading && <p>{t('common.loading')}</p>}
      {rows.data && rows.data.rows.length === 0 && (
        <p>{bySimilarity ? t('import.review.noSimilarRows') : t(STAGING_EMPTY_KEYS[status])}</p>
      )}
      {rows.data && rows.data.rows.length > 0 && (
        <StagedRowsTable
          importId={importId}
          kind={kind}
          rows={rows.data.rows}
          mapping={mapping}
          committed={committed}
          onChanged={(row, change, undo) => {
            rows.reload();
            onChanged(row, change, undo);
          }}
        />
      )}
      {total > PAGE_SIZE && (
        <nav className="pager" aria-label={t('import.staging.pagerLabel')}>
          <button type="button" onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))} disabled={offset === 0}>
            {t('import.staging.previousPage')}
          </button>
          <span>{t('import.staging.range', { first: offset + 1, last: Math.min(total, offset + PAGE_SIZE), total })}</span>
          <button type="button" onClick={() => setOffset(offset + PAGE_SIZE)} disabled={offset + PAGE_SIZE >= total}>
            {t('import.staging.nextPage')}
          </button>
        </nav>
      )}
    </>
  );
}

/** Takes one change back through the engine, and returns the row as it is again. */
async function undoChange(importId: string, change: StagingUndo): Promise<StagedRow> {
  if (change.kind === 'edit')
    return api.invoke('imports.editCell', { importId, row: change.row, field: change.field, value: change.previous, column: change.column });
  if (change.kind === 'exclusion') return api.invoke('imports.exclude', { importId, row: change.row, excluded: change.excluded });
  return (await api.invoke('imports.requeue', { importId, row: change.row, field: change.field, undo: true })).row;
}

/** Step 4: what staging made of every row, by status; rows can be fixed cell by cell, left out, or taken back. */
export function StagingStep({ summary, onSummary, onBack, onNext }: StagingStepProps) {
  const { t } = useTranslation();
  const { importId, counts } = summary;
  // Rows with errors need a decision first, so they open first when there are any.
  const [tab, setTab] = useState<Tab>(counts.error > 0 ? 'error' : 'ready');
  const [announcement, setAnnouncement] = useState('');
  const [refreshError, setRefreshError] = useState<ApiError>();
  const [undoStack, setUndoStack] = useState<StagingUndo[]>([]);
  const [onlySimilar, setOnlySimilar] = useState(false);
  // Bumped after an undo so the rows on screen are read again.
  const [version, setVersion] = useState(0);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  function choose(next: Tab) {
    setTab(next);
    tabRefs.current[next]?.focus();
  }

  function onTabKey(event: KeyboardEvent) {
    const at = TABS.indexOf(tab);
    const to =
      event.key === 'ArrowRight' ? (at + 1) % TABS.length
      : event.key === 'ArrowLeft' ? (at - 1 + TABS.length) % TABS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? TABS.length - 1
      : undefined;
    const next = to === undefined ? undefined : TABS[to];
    if (!next) return;
    event.preventDefault();
    choose(next);
  }

  function changed(row: StagedRow, change: StagingChange, undo?: StagingUndo) {
    if (undo) setUndoStack((stack) => [...stack, undo]);
    setAnnouncement(t(STAGING_ANNOUNCE_KEYS[change], { row: row.row, status: t(STAGING_STATUS_KEYS[row.status]) }));
    api
      .invoke('imports.get', { importId })
      .then((fresh) => {
        setRefreshError(undefined);
        onSummary(fresh);
      })
      .catch((caught: unknown) => setRefreshError(asApiError(caught)));
  }

  async function undoLast() {
    const last = undoStack.at(-1);
    if (!last) return;
    setUndoStack((stack) => stack.slice(0, -1));
    try {
      const row = await undoChange(importId, last);
      setVersion((v) => v + 1);
      changed(row, 'undone');
    } catch (caught) {
      setRefreshError(asApiError(caught));
    }
  }

  const step = useRef<HTMLDivElement>(null);
  const undoLatest = useRef(undoLast);
  useEffect(() => {
    undoLatest.current = undoLast;
  });
  useEffect(() => {
    function onUndoKey(event: globalThis.KeyboardEvent) {
      const { target } = event;
      const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
      // When the row that had focus leaves the table (left out, sent to the queue), focus falls back to the page: Ctrl+Z still undoes.
      const here = target === document.body || (target instanceof Node && step.current?.contains(target) === true);
      if (!typing && here && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void undoLatest.current();
      }
    }
    window.addEventListener('keydown', onUndoKey);
    return () => window.removeEventListener('keydown', onUndoKey);
  }, []);

  const lastUndo = undoStack.at(-1);
  return (
    <div ref={step}>
      <StagingCounts counts={counts} />
      <StagingReconcileNotice summary={summary} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {announcement && (
        <p className="notice" aria-hidden="true">
          {announcement}
        </p>
      )}
      {refreshError && <ErrorNotice error={refreshError} />}
      {lastUndo && (
        <p>
          <button type="button" onClick={() => void undoLast()} aria-keyshortcuts="Control+Z">
            {t('import.staging.undo', { row: lastUndo.row })}
          </button>
        </p>
      )}

      {counts.bySimilarity > 0 && (
        <p className="notice notice-warning" data-testid="similarity-notice">
          {t('import.review.similarityNotice', { count: counts.bySimilarity })}{' '}
          <label className="inline-check">
            <input type="checkbox" checked={onlySimilar} onChange={(event) => setOnlySimilar(event.target.checked)} />
            {t('import.review.onlySimilar')}
          </label>
        </p>
      )}
      <div role="tablist" aria-label={t('import.staging.tabsLabel')} className="tabs" onKeyDown={onTabKey}>
        {TABS.map((status) => (
          <button
            key={status}
            ref={(element) => {
              tabRefs.current[status] = element;
            }}
            type="button"
            role="tab"
            id={`staging-tab-${status}`}
            aria-selected={status === tab}
            aria-controls="staging-panel"
            tabIndex={status === tab ? 0 : -1}
            onClick={() => choose(status)}
          >
            {t('import.staging.tab', { status: t(STAGING_STATUS_KEYS[status]), count: counts[COUNT_OF[status]] })}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="staging-panel" aria-labelledby={`staging-tab-${tab}`} className="tab-panel">
        <p className="tab-explained">{t(STAGING_EXPLAINED_KEYS[tab])}</p>
        <p id="cell-edit-hint" className="field-hint">
          {t('import.staging.editHint')}
        </p>
        {/* Keyed by status: another tab's rows never show, even for a moment, under this tab's name. */}
        <StagedRowsPanel
          key={`${tab}:${version}:${onlySimilar}`}
          importId={importId}
          kind={summary.kind}
          status={tab}
          bySimilarity={onlySimilar}
          mapping={summary.mapping}
          committed={summary.status === 'committed'}
          onChanged={changed}
        />
      </div>
      <WizardNav
        onBack={onBack}
        onNext={onNext}
        blockedBy={counts.ready === 0 ? t('import.staging.nothingReady') : undefined}
      />
    </div>
  );
}
