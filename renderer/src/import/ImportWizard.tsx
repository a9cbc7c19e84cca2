import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary, OpenedFile } from '../../../shared/import-contract';
import type { ColumnMapping, RecordKind } from '../../../shared/records';
import { api, asApiError, desktopFileDialog, fileToPath, type ApiError } from '../api/client';
import { navigate } from '../frame/route';
import { waitingMayHaveChanged } from '../reconcile/use-waiting-counts';
import { CommitStep, CommittedNotice, type CommitDecision } from './CommitStep';
import { FileStep } from './FileStep';
import { guessKindFromSheetName } from './guess-kind';
import { MappingStep } from './MappingStep';
import { SheetStep } from './SheetStep';
import { StagingStep } from './StagingStep';
import { StepIndicator, StepSection, WizardNav, type WizardStep } from './StepIndicator';
import { TaskError, TaskProgress } from './TaskProgress';
import { useLongTask } from './use-long-task';

interface SheetChoice {
  sheet: string | undefined;
  kind: RecordKind;
  kindGuessed: boolean;
}

function firstChoice(opened: OpenedFile): SheetChoice {
  // The first sheet that has rows: a cover sheet or an empty "Sheet2" is rarely what the person means.
  const sheet = (opened.sheets.find((s) => s.rowCount > 0) ?? opened.sheets[0])?.name;
  return { sheet, kind: sheet ? guessKindFromSheetName(sheet) : 'answers', kindGuessed: true };
}

interface ImportWizardProps {
  submissionId: string;
  submissionName: string;
  /** A staged import to come back to (from Reconciliation): the wizard opens at its review. */
  resumeImportId?: string | undefined;
}

/**
 * The import wizard for one submission: file → sheet and kind → mapping → staging review → commit.
 * It holds what each step decided; each step asks the engine for what it shows.
 */
