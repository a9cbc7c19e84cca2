import { useTranslation } from 'react-i18next';
import type { OpenedFile } from '../../../shared/import-contract';
import { RecordKind } from '../../../shared/records';
import { RECORD_KIND_CHOICE_KEYS } from './import-keys';

interface SheetStepProps {
  sheets: OpenedFile['sheets'];
  sheet: string | undefined;
  kind: RecordKind;
  /** The kind was guessed from the sheet's name, not chosen. */
  kindGuessed: boolean;
  onSheet(sheet: string): void;
  onKind(kind: RecordKind): void;
}

/** Step 2: which sheet to import, and what its rows are. Both are radio groups: arrow keys move within them. */
export function SheetStep({ sheets, sheet, kind, kindGuessed, onSheet, onKind }: SheetStepProps) {
  const { t } = useTranslation();
  return (
    <div className="sheet-step">
      <fieldset className="choice-list">
        <legend>{t('import.sheet.sheetLegend')}</legend>
        {sheets.map((s) => (
          <label key={s.name} className="choice">
            <input type="radio" name="import-sheet" value={s.name} checked={s.name === sheet} onChange={() => onSheet(s.name)} />
            <span className="choice-label">{s.name}</span>
            <span className="choice-detail">{t('import.sheet.rowCount', { count: s.rowCount })}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-list">
        <legend>{t('import.sheet.kindLegend')}</legend>
        {RecordKind.options.map((k) => (
          <label key={k} className="choice">
            <input type="radio" name="import-kind" value={k} checked={k === kind} onChange={() => onKind(k)} />
            <span className="choice-label">{t(RECORD_KIND_CHOICE_KEYS[k].label)}</span>
            <span className="choice-detail">{t(RECORD_KIND_CHOICE_KEYS[k].description)}</span>
          </label>
        ))}
        {kindGuessed && sheet && <p className="field-hint">{t('import.sheet.kindGuessed', { sheet })}</p>}
      </fieldset>
    </div>
  );
}
