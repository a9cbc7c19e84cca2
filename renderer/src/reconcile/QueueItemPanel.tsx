import { useRef, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../shared/reconcile-contract';
import type { Candidate } from '../../../shared/reconcile';
import { CandidateText } from './CandidateText';
import { kindInWords, rowsInWords } from './item-words';
import { CANDIDATE_KEYS, isTypingTarget, queueKeyAction } from './queue-keys';
import { TargetSearch } from './TargetSearch';

interface QueueItemPanelProps {
  submissionId: string;
  item: QueueItem;
  at: number;
  total: number;
  /** The question of each indicator by code, to say what an answer answers. */
  questions: ReadonlyMap<string, string>;
  /** A decision is on its way: keys and buttons wait for it. */
  busy: boolean;
  panelRef: RefObject<HTMLElement | null>;
  onDecide(targetId: string | null): void;
  onSkip(): void;
  onMove(by: 1 | -1): void;
}

function KeyLegend() {
  const { t } = useTranslation();
  return (
    <div className="key-legend" id="reconcile-keys">
      <p className="key-legend-title">{t('reconcile.keys.title')}</p>
      <ul>
        <li>
          <kbd>1</kbd>–<kbd>{CANDIDATE_KEYS}</kbd> {t('reconcile.keys.pick')}
        </li>
        <li>
          <kbd>N</kbd> {t('reconcile.keys.noMatch')}
        </li>
        <li>
          <kbd>S</kbd> {t('reconcile.keys.skip')}
        </li>
        <li>
          <kbd aria-label={t('reconcile.keys.up')}>↑</kbd> <kbd aria-label={t('reconcile.keys.down')}>↓</kbd> {t('reconcile.keys.move')}
        </li>
        <li>
          <kbd>/</kbd> {t('reconcile.keys.search')}
        </li>
      </ul>
    </div>
  );
}

/**
 * The text in focus: what it is, which rows it holds back, the engine's closest matches numbered
 * 1–5, a search for any other target, and the keys that decide without leaving the keyboard.
 */
export function QueueItemPanel({ submissionId, item, at, total, questions, busy, panelRef, onDecide, onSkip, onMove }: QueueItemPanelProps) {
  const { t, i18n } = useTranslation();
  const searchRef = useRef<HTMLInputElement>(null);
  const question = item.kind === 'answer' && item.context ? questions.get(item.context) : undefined;
  const pick = (candidate: Candidate) => onDecide(candidate.targetId);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (isTypingTarget(event.target)) return;
    const action = queueKeyAction(event, i18n.dir() === 'rtl' ? 'rtl' : 'ltr');
    if (!action) return;
    event.preventDefault();
    if (action.type === 'search') searchRef.current?.focus();
    else if (action.type === 'move') onMove(action.by);
    else if (action.type === 'skip') onSkip();
    else if (busy) return;
    else if (action.type === 'no-match') onDecide(null);
    else {
      const candidate = item.candidates[action.index];
      if (candidate) pick(candidate);
    }
  }

  return (
    <section
      ref={panelRef}
      className="reconcile-item"
      tabIndex={0}
      aria-labelledby="reconcile-item-position reconcile-item-text"
      aria-describedby="reconcile-keys"
      aria-busy={busy}
      onKeyDown={onKeyDown}
      data-testid="reconcile-item"
    >
      <p className="reconcile-item-kind">
        <span id="reconcile-item-position">{t('reconcile.item.position', { at, total })}</span>
        <span className="reconcile-kind-tag">{kindInWords(t, item)}</span>
      </p>
      <h2 id="reconcile-item-text" className="reconcile-item-text" dir="auto">
        {t('reconcile.item.quoted', { text: item.text })}
      </h2>
      {question && <p className="reconcile-item-question">{question}</p>}
      <p className="reconcile-item-rows" data-testid="reconcile-rows">
        {t('reconcile.item.holdsBack', { count: item.rows, places: rowsInWords(t, item) })}
      </p>

      <h3 id="reconcile-candidates-heading">{t('reconcile.item.candidatesHeading')}</h3>
      {item.candidates.length === 0 ? (
        <p className="reconcile-no-candidate">{t('reconcile.item.noCandidate')}</p>
      ) : (
        <ol className="reconcile-candidates" aria-labelledby="reconcile-candidates-heading">
          {item.candidates.slice(0, CANDIDATE_KEYS).map((candidate, index) => (
            <li key={candidate.targetId}>
              <button
                type="button"
                className="reconcile-candidate"
                aria-keyshortcuts={String(index + 1)}
                disabled={busy}
                onClick={() => pick(candidate)}
                data-testid="reconcile-candidate"
              >
                <kbd aria-hidden="true">{index + 1}</kbd>
                <CandidateText candidate={candidate} />
              </button>
            </li>
          ))}
        </ol>
      )}

      <div className="button-row reconcile-actions">
        <button type="button" aria-keyshortcuts="N" disabled={busy} onClick={() => onDecide(null)}>
          {t('reconcile.item.noMatch')} <kbd aria-hidden="true">N</kbd>
        </button>
        <button type="button" aria-keyshortcuts="S" onClick={onSkip}>
          {t('reconcile.item.skip')} <kbd aria-hidden="true">S</kbd>
        </button>
      </div>

      {/* Keyed by the item: a new text starts with an empty search. */}
      <TargetSearch
        key={`${item.kind}\u0000${item.text}\u0000${item.context ?? ''}`}
        submissionId={submissionId}
        kind={item.kind}
        context={item.context}
        inputRef={searchRef}
        disabled={busy}
        onPick={pick}
        onLeave={() => panelRef.current?.focus()}
      />
      <KeyLegend />
    </section>
  );
}
