import path from 'node:path';
import { call, UsageError, type CliIo, type EngineCalls, type Flags } from './call-api';

function submissionOf(command: string, flags: Flags): string {
  if (typeof flags.submission !== 'string') throw new UsageError(`${command} needs --submission ID`);
  return flags.submission;
}

/** `mrc problems --submission ID`: every problem of the submission, accepted ones with their note. */
export async function problemsCommand(api: EngineCalls, flags: Flags, io: CliIo): Promise<void> {
  const list = await call(api, 'submissions.problems', { submissionId: submissionOf('problems', flags) });
  if (flags.json === true) return io.out(JSON.stringify(list, null, 2));
  if (list.items.length === 0) return io.out('no problems');
  const lines = list.items.map((p) => `${p.indicator.padEnd(8)} ${p.kind.padEnd(26)} ${p.message}${p.accepted ? `  [accepted: ${p.accepted.note}]` : ''}`);
  io.out([...lines, `${list.unacceptedProblemCount} of ${list.items.length} not accepted`].join('\n'));
}

/** `mrc export-xlsx --submission ID --out FILE.xlsx`: the submission as a workbook, written whole or not at all. */
export async function exportXlsxCommand(api: EngineCalls, flags: Flags, io: CliIo): Promise<void> {
  const submissionId = submissionOf('export-xlsx', flags);
  if (typeof flags.out !== 'string') throw new UsageError('export-xlsx needs --out FILE.xlsx');
  const result = await call(api, 'submissions.exportXlsx', { submissionId, path: path.resolve(flags.out) });
  if (flags.json === true) return io.out(JSON.stringify(result, null, 2));
  const sheets = result.sheets.map((s) => `${s.name} ${s.rows}`).join(', ');
  io.out(`wrote ${result.path} (${result.bytes} bytes; ${sheets}; ${result.neutralisedCells} cell(s) neutralised against formulas)`);
}
