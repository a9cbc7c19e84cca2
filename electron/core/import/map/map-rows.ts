import {
  FIELDS,
  type CandidateRecord,
  type ColumnMapping,
  type FieldSpec,
  type ImportIssue,
  type IssueLocation,
  type RawRow,
  type RecordKind,
} from '../../../../shared/records.js';
import { columnLetter, issue } from '../import-issue.js';
import { DEFAULT_FORMAT, readCellAs } from './parse-values.js';
import { isBlankRow } from '../layout/detect-layout.js';
import type { ColumnFormat, ParsedSheet, SheetLayout } from '../sheet-model.js';

/** Turns rows of raw cells into candidate records, with a problem for every cell that cannot be used. */

export interface RowWhere {
  file?: string;
  sheet?: string;
  /** The spreadsheet row number (1-based). */
  row: number;
}

export interface ReadingContext {
  /** The workbook counts date serials from 1904. */
  date1904?: boolean;
  /** Per column, from profileColumns; a missing column is read day-first with a dot decimal. */
  formats?: readonly (ColumnFormat | undefined)[];
}

export interface MappedRow<K extends RecordKind> {
  row: number;
  cells: RawRow;
  record: CandidateRecord<K>;
  problems: ImportIssue[];
}

interface MappedColumn {
  column: number;
  letter: string;
  header: string;
  spec: FieldSpec;
}

interface CompiledMapping {
  kind: RecordKind;
  columns: MappedColumn[];
  /** Where each required field is read from, if from anywhere. */
  required: { spec: FieldSpec; from: MappedColumn | undefined }[];
}

const compiled = new WeakMap<ColumnMapping, CompiledMapping>();

/** Looked up once per mapping rather than once per row: a file has a million rows and one mapping. */
function compile(kind: RecordKind, mapping: ColumnMapping): CompiledMapping {
  const known = compiled.get(mapping);
  if (known?.kind === kind) return known;
  const specs = new Map(FIELDS[kind].map((spec) => [spec.id, spec]));
  const columns: MappedColumn[] = [];
  for (const entry of mapping) {
    const spec = entry.field === null ? undefined : specs.get(entry.field);
    if (spec) columns.push({ column: entry.column, letter: columnLetter(entry.column), header: entry.header, spec });
  }
  const required = FIELDS[kind]
    .filter((spec) => spec.required)
    .map((spec) => ({ spec, from: columns.find((column) => column.spec.id === spec.id) }));
  const result = { kind, columns, required };
  compiled.set(mapping, result);
  return result;
}

export function mapRow<K extends RecordKind>(
  kind: K,
  mapping: ColumnMapping,
  cells: RawRow,
  where: RowWhere,
  reading: ReadingContext = {},
): { record: CandidateRecord<K>; problems: ImportIssue[] } {
  const { columns, required } = compile(kind, mapping);
  // Keys are field ids only, never headers; no prototype either, whatever a caller merges in later.
  const record: Record<string, string | number> = Object.create(null);
  const problems: ImportIssue[] = [];
  const unreadable = new Set<string>();
  const readFrom = new Map<string, MappedColumn>();
  for (const mapped of columns) {
    const id = mapped.spec.id;
    if (unreadable.has(id)) continue;
    const format = reading.formats?.[mapped.column] ?? DEFAULT_FORMAT;
    const result = readCellAs(mapped.spec, cells[mapped.column], format, reading.date1904 ?? false);
    if (result.kind === 'value') {
      const earlier = readFrom.get(id);
      const prior = record[id];
      if (earlier === undefined || prior === undefined) {
        record[id] = result.value;
        readFrom.set(id, mapped);
      } else if (mapped.spec.valueType === 'text') record[id] = `${prior}; ${result.value}`;
      else if (String(prior) !== String(result.value)) {
        // Two readings of one number, date or choice that disagree: neither is taken without the person.
        unreadable.add(id);
        delete record[id];
        problems.push(
          issue(
            'duplicate-field',
            `${place(where, mapped)}: columns ${earlier.letter} and ${mapped.letter} both give the ${id}, and they differ ("${prior}", "${result.value}").`,
            locate(where, mapped),
            { ...headerOf(mapped), first: earlier.letter, second: mapped.letter, field: id, firstValue: prior, secondValue: result.value },
          ),
        );
      }
    } else if (result.kind === 'problem') {
      unreadable.add(mapped.spec.id);
      problems.push(
        issue(
          result.code,
          `${place(where, mapped)}: expected ${result.expected.english}, found "${result.found}".`,
          locate(where, mapped),
          { ...headerOf(mapped), ...result.expected.values, expected: result.expected.word, found: result.found },
          result.detail,
        ),
      );
    }
  }
  for (const { spec, from } of required) {
    if (record[spec.id] !== undefined || unreadable.has(spec.id)) continue;
    if (!from && spec.fallback !== undefined) {
      record[spec.id] = spec.fallback;
      continue;
    }
    problems.push(
      from
        ? issue('missing-value', `${place(where, from)}: the ${spec.id} is required but the cell is empty.`, locate(where, from), { ...headerOf(from), field: spec.id })
        : issue('missing-value', `${place(where)}: the ${spec.id} is required but no column is mapped to it.`, locate(where), { field: spec.id }, 'missing-value.no-column'),
    );
  }
  return { record: record as CandidateRecord<K>, problems };
}

