import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitResult, ImportConflict, ImportSummary } from '../../../shared/import-contract';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { WizardNav } from './StepIndicator';
import { CONFLICT_CHOICE_KEYS, fieldName } from './import-keys';

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

/** A record's decision: keep what the submission holds, take the file's value, or (rows disagreeing) take one row. */
type Pick = ConflictChoice | number;

const CHOICES: readonly ConflictChoice[] = ['keep-existing', 'take-imported'];

/** One side of a conflict: the fields it has, those that differ from the other side marked. */
function RecordValues({ values, other }: { values: Record<string, string | null>; other: Record<string, string | null> | null }) {
  const { t } = useTranslation();
  const fields = Object.keys(values).filter((field) => values[field] !== null || (other?.[field] ?? null) !== null);
  return (
    <dl className="record-values">
      {fields.map((field) => {
        const differs = other !== null && (values[field] ?? null) !== (other[field] ?? null);
        return (
          <div key={field} className={differs ? 'differs' : undefined}>
            <dt>{fieldName(t, field)}</dt>
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

/** The choices a record offers: the two of a single file value, or keep-existing and each disagreeing row. */
function PickSelect({ conflict, value, onChange }: { conflict: ImportConflict; value: Pick | undefined; onChange(pick: Pick): void }) {
  const { t } = useTranslation();
  const label = conflict.inFile
    ? t('import.commit.pickFor', { key: conflict.key })
    : t('import.commit.choiceFor', { row: conflict.rows.map((r) => r.row).join(', '), key: conflict.key });
  return (
    <select aria-label={label} value={value === undefined ? '' : String(value)} onChange={(event) => onChange(toPick(event.target.value))}>
      {conflict.inFile ? (
        <>
          {value === undefined && <option value="">{t('import.commit.pickNone')}</option>}
          {conflict.existing && <option value="keep-existing">{t('import.commit.choice.keep-existing')}</option>}
          {conflict.rows.map((r) => (
            <option key={r.row} value={String(r.row)}>
              {t('import.commit.takeRow', { row: r.row })}
            </option>
          ))}
        </>
      ) : (
        CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(CONFLICT_CHOICE_KEYS[choice])}
          </option>
        ))
      )}
    </select>
  );
}

const toPick = (value: string): Pick => (value === 'keep-existing' || value === 'take-imported' ? value : Number(value));

function ConflictTable({ conflicts, pickOf, onPick }: { conflicts: ImportConflict[]; pickOf(c: ImportConflict): Pick | undefined; onPick(c: ImportConflict, pick: Pick): void }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table conflict-table" data-testid="conflicts">
        <caption className="visually-hidden">{t('import.commit.conflictsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.commit.key')}</th>
            <th scope="col">{t('import.commit.existing')}</th>
            <th scope="col">{t('import.commit.imported')}</th>
            <th scope="col">{t('import.commit.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={conflict.key} data-in-file={conflict.inFile || undefined}>
              <th scope="row">
                {conflict.key}
                {conflict.inFile && <span className="conflict-note">{t('import.commit.rowsDisagree', { count: conflict.rows.length })}</span>}
              </th>
              <td>{conflict.existing ? <RecordValues values={conflict.existing} other={conflict.rows[0]!.values} /> : t('import.commit.nothingYet')}</td>
              <td>
                <ul className="conflict-rows">
                  {conflict.rows.map((r) => (
                    <li key={r.row}>
                      <span className="conflict-row-number">{t('import.commit.rowLabel', { row: r.row })}</span>
                      <RecordValues values={r.values} other={conflict.existing ?? (conflict.inFile ? conflict.rows.find((o) => o !== r)?.values ?? null : null)} />
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <PickSelect conflict={conflict} value={pickOf(conflict)} onChange={(pick) => onPick(conflict, pick)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The rows' choices that say a record's pick: the chosen row is taken, the others kept out. */
function rowChoices(conflict: ImportConflict, pick: Pick): { row: number; choice: ConflictChoice }[] {
  if (typeof pick !== 'number') return conflict.rows.map((r) => ({ row: r.row, choice: pick }));
  return conflict.rows.map((r) => ({ row: r.row, choice: r.row === pick ? 'take-imported' : 'keep-existing' }));
}

/** Step 5: where ready rows would change what the submission holds, or rows of the file disagree, the person decides; then the rows are committed. */
export function CommitStep({ summary, submissionName, busy, onBack, onCommit }: CommitStepProps) {
  const { t } = useTranslation();
  const conflicts = useApiQuery('imports.conflicts', { importId: summary.importId });
  const [forAll, setForAll] = useState<ConflictChoice>('keep-existing');
  const [picks, setPicks] = useState<ReadonlyMap<string, Pick>>(new Map());
  const { counts } = summary;
  const list = conflicts.data ?? [];

  // Rows that disagree have no default: the person picks, unless keeping what the submission holds was chosen for all.
  const pickOf = (c: ImportConflict): Pick | undefined =>
    picks.get(c.key) ?? (!c.inFile ? forAll : c.existing && forAll === 'keep-existing' ? 'keep-existing' : undefined);
  const unpicked = list.filter((c) => pickOf(c) === undefined);

  function chooseForAll(choice: ConflictChoice) {
    setForAll(choice);
    setPicks(new Map());
  }

  const commit = () => onCommit({ choice: forAll, perRow: list.flatMap((c) => rowChoices(c, pickOf(c)!)) });

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
            <select aria-label={t('import.commit.forAll')} value={forAll} onChange={(event) => chooseForAll(event.target.value as ConflictChoice)}>
              {CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(CONFLICT_CHOICE_KEYS[choice])}
                </option>
              ))}
            </select>
          </label>
          <ConflictTable conflicts={list} pickOf={pickOf} onPick={(c, pick) => setPicks(new Map(picks).set(c.key, pick))} />
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
          : unpicked.length > 0 ? t('import.commit.pickFirst', { keys: unpicked.map((c) => c.key).join(', ') })
          : undefined
        }
        busy={busy}
      />
    </>
  );
}

/** What a commit did, rows and records counted apart. */
export function CommitResultText({ result }: { result: CommitResult }) {
  const { t } = useTranslation();
  const records = result.inserted + result.updated + result.unchanged + result.kept;
  const parts = [
    t('import.commit.result.records', { count: records, rows: result.rows }),
    t('import.commit.result.split', { inserted: result.inserted, updated: result.updated, unchanged: result.unchanged, kept: result.kept }),
    result.repeated > 0 ? t('import.commit.result.repeated', { count: result.repeated }) : '',
    result.notTaken > 0 ? t('import.commit.result.notTaken', { count: result.notTaken }) : '',
    result.evidenceAdded + result.evidenceLinked > 0 ? t('import.commit.result.evidence', { added: result.evidenceAdded, linked: result.evidenceLinked }) : '',
  ].filter(Boolean);
  return <p data-testid="commit-result">{parts.join(' ')}</p>;
}

/** After the commit: how many rows landed and as how many records, and the way to the submission where they now show. */
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
      {summary.result && <CommitResultText result={summary.result} />}
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
