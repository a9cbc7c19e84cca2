import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem, ProblemList } from '../../../shared/quality-contract';
import { api, asApiError, type ApiError } from '../api/client';
import { ErrorNotice } from '../frame/ErrorNotice';
import { PROBLEM_KEYS } from './workbench-keys';

interface ProblemsListProps {
  submissionId: string;
  problems: ProblemList;
  /** Moves the grid to the problem's cell and gives it the keyboard focus. */
  onJump(problem: Problem): void;
  onChanged(): void;
}

function AcceptForm({ submissionId, problem, onDone }: { submissionId: string; problem: Problem; onDone(accepted: boolean): void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError>();
  const accept = async () => {
    try {
      await api.invoke('problems.accept', { submissionId, key: problem.key, note });
      onDone(true);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  return (
    <form
      className="accept-form"
      onSubmit={(event) => {
        event.preventDefault();
        void accept();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone(false);
      }}
    >
      <label>
        <span>{t('problems.note')}</span>
        <input value={note} onChange={(event) => setNote(event.target.value)} autoFocus required />
      </label>
      <button type="submit">{t('problems.accept')}</button>
      <button type="button" onClick={() => onDone(false)}>
        {t('common.cancel')}
      </button>
      {error && <ErrorNotice error={error} />}
    </form>
  );
}

/** How many problems the list shows at first, and how many more each press of "Show more" adds. */
const PAGE = 100;

/**
 * Everything that keeps the submission from export, each a way to its cell, each acceptable with a note.
 * A submission of thousands of indicators can have thousands of open problems: the list draws them a hundred
 * at a time, so the page stays quick, and its heading says how many there are. Accepted ones, each with its
 * note, are few.
 */
export function ProblemsList({ submissionId, problems, onJump, onChanged }: ProblemsListProps) {
  const { t } = useTranslation();
  const [accepting, setAccepting] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [shown, setShown] = useState(PAGE);
  const open = problems.items.filter((p) => p.accepted === null);
  const accepted = problems.items.filter((p) => p.accepted !== null);
  const words = (p: Problem) => t(PROBLEM_KEYS[p.code], p.params);

  const unaccept = async (problem: Problem) => {
    try {
      await api.invoke('problems.unaccept', { submissionId, key: problem.key });
      onChanged();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <section className="problems" aria-labelledby="problems-heading" data-testid="problems">
      <h2 id="problems-heading">{t('problems.heading', { count: open.length })}</h2>
      {open.length === 0 && <p className="problems-none">{t('problems.none')}</p>}
      {error && <ErrorNotice error={error} />}
      <ul className="problem-items">
        {open.slice(0, shown).map((p) => (
          <li key={p.key} data-problem={p.code}>
            <button type="button" className="problem-jump" onClick={() => onJump(p)}>
              <span className="problem-code">{p.indicator}</span> {words(p)}
            </button>
            {accepting === p.key ? (
              <AcceptForm
                submissionId={submissionId}
                problem={p}
                onDone={(done) => {
                  setAccepting(undefined);
                  if (done) onChanged();
                }}
              />
            ) : (
              <button type="button" className="problem-accept" onClick={() => setAccepting(p.key)}>
                {t('problems.acceptWithNote')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {open.length > shown && (
        <button type="button" className="problems-more" onClick={() => setShown((n) => n + PAGE)}>
          {t('problems.showMore', { shown, total: open.length })}
        </button>
      )}
      {accepted.length > 0 && (
        <details>
          <summary>{t('problems.accepted', { count: accepted.length })}</summary>
          <ul className="problem-items">
            {accepted.map((p) => (
              <li key={p.key}>
                <span className="problem-code">{p.indicator}</span> {words(p)}
                <span className="problem-note">{t('problems.acceptedNote', { note: p.accepted?.note })}</span>
                <button type="button" onClick={() => void unaccept(p)}>
                  {t('problems.unaccept')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
