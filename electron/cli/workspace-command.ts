import fs from 'node:fs';
import { checkIntegrity, type Workspace } from '../core';
import type { CliIo, Flags } from './call-api';

/** `mrc workspace check`: SQLite's full integrity_check (indexes against their tables too), timed. Exit 1 when damaged. */
export function workspaceCheckCommand(ws: Workspace, flags: Flags, io: CliIo): number {
  const report = checkIntegrity(ws.db, 'full');
  const bytes = fs.statSync(ws.file).size;
  const result = { path: ws.file, ok: report.ok, problems: report.problems, ms: Math.round(report.ms), bytes };
  if (flags.json === true) io.out(JSON.stringify(result, null, 2));
  else if (report.ok) io.out(`workspace sound: ${ws.file} (${Math.ceil(bytes / 1024 / 1024)} MB, integrity_check in ${result.ms} ms)`);
  else io.err(`mrc: the workspace ${ws.file} is damaged. SQLite's integrity_check found:\n  ${report.problems.join('\n  ')}\nRestore it from a backup.`);
  return report.ok ? 0 : 1;
}
