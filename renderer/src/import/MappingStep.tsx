import { useTranslation } from 'react-i18next';
import type { ColumnMapping, RecordKind } from '../../../shared/records';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { IssueText } from './IssueText';
import { MappingTable } from './MappingTable';
import { PreviewTable } from './PreviewTable';
import { WizardNav } from './StepIndicator';
import { useMessageText } from '../messages/message-text';

interface MappingStepProps {
  session: string;
  sheet: string;
  kind: RecordKind;
  /** The person's own mapping; undefined lets the engine suggest one or apply a saved template. */
  mapping: ColumnMapping | undefined;
  onMapping(mapping: ColumnMapping): void;
  /** A saved template the person chose to apply; undefined lets the engine apply the one matching the headers. */
  template: string | undefined;
  onTemplate(name: string | undefined): void;
  templateName: string;
  onTemplateName(name: string): void;
  busy: boolean;
  onBack(): void;
  /** Stage the rows with the mapping as the engine last confirmed it. */
  onStage(mapping: ColumnMapping): void;
}

/** The saved templates for this kind of record, to apply one by name when the headers do not match it exactly. */
function TemplatePicker(props: { kind: RecordKind; chosen: string | undefined; disabled: boolean; onChoose(name: string | undefined): void }) {
  const { t } = useTranslation();
  const templates = useApiQuery('mappings.list', {});
  const ofKind = (templates.data ?? []).filter((template) => template.kind === props.kind);
  if (ofKind.length === 0) return null;
  return (
    <label className="inline-field">
      <span>{t('import.mapping.applyTemplate')}</span>
      <select
        value={props.chosen ?? ''}
        disabled={props.disabled}
        onChange={(event) => props.onChoose(event.target.value || undefined)}
      >
        <option value="">{t('import.mapping.matchingTemplate')}</option>
        {ofKind.map((template) => (
          <option key={template.name} value={template.name}>
            {template.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Step 3: which field each column feeds, checked against the first rows; every change is previewed again by the engine. */
export function MappingStep(props: MappingStepProps) {
  const { session, sheet, kind, mapping, busy } = props;
  const { t } = useTranslation();
  const preview = useApiQuery('imports.preview', {
    session,
    sheet,
    kind,
    ...(mapping ? { mapping } : props.template ? { template: props.template } : {}),
  });
  const data = preview.data;

  const { issueText } = useMessageText();
  let blockedBy: string | undefined;
  if (!data || preview.loading) blockedBy = t('import.mapping.waiting');
  else if (preview.error) blockedBy = t('import.mapping.previewFailed');
  else if (data.mappingIssues.length > 0)
    blockedBy = t('import.mapping.blocked', { problems: data.mappingIssues.map(issueText).join(' ') });

  return (
    <>
      {preview.error && <ErrorNotice error={preview.error} />}
      {data && (
        <>
          <p className="layout-facts" data-testid="layout-facts">
            {t('import.mapping.layout', {
              headerRow: data.headerRow,
              first: data.firstDataRow,
              last: data.lastDataRow,
              count: data.dataRows,
            })}
          </p>
          {data.template && (
            <p className="notice" role="status" data-testid="template-applied">
              {t('import.mapping.templateApplied', { name: data.template })}
            </p>
          )}
          {data.notes.length > 0 && (
            <div className="notice">
              <p>{t('import.mapping.notesHeading')}</p>
              <ul>
                {data.notes.map((note) => (
                  <li key={note.row}>{t('import.mapping.note', { row: note.row, text: note.text })}</li>
                ))}
              </ul>
            </div>
          )}
          {data.columnNotes.length > 0 && (
            <div className="notice notice-warning" data-testid="column-notes">
              <p>{t('import.mapping.columnNotesHeading')}</p>
              <ul>
                {data.columnNotes.map((issue, index) => (
                  <li key={index}>
                    <IssueText issue={issue} />
                  </li>
                ))}
              </ul>
            </div>
          )}

          <h3>{t('import.mapping.columnsHeading')}</h3>
          <TemplatePicker kind={kind} chosen={props.template} disabled={busy} onChoose={props.onTemplate} />
          <MappingTable
            kind={kind}
            // The person's latest choices, even while the engine is still previewing the one before.
            mapping={mapping ?? data.mapping}
            suggestions={data.suggestions}
            disabled={busy}
            onChange={props.onMapping}
          />
          {data.mappingIssues.length > 0 && (
            <div className="error-notice" role="alert" data-testid="mapping-issues">
              <ul>
                {data.mappingIssues.map((issue, index) => (
                  <li key={index}>{issueText(issue)}</li>
                ))}
              </ul>
            </div>
          )}

          <h3>{t('import.mapping.previewHeading', { shown: data.rows.length, count: data.dataRows })}</h3>
          <PreviewTable preview={data} />

          <div className="field template-field">
            <label htmlFor="import-template-name">{t('import.mapping.saveTemplate')}</label>
            <input
              id="import-template-name"
              type="text"
              maxLength={80}
              value={props.templateName}
              onChange={(event) => props.onTemplateName(event.target.value)}
              aria-describedby="import-template-hint"
            />
            <p id="import-template-hint" className="field-hint">
              {t('import.mapping.saveTemplateHint')}
            </p>
          </div>
        </>
      )}
      {!data && preview.loading && <p>{t('common.loading')}</p>}
      <WizardNav
        onBack={props.onBack}
        onNext={() => data && props.onStage(data.mapping)}
        nextLabel={t('import.mapping.stage')}
        blockedBy={blockedBy}
        busy={busy}
      />
    </>
  );
}