export function ImportWizard({ submissionId, submissionName, resumeImportId }: ImportWizardProps) {
  const { t } = useTranslation();
  const task = useLongTask();
  const [step, setStep] = useState<WizardStep>(resumeImportId ? 'staging' : 'file');
  const [fileName, setFileName] = useState<string>();
  const [opened, setOpened] = useState<OpenedFile>();
  const [refusal, setRefusal] = useState<ApiError>();
  const [choice, setChoice] = useState<SheetChoice>({ sheet: undefined, kind: 'answers', kindGuessed: true });
  const [mapping, setMapping] = useState<ColumnMapping>();
  const [template, setTemplate] = useState<string>();
  const [templateName, setTemplateName] = useState('');
  const [staged, setStaged] = useState<ImportSummary>();
  const [committed, setCommitted] = useState<ImportSummary>();
  const [failure, setFailure] = useState<ApiError>();
  const busy = task.running !== undefined;

  // Coming back to a staged import: its counts as they are now (Reconciliation may have resolved rows).
  useEffect(() => {
    if (!resumeImportId) return;
    let current = true;
    api
      .invoke('imports.get', { importId: resumeImportId })
      .then((summary) => {
        if (!current) return;
        if (summary.submissionId !== submissionId) {
          setStep('file');
          return;
        }
        setFileName(summary.fileName);
        if (summary.status === 'staged') setStaged(summary);
        else if (summary.status === 'committed') {
          setStaged(summary);
          setCommitted(summary);
          setStep('commit');
        } else setStep('file');
      })
      .catch((caught: unknown) => {
        if (!current) return;
        setFailure(asApiError(caught));
        setStep('file');
      });
    return () => {
      current = false;
    };
  }, [resumeImportId, submissionId]);

  function startOver() {
    setStep('file');
    setFileName(undefined);
    setOpened(undefined);
    setRefusal(undefined);
    setMapping(undefined);
    setTemplate(undefined);
    setTemplateName('');
    setStaged(undefined);
    setCommitted(undefined);
    setFailure(undefined);
  }

  async function openFile(name: string, pathOf: () => Promise<string>) {
    startOver();
    setFileName(name);
    try {
      const result = await task.run('opening', async () => api.invoke('imports.open', { submissionId, path: await pathOf() }));
      setOpened(result);
      setChoice(firstChoice(result));
      // Straight on to the sheets, unless the file needs a decision first (imported before) or has something to read.
      if (result.previousImports.length === 0 && result.issues.length === 0 && result.sheets.length > 0) setStep('sheet');
    } catch (caught) {
      setRefusal(asApiError(caught));
    }
  }

  function chooseSheet(sheet: string) {
    setChoice({ sheet, kind: guessKindFromSheetName(sheet), kindGuessed: true });
    setMapping(undefined);
    setTemplate(undefined);
  }

  function chooseKind(kind: RecordKind) {
    setChoice((current) => ({ ...current, kind, kindGuessed: false }));
    setMapping(undefined);
    setTemplate(undefined);
  }

  async function stage(confirmed: ColumnMapping) {
    if (!opened || !choice.sheet) return;
    const { sheet, kind } = choice;
    const name = templateName.trim();
    setFailure(undefined);
    try {
      const summary = await task.run('staging', () =>
        api.invoke('imports.stage', {
          session: opened.session,
          sheet,
          kind,
          mapping: confirmed,
          ...(name ? { saveTemplateAs: name } : {}),
        }),
      );
      setStaged(summary);
      setStep('staging');
      waitingMayHaveChanged();
    } catch (caught) {
      setFailure(asApiError(caught));
    }
  }

  async function commit(decision: CommitDecision) {
    if (!staged) return;
    setFailure(undefined);
    try {
      const summary = await task.run('committing', () =>
        api.invoke('imports.commit', { importId: staged.importId, ...decision }),
      );
      setCommitted(summary);
      waitingMayHaveChanged();
    } catch (caught) {
      setFailure(asApiError(caught));
    }
  }

  const chooseInDialog = desktopFileDialog();

  const goTo = (next: WizardStep) => {
    setFailure(undefined);
    setStep(next);
  };

  return (
    <div className="import-wizard" data-testid="import-wizard">
      <StepIndicator current={step} />
      <StepSection step={step}>
        {step === 'file' && (
          <>
            <FileStep
              opened={opened}
              fileName={fileName}
              refusal={refusal}
              busy={busy}
              onPick={(file) => void openFile(file.name, () => fileToPath(file))}
              onChooseInDialog={chooseInDialog ? () => void chooseInDialog().then((chosen) => chosen && openFile(chosen.name, async () => chosen.path)) : undefined}
              onImportAgain={() => goTo('sheet')}
              onStop={startOver}
            />
            {opened && opened.previousImports.length === 0 && opened.sheets.length > 0 && (
              <WizardNav onNext={() => goTo('sheet')} busy={busy} />
            )}
          </>
        )}
        {step === 'sheet' && opened && (
          <>
            <SheetStep
              sheets={opened.sheets}
              sheet={choice.sheet}
              kind={choice.kind}
              kindGuessed={choice.kindGuessed}
              onSheet={chooseSheet}
              onKind={chooseKind}
            />
            <WizardNav
              onBack={() => goTo('file')}
              onNext={() => goTo('mapping')}
              blockedBy={choice.sheet ? undefined : t('import.sheet.chooseOne')}
            />
          </>
        )}
        {step === 'mapping' && opened && choice.sheet !== undefined && (
          <MappingStep
            session={opened.session}
            sheet={choice.sheet}
            kind={choice.kind}
            mapping={mapping}
            onMapping={setMapping}
            template={template}
            onTemplate={(name) => {
              setTemplate(name);
              setMapping(undefined);
            }}
            templateName={templateName}
            onTemplateName={setTemplateName}
            busy={busy}
            onBack={() => goTo('sheet')}
            onStage={(confirmed) => void stage(confirmed)}
          />
        )}
        {step === 'staging' && staged && (
          <StagingStep
            summary={staged}
            onSummary={(summary) => {
              setStaged(summary);
              // An edited cell, or a row left out or taken back, may change what waits for a match.
              waitingMayHaveChanged();
            }}
            onBack={() => (opened ? goTo('mapping') : startOver())}
            onNext={() => goTo('commit')}
          />
        )}
        {step === 'staging' && !staged && !failure && <p>{t('common.loading')}</p>}
        {step === 'commit' && staged && !committed && (
          <CommitStep
            summary={staged}
            submissionName={submissionName}
            busy={busy}
            onBack={() => goTo('staging')}
            onCommit={(decision) => void commit(decision)}
          />
        )}
        {step === 'commit' && committed && (
          <CommittedNotice
            summary={committed}
            onOpenSubmission={() => navigate({ place: 'submissions', submissionId })}
            onAnotherFile={startOver}
          />
        )}
        <TaskProgress task={task} />
        <TaskError error={failure} />
      </StepSection>
    </div>
  );
}
