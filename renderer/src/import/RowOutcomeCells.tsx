import { useTranslation } from 'react-i18next';
import type { RowTarget, StagedRow } from '../../../shared/import-contract';
import { CITES_KEYS, MATCH_VIA_KEYS } from './import-keys';

/** How a target was found, in words: by its code, its exact name, a known name, a learned match, or similarity with its percentage. */
export function MatchBadge({ target }: { target: RowTarget }) {
  const { t } = useTranslation();
  if (target.via === 'fuzzy')
    return (
      <span className="match-badge match-similarity" data-match="similarity">
        {t('import.review.match.similarity', { score: Math.round(target.score * 100) })}
      </span>
    );
  return (
    <span className="match-badge" data-match={target.via}>
      {t(MATCH_VIA_KEYS[target.via])}
    </span>
  );
}

interface TargetsCellProps {
  row: StagedRow;
  onRequeue(target: RowTarget): void;
  busy: boolean;
  /** The row's import is committed: nothing is sent back to the queue any more. */
  readOnly: boolean;
}

/** What the row's references became: each target with how it was found; a similarity match can be sent back to the queue. */
export function TargetsCell({ row, onRequeue, busy, readOnly }: TargetsCellProps) {
  const { t } = useTranslation();
  // An answer's option is what its value was read as, shown in the reading column unless its match needs a look.
  const targets = row.outcome.targets.filter((target) => row.outcome.reading === null || target.field !== 'value' || target.via === 'fuzzy');
  if (targets.length === 0) return <span className="muted">{t('import.review.noTarget')}</span>;
  return (
    <ul className="row-targets">
      {targets.map((target) => (
        <li key={target.field}>
          <span className="target-label" title={target.label}>
            {target.label}
          </span>{' '}
          <MatchBadge target={target} />
          {target.via === 'fuzzy' && !readOnly && (
            <button
              type="button"
              className="button-small"
              disabled={busy}
              aria-label={t('import.review.requeueLabel', { row: row.row, text: target.text })}
              onClick={() => onRequeue(target)}
            >
              {t('import.review.requeue')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** How the value was read against the answer type, with what the reading did, and the citations that become evidence. */
export function ReadingCell({ row }: { row: StagedRow }) {
  const { t } = useTranslation();
  const { reading, citations } = row.outcome;
  return (
    <>
      {reading && (
        <span className={`reading reading-${reading.how}`} data-reading={reading.how}>
          {reading.how === 'non-answer' ? t('import.review.nonAnswer') : reading.shown}
        </span>
      )}
      {reading?.notes.map((note) => (
        <span key={note} className="reading-note">
          {note}
        </span>
      ))}
      {citations.length > 0 && (
        <ul className="row-citations" aria-label={t('import.review.citations')}>
          {citations.map((c) => (
            <li key={`${c.type}:${c.title}:${c.citation}`}>
              {t(CITES_KEYS[c.type], { title: c.title, citation: c.citation })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ScoreCell({ row }: { row: StagedRow }) {
  const { t } = useTranslation();
  if (row.status !== 'ready') return null;
  if (row.outcome.reading === null) return null;
  return row.outcome.score === null ? <span className="muted">{t('import.review.noScore')}</span> : <span className="number">{row.outcome.score}</span>;
}
