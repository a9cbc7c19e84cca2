import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportConflict, ImportSummary } from '../../../shared/import-api';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { WizardNav } from './StepIndicator';

export type ConflictChoice = 'keep-existing' | 'take-imported';
export interface CommitDecision {
  choice: ConflictChoice;
  perRow: { row: number; choice: ConflictChoice }[];
}

interface CommitStepProps {
  summary: ImportSummary;
  submissionName: string;
  busy: boolean;
  onBack(): void;
  onCommit(decision: CommitDecision): void;
}

const CHOICES: readonly ConflictChoice[] = ['keep-existing', 'take-imported'];

function ChoiceSelect({ label, value, onChange }: { label: string; value: ConflictChoice; onChange(choice: ConflictChoice): void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as ConflictChoice)}>
      {CHOICES.map((choice) => (
        <option key={choice} value={choice}>
          {t(`import.commit.choice.${choice}`)}
        </option>
      ))}
    </select>
  );
}

/** One side of a conflict: the fields either side has, those that differ from the other side marked. */
function RecordValues({ values, other }: { values: Record<string, string | null>; other: Record<string, string | null> }) {
  const { t } = useTranslation();
  const fields = Object.keys(values).filter((field) => values[field] !== null || (other[field] ?? null) !== null);
  return (
    <dl className="record-values">
      {fields.map((field) => {
        const differs = (values[field] ?? null) !== (other[field] ?? null);
        return (
          <div key={field} className={differs ? 'differs' : undefined}>
            <dt>{t(`import.fields.${field}`, { defaultValue: field })}</dt>
            <dd>
              {values[field] ?? t('import.commit.noValue')}
              {differs && <span className="visually-hidden">{t('import.commit.differs')}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function ConflictTable({ conflicts, choiceOf, onChoose }: {
  conflicts: ImportConflict[];
  choiceOf(row: number): ConflictChoice;
  onChoose(row: number, choice: ConflictChoice): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table conflict-table" data-testid="conflicts">
        <caption className="visually-hidden">{t('import.commit.conflictsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.mapping.row')}</th>
            <th scope="col">{t('import.commit.key')}</th>
            <th scope="col">{t('import.commit.existing')}</th>
            <th scope="col">{t('import.commit.imported')}</th>
            <th scope="col">{t('import.commit.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={conflict.row}>
              <th scope="row">{conflict.row}</th>
              <td>{conflict.key}</td>
              <td>
                <RecordValues values={conflict.existing} other={conflict.imported} />
              </td>
              <td>
                <RecordValues values={conflict.imported} other={conflict.existing} />
              </td>
              <td>
                <ChoiceSelect
                  label={t('import.commit.choiceFor', { row: conflict.row, key: conflict.key })}
                  value={choiceOf(conflict.row)}
                  onChange={(choice) => onChoose(conflict.row, choice)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Step 5: where ready rows would overwrite what the submission already holds, the person decides; then the rows are committed. */
export function CommitStep({ summary, submissionName, busy, onBack, onCommit }: CommitStepProps) {
  const { t } = useTranslation();
  const conflicts = useApiQuery('imports.conflicts', { importId: summary.importId });
  const [forAll, setForAll] = useState<ConflictChoice>('keep-existing');
  const [perRow, setPerRow] = useState<ReadonlyMap<number, ConflictChoice>>(new Map());
  const { counts } = summary;
  const list = conflicts.data ?? [];

  function chooseForAll(choice: ConflictChoice) {
    setForAll(choice);
    setPerRow(new Map());
  }

  const commit = () =>
    onCommit({
      choice: forAll,
      perRow: list.map((c) => ({ row: c.row, choice: perRow.get(c.row) ?? forAll })),
    });

  return (
    <>
      <p>{t('import.commit.summary', { count: counts.ready, submission: submissionName })}</p>
      {counts.needsReconciliation + counts.error + counts.excluded > 0 && (
        <p className="field-hint">
          {t('import.commit.leftBehind', {
            reconcile: counts.needsReconciliation,
            errors: counts.error,
            excluded: counts.excluded,
          })}
        </p>
      )}
      {conflicts.error && <ErrorNotice error={conflicts.error} />}
      {conflicts.loading && !conflicts.data && <p>{t('import.commit.checking')}</p>}
      {conflicts.data && list.length === 0 && <p>{t('import.commit.noConflicts')}</p>}
      {list.length > 0 && (
        <section aria-labelledby="conflicts-heading">
          <h3 id="conflicts-heading">{t('import.commit.conflictsHeading', { count: list.length })}</h3>
          <p>{t('import.commit.conflictsExplained')}</p>
          <label className="inline-field">
            <span>{t('import.commit.forAll')}</span>
            <ChoiceSelect label={t('import.commit.forAll')} value={forAll} onChange={chooseForAll} />
          </label>
          <ConflictTable
            conflicts={list}
            choiceOf={(row) => perRow.get(row) ?? forAll}
            onChoose={(row, choice) => setPerRow(new Map(perRow).set(row, choice))}
          />
        </section>
      )}
      <WizardNav
        onBack={onBack}
        onNext={commit}
        nextLabel={t('import.commit.commit', { count: counts.ready })}
        blockedBy={
          conflicts.error ? t('import.commit.conflictsFailed')
          : !conflicts.data ? t('import.commit.checking')
          : counts.ready === 0 ? t('import.staging.nothingReady')
          : undefined
        }
        busy={busy}
      />
    </>
  );
}

/** After the commit: how many rows landed, and the way to the submission where they now show. */
export function CommittedNotice({ summary, onOpenSubmission, onAnotherFile }: {
  summary: ImportSummary;
  onOpenSubmission(): void;
  onAnotherFile(): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-success" data-testid="committed">
      <p role="status">
        <strong>{t('import.commit.committed', { count: summary.counts.committed, file: summary.fileName })}</strong>
      </p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={onOpenSubmission}>
          {t('import.commit.openSubmission')}
        </button>
        <button type="button" onClick={onAnotherFile}>
          {t('import.commit.anotherFile')}
        </button>
      </div>
    </div>
  );
}
