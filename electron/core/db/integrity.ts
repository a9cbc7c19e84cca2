import { MrcError } from '../../../shared/errors';
import type { Db } from './open-database';

export interface IntegrityReport {
  kind: 'quick' | 'full';
  ok: boolean;
  /** SQLite's own findings, at most `MAX_PROBLEMS` of them. */
  problems: string[];
  ms: number;
}

const MAX_PROBLEMS = 20;

/**
 * `quick_check` (every open: pages, records, no index-to-table cross-check) or `integrity_check` (on request:
 * also indexes against their tables). A file so damaged that SQLite cannot even run the check counts as failing it.
 */
export function checkIntegrity(db: Db, kind: IntegrityReport['kind']): IntegrityReport {
  const started = performance.now();
  let problems: string[];
  try {
    const rows = db.pragma(`${kind === 'quick' ? 'quick_check' : 'integrity_check'}(${MAX_PROBLEMS})`) as Record<string, string>[];
    problems = rows
      .flatMap((row) => String(Object.values(row)[0]).split('\n'))
      .filter((line) => line !== 'ok' && !/^\*\*\* in database/.test(line));
  } catch (error) {
    problems = [(error as Error).message];
  }
  return { kind, ok: problems.length === 0, problems, ms: performance.now() - started };
}

export function workspaceDamaged(file: string, report: IntegrityReport): MrcError {
  return new MrcError(
    'workspace-damaged',
    `The workspace ${file} is damaged and was not opened (SQLite's check found: ${report.problems.slice(0, 3).join('; ')}). ` +
      'Restore it from a backup; `mrc workspace check` lists every problem.',
    { where: { file }, params: { file, reason: report.problems.slice(0, 3).join('; ') }, detail: 'workspace-damaged.check' },
  );
}
