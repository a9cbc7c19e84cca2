import { useTranslation } from 'react-i18next';
import { FIELDS, type ColumnMapping, type ColumnSuggestion, type RecordKind } from '../../../shared/records';
import { useRovingTable } from '../frame/use-roving-table';
import { columnLetter } from './column-letter';
import { fieldName } from './import-keys';

interface MappingTableProps {
  kind: RecordKind;
  mapping: ColumnMapping;
  suggestions: ColumnSuggestion[];
  disabled: boolean;
  onChange(mapping: ColumnMapping): void;
}

const NOT_IMPORTED = '';

/** One row per spreadsheet column: its header, the field it feeds (a select), and what the app suggested. */
export function MappingTable({ kind, mapping, suggestions, disabled, onChange }: MappingTableProps) {
  const { t } = useTranslation();
  const roving = useRovingTable();
  const nameOf = (id: string) => fieldName(t, id);

  function setField(column: number, field: string) {
    onChange(mapping.map((entry) => (entry.column === column ? { ...entry, field: field === NOT_IMPORTED ? null : field } : entry)));
  }

  return (
    <table ref={roving} className="data-table mapping-table" data-testid="mapping-table">
      <caption className="visually-hidden">{t('import.mapping.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.mapping.column')}</th>
          <th scope="col">{t('import.mapping.header')}</th>
          <th scope="col">{t('import.mapping.field')}</th>
          <th scope="col">{t('import.mapping.suggestion')}</th>
        </tr>
      </thead>
      <tbody>
        {mapping.map((entry) => {
          const letter = columnLetter(entry.column);
          const suggestion = suggestions.find((s) => s.column === entry.column);
          const header = entry.header || t('import.mapping.noHeader');
          return (
            <tr key={entry.column}>
              <th scope="row" className="column-letter">
                {letter}
              </th>
              <td>{header}</td>
              <td>
                <select
                  aria-label={t('import.mapping.fieldFor', { column: letter, header })}
                  value={entry.field ?? NOT_IMPORTED}
                  disabled={disabled}
                  onChange={(event) => setField(entry.column, event.target.value)}
                >
                  <option value={NOT_IMPORTED}>{t('import.mapping.notImported')}</option>
                  {FIELDS[kind].map((spec) => (
                    <option key={spec.id} value={spec.id}>
                      {spec.required ? t('import.mapping.requiredField', { field: nameOf(spec.id) }) : nameOf(spec.id)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="suggestion">
                {suggestion?.field
                  ? t(suggestion.confidence >= 1 ? 'import.mapping.suggestedExact' : 'import.mapping.suggestedPartial', {
                      field: nameOf(suggestion.field),
                    })
                  : t('import.mapping.noSuggestion')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
