import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../shared/reconcile-contract';
import { api, asApiError, type ApiError } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { AcceptAbove } from './AcceptAbove';
import { AliasTools } from './AliasTools';
import { currentItem, itemKey, keyAt, keysAfter } from './queue-position';
import { QueueItemPanel } from './QueueItemPanel';
import { QueueList } from './QueueList';
import { BackLinks } from './BackLinks';
import { waitingMayHaveChanged } from './use-waiting-counts';
import { UndoControls } from '../workbench/UndoControls';
import { GO_TO_KEYS } from './reconcile-keys';

interface Outcome {
  /** What happened, in words; shown and read out. */
  message: string;
  tone: 'success' | 'info';
}

/**
 * The queue of one submission: the list, the text in focus and the tools that decide many at once.
 * After every decision the queue is asked again and the next text that waited takes the focus.
 */
export function ReconcileQueue({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation();
  const queue = useApiQuery('reconcile.queue', { submissionId });
  const indicators = useApiQuery('submissions.indicators', { submissionId });
  // Decisions are undoable edits in the engine: Ctrl+Z brings the decided text back into the queue.
  const undo = useApiQuery('edits.state', { submissionId });
  const [chosen, setChosen] = useState<string>();
  const [followers, setFollowers] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [toolBusy, setToolBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [whereNow, setWhereNow] = useState('');
  const [failure, setFailure] = useState<ApiError>();
  const panelRef = useRef<HTMLElement>(null);
  const emptyRef = useRef<HTMLHeadingElement>(null);
  const focusAfterLoad = useRef(false);
  const focusedOnce = useRef(false);

  const items = useMemo(() => queue.data ?? [], [queue.data]);
  const current = currentItem(items, chosen, followers);
  const questions = useMemo(() => new Map((indicators.data ?? []).map((i) => [i.code, i.question])), [indicators.data]);
  const busy = pending || toolBusy || queue.loading;

  // A fresh queue: the decision it follows is done; focus goes where the work goes on.
  useEffect(() => {
    if (!queue.data && !queue.error) return;
    setPending(false);
    const hasItems = (queue.data?.length ?? 0) > 0;
    if (focusAfterLoad.current || (!focusedOnce.current && hasItems)) {
      // On arrival the page stays at its top, so its title and what it is for are read first on a short screen.
      (hasItems ? panelRef.current : emptyRef.current)?.focus({ preventScroll: !focusedOnce.current });
      focusedOnce.current = true;
      focusAfterLoad.current = false;
    }
  }, [queue.data, queue.error]);

  function reloadAfterChange() {
    focusAfterLoad.current = true;
    setPending(true);
    queue.reload();
    undo.reload();
    waitingMayHaveChanged();
  }

  /** Another text in focus; from the panel's keys it is also said, since the focus stays where it was. */
  function goTo(key: string | undefined, how?: keyof typeof GO_TO_KEYS) {
    if (!key) return;
    setChosen(key);
    const item = items.find((i) => itemKey(i) === key);
    if (item && how)
      setWhereNow(
        t(GO_TO_KEYS[how], { at: items.indexOf(item) + 1, total: items.length, text: item.text }),
      );
  }

  async function decide(item: QueueItem, targetId: string | null) {
    setPending(true);
    setFailure(undefined);
    try {
      const result = await api.invoke('reconcile.decide', {
        submissionId,
        kind: item.kind,
        text: item.text,
        context: item.context,
        targetId,
      });
      const waiting = item.rows - result.rowsResolved - result.rowsRejected;
      const parts =
        targetId === null
          ? [t('reconcile.announce.rejected', { count: result.rowsRejected, text: item.text })]
          : [
              t('reconcile.announce.resolved', { count: result.rowsResolved, text: item.text, target: targetId }),
              ...(result.rowsRejected > 0 ? [t('reconcile.announce.withErrors', { count: result.rowsRejected })] : []),
            ];
      if (waiting > 0) parts.push(t('reconcile.announce.stillWaiting', { count: waiting }));
      setOutcome({ message: parts.join(' '), tone: targetId === null ? 'info' : 'success' });
      setWhereNow('');
      // The decided text stays in focus until the reloaded queue no longer holds it; then the next one takes over.
      setChosen(itemKey(item));
      setFollowers(keysAfter(items, itemKey(item)));
      reloadAfterChange();
    } catch (caught) {
      setFailure(asApiError(caught));
      setPending(false);
    }
  }

  return (
    <>
      <UndoControls
        submissionId={submissionId}
        state={undo.data}
        onDone={() => {
          setOutcome(undefined);
          reloadAfterChange();
        }}
      />
      {items.length > 0 && <p className="lead">{t('reconcile.lead')}</p>}
      <p className="visually-hidden" role="status" data-testid="reconcile-announcement">
        {outcome?.message}
      </p>
      <p className="visually-hidden" role="status">
        {whereNow}
      </p>
      {outcome && (
        <p className={`notice ${outcome.tone === 'success' ? 'notice-success' : ''}`} aria-hidden="true" data-testid="reconcile-outcome">
          {outcome.message}
        </p>
      )}
      {failure && <ErrorNotice error={failure} />}
      {queue.error && <ErrorNotice error={queue.error} />}
      {indicators.error && <ErrorNotice error={indicators.error} />}
      {!queue.data && queue.loading && <p>{t('common.loading')}</p>}

      {queue.data && items.length === 0 && (
        <section className="reconcile-empty" aria-labelledby="reconcile-empty-heading" data-testid="reconcile-empty">
          <h2 id="reconcile-empty-heading" ref={emptyRef} tabIndex={-1}>
            {t('reconcile.empty')}
          </h2>
          <p>{t('reconcile.emptyNext')}</p>
          <BackLinks submissionId={submissionId} />
        </section>
      )}

      {current && (
        <>
          <p className="reconcile-summary">
            {t('reconcile.summary', {
              texts: t('reconcile.textCount', { count: items.length }),
              rows: t('reconcile.rowCount', { count: items.reduce((n, i) => n + i.rows, 0) }),
            })}
          </p>
          <div className="reconcile-layout">
            <QueueList
              items={items}
              current={current}
              onSelect={(key) => goTo(key)}
              onOpen={(key) => {
                setChosen(key);
                panelRef.current?.focus();
              }}
            />
            <QueueItemPanel
              submissionId={submissionId}
              item={current}
              at={items.indexOf(current) + 1}
              total={items.length}
              questions={questions}
              busy={busy}
              panelRef={panelRef}
              onDecide={(targetId) => void decide(current, targetId)}
              onSkip={() => goTo(keyAt(items, current, 1, true), 'skip')}
              onMove={(by) => goTo(keyAt(items, current, by, false), 'move')}
            />
          </div>
          <BackLinks submissionId={submissionId} />
        </>
      )}

      {queue.data && (
        <div className="reconcile-tools">
          {items.length > 0 && (
            <AcceptAbove
              submissionId={submissionId}
              items={items}
              busy={busy}
              onBusy={setToolBusy}
              onAccepted={(result) => {
                setOutcome({
                  message: t('reconcile.acceptAbove.done', {
                    percent: result.percent,
                    texts: t('reconcile.textCount', { count: result.items }),
                    rows: t('reconcile.rowCount', { count: result.rows }),
                  }),
                  tone: 'success',
                });
                setFollowers([]);
                reloadAfterChange();
              }}
            />
          )}
          <AliasTools
            onImported={() => {
              queue.reload();
              waitingMayHaveChanged();
            }}
          />
        </div>
      )}
    </>
  );
}
