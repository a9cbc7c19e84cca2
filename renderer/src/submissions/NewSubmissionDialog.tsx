import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submission, WorkspaceInfo } from '../../../shared/domain';
import { api, asApiError, type ApiError } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { CountryCombobox } from './CountryCombobox';
import {
  checkDraft,
  defaultReferenceYear,
  DRAFT_PROBLEM_KEYS,
  schemaKey,
  type DraftField,
  type DraftProblem,
  type NewSubmissionDraft,
} from './new-submission-draft';

interface NewSubmissionDialogProps {
  defaultSchema: WorkspaceInfo['defaultSchema'] | undefined;
  onCreated(submission: Submission): void;
  onClose(): void;
}

const fieldId = (field: DraftField) => `new-submission-${field}`;
const problemId = (field: DraftField) => `new-submission-${field}-problem`;

function FieldProblem({ field, problem }: { field: DraftField; problem: DraftProblem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <p id={problemId(field)} className="field-problem">
      {t(DRAFT_PROBLEM_KEYS[field], problem.values)}
    </p>
  );
}

/**
 * The New submission form, in a modal <dialog>: the browser gives it focus trapping and closes it
 * on Escape; Enter in a field submits. Problems are shown beside their field, API refusals below the form.
 */
export function NewSubmissionDialog({ defaultSchema, onCreated, onClose }: NewSubmissionDialogProps) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const countries = useApiQuery('countries.list', { locale: i18n.language });
  const schemas = useApiQuery('schemas.list', {});
  const [draft, setDraft] = useState<NewSubmissionDraft>({
    country: undefined,
    year: defaultReferenceYear(),
    schema: defaultSchema ? schemaKey(defaultSchema) : '',
  });
  const [problems, setProblems] = useState<Partial<Record<DraftField, DraftProblem>>>({});
  const [refusal, setRefusal] = useState<ApiError>();
  const [saving, setSaving] = useState(false);

  // Fictional sample countries are left out: the sample is opened from its own button, not created here.
  const realCountries = useMemo(() => (countries.data ?? []).filter((c) => !c.sample), [countries.data]);
  const firstSchema = schemas.data?.[0];
  const schema = draft.schema || (firstSchema ? schemaKey(firstSchema) : '');

  useEffect(() => {
    // No cleanup that closes it: closing fires onClose, which would unmount the dialog under StrictMode's re-run.
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkDraft({ ...draft, schema });
    if (!check.ok) {
      setProblems(check.problems);
      const firstProblem = (['country', 'year', 'schema'] as const).find((field) => check.problems[field]);
      if (firstProblem) document.getElementById(fieldId(firstProblem))?.focus();
      return;
    }
    setProblems({});
    setRefusal(undefined);
    setSaving(true);
    try {
      onCreated(await api.invoke('submissions.create', { ...check.input, locale: i18n.language }));
    } catch (caught) {
      setRefusal(asApiError(caught));
      setSaving(false);
    }
  }

  const described = (field: DraftField) => (problems[field] ? problemId(field) : undefined);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="new-submission-title" onClose={onClose}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h2 id="new-submission-title">{t('newSubmission.title')}</h2>
        <div className="field">
          <label htmlFor={fieldId('country')}>{t('newSubmission.country')}</label>
          <p className="field-hint" id="new-submission-country-hint">
            {t('newSubmission.countryHint')}
          </p>
          <CountryCombobox
            id={fieldId('country')}
            countries={realCountries}
            invalid={problems.country !== undefined}
            describedBy={described('country') ?? 'new-submission-country-hint'}
            onChange={(country) => setDraft((d) => ({ ...d, country }))}
          />
          <FieldProblem field="country" problem={problems.country} />
        </div>
        <div className="field">
          <label htmlFor={fieldId('year')}>{t('newSubmission.year')}</label>
          <input
            id={fieldId('year')}
            type="number"
            inputMode="numeric"
            step={1}
            className="input-year"
            value={draft.year}
            aria-invalid={problems.year !== undefined}
            aria-describedby={described('year')}
            onChange={(event) => setDraft((d) => ({ ...d, year: event.target.value }))}
          />
          <FieldProblem field="year" problem={problems.year} />
        </div>
        <div className="field">
          <label htmlFor={fieldId('schema')}>{t('newSubmission.schema')}</label>
          <select
            id={fieldId('schema')}
            value={schema}
            aria-invalid={problems.schema !== undefined}
            aria-describedby={described('schema')}
            onChange={(event) => setDraft((d) => ({ ...d, schema: event.target.value }))}
          >
            {(schemas.data ?? []).map((s) => (
              <option key={schemaKey(s)} value={schemaKey(s)}>
                {t('newSubmission.schemaOption', { title: s.title, id: s.id, version: s.version })}
              </option>
            ))}
          </select>
          <FieldProblem field="schema" problem={problems.schema} />
        </div>
        {countries.error && <ErrorNotice error={countries.error} />}
        {schemas.error && <ErrorNotice error={schemas.error} />}
        {refusal && <ErrorNotice error={refusal} />}
        <div className="dialog-actions">
          <button type="submit" className="button-primary" disabled={saving}>
            {saving ? t('newSubmission.creating') : t('newSubmission.create')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