export function locate(where: RowWhere, mapped?: Pick<MappedColumn, 'letter'>): IssueLocation {
  const location: IssueLocation = { row: where.row };
  if (where.file !== undefined) location.file = where.file;
  if (where.sheet !== undefined) location.sheet = where.sheet;
  if (mapped) location.column = mapped.letter;
  return location;
}

/** The column's header, which the UI names beside its letter. */
export function headerOf(mapped: Pick<MappedColumn, 'header'> | undefined): { header?: string } {
  return mapped?.header ? { header: mapped.header } : {};
}

export function place(where: RowWhere, mapped?: Pick<MappedColumn, 'letter' | 'header'>): string {
  const sheet = where.sheet !== undefined ? `Sheet "${where.sheet}", row` : 'Row';
  if (!mapped) return `${sheet} ${where.row}`;
  const header = mapped.header ? ` ("${mapped.header}")` : '';
  return `${sheet} ${where.row}, column ${mapped.letter}${header}`;
}

/** Problems of the mapping itself: fields unknown to the kind, mapped twice, or required and unmapped. */
export function checkMapping(kind: RecordKind, mapping: ColumnMapping, where: Omit<IssueLocation, 'row' | 'column'> = {}): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const specs = new Map(FIELDS[kind].map((spec) => [spec.id, spec]));
  const seen = new Map<string, string>();
  for (const entry of mapping) {
    if (entry.field === null) continue;
    const column = columnLetter(entry.column);
    if (!specs.has(entry.field)) {
      const fields = [...specs.keys()].join(', ');
      issues.push(
        issue('unknown-field', `Column ${column} is mapped to "${entry.field}", which ${kind} do not have (they have ${fields}).`, { ...where, column }, {
          column,
          field: entry.field,
          kind,
          fields,
        }),
      );
    } else if (seen.has(entry.field)) {
      const first = seen.get(entry.field)!;
      const params = { first, second: column, field: entry.field };
      issues.push(
        specs.get(entry.field)!.valueType === 'text'
          ? issue('duplicate-field', `Columns ${first} and ${column} are both mapped to ${entry.field}: their text is joined, in column order.`, { ...where, column }, params, 'duplicate-field.text-joined')
          : issue(
              'duplicate-field',
              `Columns ${first} and ${column} are both mapped to ${entry.field}: a row where both are filled must give the same value.`,
              { ...where, column },
              params,
              'duplicate-field.values-differ',
            ),
      );
    } else seen.set(entry.field, column);
  }
  for (const spec of specs.values()) {
    if (spec.required && !seen.has(spec.id) && spec.fallback === undefined) {
      issues.push(issue('missing-column', `No column is mapped to ${spec.id}, which every row of ${kind} needs.`, where, { field: spec.id, kind }));
    }
  }
  return issues;
}

/** The sheet's data rows, blank ones skipped, each mapped to a candidate record. */
export function* mapSheetRows<K extends RecordKind>(
  kind: K,
  sheet: ParsedSheet,
  layout: SheetLayout,
  mapping: ColumnMapping,
  options: { file?: string; reading?: ReadingContext } = {},
): Generator<MappedRow<K>> {
  const where: RowWhere = { row: 0, sheet: sheet.name };
  if (options.file !== undefined) where.file = options.file;
  for (let r = layout.firstDataRow - 1; r < layout.lastDataRow && r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells || isBlankRow(cells)) continue;
    where.row = r + 1;
    const { record, problems } = mapRow(kind, mapping, cells, where, options.reading);
    yield { row: r + 1, cells, record, problems };
  }
}
