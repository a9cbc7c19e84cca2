import type { QualityInputs } from '../curate';
import type { PackageTable } from './package-tables';

/** The Frictionless Data Package descriptor of the package's CSV tables: what a program needs to read them. */
export function dataPackage(submission: QualityInputs['submission'], tables: readonly PackageTable[]) {
  return {
    profile: 'tabular-data-package',
    name: `mrc-${submission.country.toLowerCase()}-${submission.year}`,
    title: `Migrant rights submission: ${submission.country}, ${submission.year}`,
    resources: tables.map((t) => ({
      name: t.name,
      path: `data/${t.name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: t.fields.map((f) => ({ name: f.name, type: f.type, ...(f.required ? { constraints: { required: true } } : {}) })),
        primaryKey: [...t.primaryKey],
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
  };
}
