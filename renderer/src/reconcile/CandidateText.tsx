import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/reconcile';
import { CANDIDATE_VIA_KEYS } from './reconcile-keys';

/** The label without the code it starts with ("SS-01 Does national law…" → "Does national law…"), since the code is shown beside it. */
function labelWithoutId(candidate: Candidate): string {
  const prefix = `${candidate.targetId} `;
  return candidate.label.startsWith(prefix) ? candidate.label.slice(prefix.length) : candidate.label;
}

/** How sure the engine is, as a percentage (0–100). */
export function scorePercent(score: number): number {
  return Math.round(score * 100);
}

/** A candidate as the queue and the search show it: its id, its label, and, when it has one, its score in words and as a bar. */
export function CandidateText({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const label = labelWithoutId(candidate);
  const percent = scorePercent(candidate.score);
  return (
    <span className="candidate">
      <span className="candidate-id">{candidate.targetId}</span>
      {label !== candidate.targetId && <span className="candidate-label">{label}</span>}
      {candidate.score > 0 && (
        <span className="candidate-score">
          <span className="candidate-percent">{t('reconcile.candidate.score', { score: percent })}</span>
          <span className="score-bar" aria-hidden="true">
            <span className="score-bar-fill" style={{ inlineSize: `${percent}%` }} />
          </span>
          <span className="candidate-via">{t(CANDIDATE_VIA_KEYS[candidate.via])}</span>
        </span>
      )}
    </span>
  );
}
