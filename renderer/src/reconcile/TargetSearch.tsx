import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, RefKind } from '../../../shared/reconcile';
import { api, asApiError, type ApiError } from '../api/client';
import { ErrorNotice } from '../frame/ErrorNotice';
import { CandidateText } from './CandidateText';
import { useDebouncedValue } from './use-debounced-value';
import { SEARCH_LABEL_KEYS } from './reconcile-keys';

const SEARCH_DELAY_MS = 250;
const LIST_ID = 'reconcile-search-results';
const optionId = (index: number) => `reconcile-search-result-${index}`;

interface TargetSearchProps {
  submissionId: string;
  kind: RefKind;
  context: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  disabled: boolean;
  onPick(candidate: Candidate): void;
  /** Escape in an empty search box: back to the panel and its keys. */
  onLeave(): void;
}

interface Answer {
  query: string;
  results: Candidate[];
}

/**
 * Any target of the item's kind, found by typing (ARIA 1.2 combobox with an inline list): the
 * engine is asked once typing pauses, the first result is highlighted, arrows move the highlight,
 * Enter or a click takes it, Escape empties the box and then goes back to the
 * panel. Keys typed here never reach the queue's shortcuts.
 */
export function TargetSearch({ submissionId, kind, context, inputRef, disabled, onPick, onLeave }: TargetSearchProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<Answer>();
  const [active, setActive] = useState(0);
  const [error, setError] = useState<ApiError>();
  const settled = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);

  useEffect(() => {
    if (settled === '') {
      setAnswer(undefined);
      return;
    }
    let current = true;
    api
      .invoke('reconcile.search', { submissionId, kind, context, query: settled })
      .then((results) => {
        if (!current) return;
        setAnswer({ query: settled, results });
        setActive(0);
        setError(undefined);
      })
      .catch((caught: unknown) => {
        if (current) setError(asApiError(caught));
      });
    return () => {
      current = false;
    };
  }, [submissionId, kind, context, settled]);

  const results = query.trim() !== '' && answer ? answer.results : [];
  const searching = query.trim() !== '' && answer?.query !== query.trim();
  const highlighted = results[active];

  useEffect(() => {
    if (highlighted) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [highlighted, active]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Enter before the answer to what was typed arrived would take a stale result: wait for it.
      if (highlighted && !searching && !disabled) onPick(highlighted);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (query !== '') setQuery('');
      else onLeave();
    }
  }

  return (
    <div className="reconcile-search">
      <label htmlFor="reconcile-search-input">{t(SEARCH_LABEL_KEYS[kind])}</label>
      <p id="reconcile-search-hint" className="field-hint">
        {t('reconcile.search.hint')}
      </p>
      <input
        id="reconcile-search-input"
        ref={inputRef}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={results.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={highlighted ? optionId(active) : undefined}
        aria-describedby="reconcile-search-hint"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && <ErrorNotice error={error} />}
      <p className="reconcile-search-state" role="status">
        {searching
          ? t('reconcile.search.searching')
          : answer && query.trim() !== '' && results.length === 0
            ? t('reconcile.search.none', { query: answer.query })
            : results.length > 0
              ? t('reconcile.search.count', { count: results.length })
              : ''}
      </p>
      <ul id={LIST_ID} role="listbox" aria-label={t('reconcile.search.results')} className="reconcile-search-results" hidden={results.length === 0}>
        {results.map((candidate, index) => (
          <li
            key={candidate.targetId}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // Keep focus in the input, so the click is not lost to its blur.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (!disabled) onPick(candidate);
            }}
          >
            <CandidateText candidate={candidate} />
          </li>
        ))}
      </ul>
    </div>
  );
}
