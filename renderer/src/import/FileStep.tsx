import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviousImport, OpenedFile } from '../../../shared/import-contract';
import type { ApiError } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { InputIssues } from '../frame/ErrorNotice';
import { routeHref } from '../frame/route';
import { TaskError } from './TaskProgress';
import { formatDateTime } from './format-date';
import type { ErrorCode } from '../../../shared/error-codes';
import { useMessageText } from '../messages/message-text';
import { IssueText } from './IssueText';
import { PREVIOUS_IMPORT_KEYS } from './import-keys';
import { RECORD_KIND_KEYS } from '../messages/message-keys';

export const ACCEPTED_FILES = '.xlsx,.xls,.ods,.csv,.tsv,.txt';

interface FileStepProps {
  opened: OpenedFile | undefined;
  /** The name of the file being opened or last refused. */
  fileName: string | undefined;
  refusal: ApiError | undefined;
  busy: boolean;
  onPick(file: File): void;
  /** On the desktop, choosing opens the main process's own dialog instead of the browser's file chooser. */
  onChooseInDialog?: (() => void) | undefined;
  /** Go on although the file was imported before. */
  onImportAgain(): void;
  /** Leave this file: start again with another one. */
  onStop(): void;
}

/** The headline of a refused file, for the refusals a file can meet; any other says "cannot be imported". */
const REFUSAL_TITLE_KEYS: Partial<Record<ErrorCode, string>> = {
  'password-protected': 'import.refusal.password-protected',
  'empty-file': 'import.refusal.empty-file',
  'not-a-spreadsheet': 'import.refusal.not-a-spreadsheet',
  'unsupported-format': 'import.refusal.unsupported-format',
  'file-unreadable': 'import.refusal.file-unreadable',
  'corrupt-file': 'import.refusal.corrupt-file',
  'too-large': 'import.refusal.too-large',
  'too-many-cells': 'import.refusal.too-many-cells',
  'unclosed-quote': 'import.refusal.unclosed-quote',
  'file-not-chosen': 'import.refusal.file-not-chosen',
};

/** Why a file was refused, in words that name it: "“budget.xlsx” is password-protected…", then the engine's own reason. */
function FileRefusal({ error, fileName }: { error: ApiError; fileName: string | undefined }) {
  const { t } = useTranslation();
  const { messageText } = useMessageText();
  if (error.code === 'cancelled') return <TaskError error={error} />;
  const file = error.where?.file ?? fileName ?? '';
  return (
    <div className="error-notice" role="alert" data-testid="file-refusal">
      <p>
        <strong>{t(REFUSAL_TITLE_KEYS[error.code] ?? 'import.refusal.other', { file })}</strong>
      </p>
      <p>{messageText(error)}</p>
      <InputIssues error={error} />
    </div>
  );
}

function PreviousImports({ previous }: { previous: PreviousImport[] }) {
  const { t, i18n } = useTranslation();
  const submissions = useApiQuery('submissions.list', { locale: i18n.language });
  const nameOf = (id: string) => {
    const found = submissions.data?.find((s) => s.id === id);
    return found ? t('import.submissionName', { country: found.countryName, year: found.year }) : id;
  };
  return (
    <ul className="previous-imports">
      {previous.map((p) => (
        <li key={p.id}>
          {t(PREVIOUS_IMPORT_KEYS[p.status], {
            date: formatDateTime(p.committedAt ?? p.createdAt, i18n.language),
            submission: nameOf(p.submissionId),
            kind: t(RECORD_KIND_KEYS[p.kind]),
            sheet: p.sheet,
          })}
          {p.status === 'staged' && (
            <>
              {' '}
              <a href={routeHref({ place: 'import', submissionId: p.submissionId, importId: p.id })}>{t('import.file.resumePrevious')}</a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Step 1: choose or drop a spreadsheet; the engine opens it, refuses it with the reason, or says it has seen it before. */
export function FileStep({ opened, fileName, refusal, busy, onPick, onChooseInDialog, onImportAgain, onStop }: FileStepProps) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onPick(file);
  }

  return (
    <>
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        data-testid="drop-zone"
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={drop}
      >
        <p className="drop-zone-title">{t('import.file.drop')}</p>
        <label className="field">
          <span>{t('import.file.choose')}</span>
          <input
            type="file"
            accept={ACCEPTED_FILES}
            disabled={busy}
            onClick={(event) => {
              if (!onChooseInDialog) return;
              event.preventDefault();
              onChooseInDialog();
            }}
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared so that choosing the same file again (after fixing it) opens it again.
              event.target.value = '';
              if (file) onPick(file);
            }}
          />
        </label>
        <p className="field-hint">{t('import.file.formats')}</p>
      </div>

      {refusal && <FileRefusal error={refusal} fileName={fileName} />}

      {opened && (
        <div className="opened-file">
          <p>
            {t('import.file.opened', {
              file: opened.fileName,
              format: opened.format.toUpperCase(),
              count: opened.sheets.length,
            })}
          </p>
          {opened.issues.length > 0 && (
            <ul className="issue-list" aria-label={t('import.file.issues')}>
              {opened.issues.map((issue, index) => (
                <li key={index}>
                  <IssueText issue={issue} />
                </li>
              ))}
            </ul>
          )}
          {opened.previousImports.length > 0 && (
            <div className="notice notice-warning" role="alert" data-testid="already-imported">
              <p>
                <strong>{t('import.file.alreadyTitle', { file: opened.fileName })}</strong>
              </p>
              <PreviousImports previous={opened.previousImports} />
              <p>{t('import.file.againExplained')}</p>
              <div className="button-row">
                <button type="button" className="button-primary" onClick={onImportAgain}>
                  {t('import.file.importAgain')}
                </button>
                <button type="button" onClick={onStop}>
                  {t('import.file.stop')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </>
  );
}
