import path from 'node:path';
import type { CommitResult, OpenedFile } from '../../shared/import-contract';
import type { ImportIssue } from '../../shared/records';
import { RecordKind } from '../../shared/records';
import { MrcError } from '../../shared/errors';
import { chooseSheet, fitSheet } from '../core';
import { call, UsageError, type CliIo, type Flags, type EngineCalls } from './call-api';
import { HUMAN_ROWS, rowLine, rowReports } from './import-row-report';

function place(issue: ImportIssue): string {
  const { sheet, row, column } = issue.where;
  return [sheet !== undefined ? `sheet "${sheet}"` : '', row !== undefined ? `row ${row}` : '', column ? `column ${column}` : '']
    .filter(Boolean)
    .join(', ');
}

function committedLine(r: CommitResult): string {
  const extra = [
    r.repeated ? `${r.repeated} repeating an earlier row` : '',
    r.notTaken ? `${r.notTaken} not taken` : '',
    r.evidenceAdded || r.evidenceLinked ? `${r.evidenceAdded} evidence added, ${r.evidenceLinked} links to indicators` : '',
  ].filter(Boolean);
  const records = r.inserted + r.updated + r.unchanged + r.kept;
  return `  committed ${r.rows} rows as ${records} records: ${r.inserted} new, ${r.updated} changed, ${r.unchanged} already equal, ${r.kept} kept${extra.length ? `; ${extra.join('; ')}` : ''}`;
}

/**
 * Without --sheet, the sheet whose headers fit the kind: a workbook may open on "Instructions" and
 * keep its data on "Answers". When none fits, or several fit alike, the person names it.
 */
async function pickSheet(api: EngineCalls, opened: OpenedFile, kind: RecordKind): Promise<string> {
  const [only] = opened.sheets;
  if (opened.sheets.length === 1 && only) return only.name;
  const fits = [];
  for (const sheet of opened.sheets) {
    if (sheet.rowCount === 0) continue;
    const preview = await call(api, 'imports.preview', { session: opened.session, sheet: sheet.name, kind });
    fits.push(fitSheet(kind, sheet.name, preview.headers));
  }
  const choice = chooseSheet(kind, opened.fileName, fits);
  if (choice.sheet !== null) return choice.sheet;
  const names = opened.sheets.map((sheet) => `"${sheet.name}"${sheet.rowCount === 0 ? ' (empty)' : ''}`).join(', ');
  throw new MrcError('no-matching-sheet', `${choice.reason} Name the sheet to import with --sheet NAME; the sheets are ${names}.`, {
    where: { file: opened.fileName },
    params: { file: opened.fileName, sheets: names },
  });
}

/** `mrc import FILE --submission ID [--kind K] [--sheet NAME] [--mapping NAME] [--commit]` */
export async function importCommand(api: EngineCalls, file: string | undefined, flags: Flags, io: CliIo): Promise<void> {
  if (!file) throw new UsageError('import needs a FILE');
  if (typeof flags.submission !== 'string') throw new UsageError('import needs --submission ID');
  const kind = RecordKind.safeParse(flags.kind ?? 'answers');
  if (!kind.success) throw new UsageError(`--kind is one of ${RecordKind.options.join(', ')}`);
  const json = flags.json === true;

  const opened = await call(api, 'imports.open', { submissionId: flags.submission, path: path.resolve(file) });
  const sheet = typeof flags.sheet === 'string' ? flags.sheet : await pickSheet(api, opened, kind.data);
  const preview = await call(api, 'imports.preview', {
    session: opened.session,
    sheet,
    kind: kind.data,
    ...(typeof flags.mapping === 'string' ? { template: flags.mapping } : {}),
  });
  const staged = await call(api, 'imports.stage', { session: opened.session, sheet, kind: kind.data, mapping: preview.mapping });
  const errors = await call(api, 'imports.rows', { importId: staged.importId, status: 'error', offset: 0, limit: 1000 });
  const pending = await call(api, 'imports.rows', { importId: staged.importId, status: 'needs-reconciliation', offset: 0, limit: 1000 });
  const rows = await rowReports(api, staged.importId);
  const summary = flags.commit === true ? await call(api, 'imports.commit', { importId: staged.importId }) : staged;
  const problems = errors.rows.flatMap((r) => r.problems);

  if (json) {
    io.out(
      JSON.stringify(
        {
          ...summary,
          previousImports: opened.previousImports,
          template: preview.template,
          fileNotes: opened.issues,
          columnNotes: preview.columnNotes,
          errors: problems,
          rows,
        },
        null,
        2,
      ),
    );
    return;
  }
  const c = summary.counts;
  const lines = [
    `${opened.fileName}, sheet "${sheet}" (${kind.data}): import ${summary.importId}`,
    ...opened.previousImports.map((p) => `  note: this file was already imported on ${p.createdAt.slice(0, 10)} (${p.kind}, sheet "${p.sheet}", ${p.status})`),
    ...(preview.template ? [`  mapping: template "${preview.template}"`] : []),
    ...opened.issues.map((n) => `  note: ${n.message}`),
    ...preview.columnNotes.map((n) => `  note: ${n.message}`),
    `  ready ${c.ready}, needs reconciliation ${c.needsReconciliation}, errors ${c.error}${flags.commit === true ? `, committed ${c.committed}` : ''}`,
    ...(c.bySimilarity > 0 ? [`  ${c.bySimilarity} rows matched by similarity alone: check them below`] : []),
    ...(summary.result ? [committedLine(summary.result)] : []),
    ...rows.slice(0, HUMAN_ROWS).map(rowLine),
    ...(rows.length > HUMAN_ROWS ? [`  … and ${rows.length - HUMAN_ROWS} more rows (--json lists every row)`] : []),
    ...problems.map((p) => `  error (${place(p)}): ${p.message}`),
    ...pending.rows.flatMap((r) => r.refs.filter((ref) => ref.targetId === null).map((ref) => `  to reconcile (row ${r.row}): ${ref.kind} "${ref.text}"`)),
  ];
  if (flags.commit !== true) lines.push(`  staged only: run again with --commit, or review it in the app`);
  io.out(lines.join('\n'));
}
