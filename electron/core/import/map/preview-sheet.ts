import type { ImportPreview } from '../../../../shared/import-contract';
import { FIELDS, type ColumnMapping, type ImportIssue, type RawRow, type RecordKind } from '../../../../shared/records';
import { MrcError } from '../../../../shared/errors';
import { issue } from '../import-issue';
import type { Db } from '../../db';
import { detectLayout, isBlankRow } from '../layout/detect-layout';
import type { ImportSession } from '../read/import-sessions';
import { checkMapping, mapRow } from './map-rows';
import { applyMappingTemplate } from './mapping-template';
import { findTemplate, getTemplate } from './mapping-templates-store';
import { DEFAULT_FORMAT, displayCells, readCellAs, type ColumnFormat } from './parse-values';
import { profileColumns } from '../layout/profile-columns';
import type { SheetLayout } from '../sheet-model';
import { suggestMapping } from './suggest-mapping';

const PREVIEW_ROWS = 20;

/** What staging needs to know of a sheet besides its rows: where the data is and how to read it. */
export interface SheetReading {
  sheet: string;
  layout: SheetLayout;
  formats: ColumnFormat[];
  date1904: boolean;
  columnNotes: ImportIssue[];
  /** The rows held in memory: every row of a workbook sheet, the first rows of a CSV. */
  rows: readonly RawRow[];
}

/** Layout and column formats are found once per sheet of an open file, however often it is previewed. */
const readings = new WeakMap<ImportSession, Map<string, SheetReading>>();

export function readSheet(session: ImportSession, sheet: string): SheetReading {
  let known = readings.get(session);
  if (!known) readings.set(session, (known = new Map()));
  let reading = known.get(sheet);
  if (!reading) known.set(sheet, (reading = examineSheet(session, sheet)));
  return reading;
}

function examineSheet(session: ImportSession, sheet: string): SheetReading {
  const { source } = session;
  if (source.type === 'csv') {
    if (sheet !== source.scan.sheet) throw unknownSheet(session, sheet, [source.scan.sheet]);
    return {
      sheet,
      layout: source.scan.layout,
      formats: source.scan.formats,
      date1904: false,
      columnNotes: source.scan.issues,
      rows: source.head,
    };
  }
  const found = source.workbook.sheets.find((s) => s.name === sheet);
  if (!found) throw unknownSheet(session, sheet, source.workbook.sheets.map((s) => s.name));
  const layout = detectLayout(found.rows, found.merges);
  const profile = profileColumns(found.rows, layout, { file: session.fileName, sheet });
  return { sheet, layout, formats: profile.formats, date1904: source.workbook.date1904, columnNotes: profile.notes, rows: found.rows };
}

function unknownSheet(session: ImportSession, sheet: string, names: string[]): MrcError {
  const sheets = names.map((n) => `"${n}"`).join(', ');
  return new MrcError('unknown-sheet', `"${session.fileName}" has no sheet "${sheet}"; its sheets are ${sheets}.`, {
    where: { file: session.fileName, sheet },
    params: { file: session.fileName, sheet, sheets },
  });
}

/** The preview's cells as the app will read them: a mapped column as its field's type reads it, any other as shown. */
function previewCells(kind: RecordKind, mapping: ColumnMapping, row: RawRow, reading: SheetReading): string[] {
  const specs = new Map(FIELDS[kind].map((spec) => [spec.id, spec]));
  const cells = displayCells(row, reading.layout.headers.length, reading.date1904);
  for (const entry of mapping) {
    const spec = entry.field === null ? undefined : specs.get(entry.field);
    if (!spec || entry.column >= cells.length) continue;
    const read = readCellAs(spec, row[entry.column], reading.formats[entry.column] ?? DEFAULT_FORMAT, reading.date1904);
    if (read.kind === 'value') cells[entry.column] = String(read.value);
  }
  return cells;
}

/** Required fields no column feeds, which every row takes a fallback for: said, so nobody is surprised. */
function defaultedFields(kind: RecordKind, mapping: ColumnMapping, file: string, sheet: string): ImportIssue[] {
  return FIELDS[kind]
    .filter((spec) => spec.fallback !== undefined && !mapping.some((m) => m.field === spec.id))
    .map((spec) =>
      issue(
        'field-defaulted',
        `No column gives the ${spec.id}: every row is taken as "${spec.fallback}". Map a column to ${spec.id} if some rows are different.`,
        { file, sheet },
        { field: spec.id, fallback: spec.fallback ?? '' },
      ),
    );
}

export function previewSheet(
  db: Db,
  session: ImportSession,
  sheet: string,
  kind: RecordKind,
  requested?: ColumnMapping,
  templateName?: string,
): ImportPreview {
  const reading = readSheet(session, sheet);
  const { layout } = reading;
  const suggestions = suggestMapping(kind, layout.headers);
  const template = requested ? undefined : templateName ? getTemplate(db, templateName) : findTemplate(db, kind, layout.headers);
  const mapping: ColumnMapping =
    requested ??
    (template
      ? applyMappingTemplate(template.mapping, layout.headers)
      : suggestions.map((s) => ({ column: s.column, header: s.header, field: s.field })));
  const where = { file: session.fileName, sheet, row: 0 };
  const rows: ImportPreview['rows'] = [];
  let dataRows = 0;
  for (let r = layout.firstDataRow - 1; r < layout.lastDataRow && r < reading.rows.length; r++) {
    const cells = reading.rows[r];
    if (!cells || isBlankRow(cells)) continue;
    dataRows++;
    if (rows.length >= PREVIEW_ROWS) continue;
    where.row = r + 1;
    const { problems } = mapRow(kind, mapping, cells, where, { formats: reading.formats, date1904: reading.date1904 });
    rows.push({ row: r + 1, cells: previewCells(kind, mapping, cells, reading), problems });
  }
  const mappingIssues = checkMapping(kind, mapping, { file: session.fileName, sheet });
  return {
    headers: layout.headers,
    headerRow: layout.headerRowIndex + 1,
    firstDataRow: layout.firstDataRow,
    lastDataRow: layout.lastDataRow,
    dataRows: session.source.type === 'csv' ? Math.max(0, layout.lastDataRow - layout.firstDataRow + 1) : dataRows,
    notes: layout.notes,
    suggestions,
    mapping,
    template: template?.name ?? null,
    mappingIssues: mappingIssues.filter((issue) => issue.code !== 'duplicate-field'),
    // Two columns for one field are read together (text joined, other values compared): said, not blocked.
    columnNotes: [
      ...defaultedFields(kind, mapping, session.fileName, sheet),
      ...mappingIssues.filter((issue) => issue.code === 'duplicate-field'),
      ...reading.columnNotes,
    ],
    rows,
  };
}
