import type { ImportSummary } from '../../shared/import-contract';
import { ConflictChoice } from '../../shared/import-contract';
import { call, UsageError, type CliIo, type Flags, type EngineCalls } from './call-api';

/** The words after `mrc import` that name an action on staged imports rather than a file to import. */
export const IMPORT_ADMIN_ACTIONS = ['list', 'commit', 'abandon'] as const;
export type ImportAdminAction = (typeof IMPORT_ADMIN_ACTIONS)[number];

export function isImportAdminAction(word: string | undefined): word is ImportAdminAction {
  return (IMPORT_ADMIN_ACTIONS as readonly string[]).includes(word ?? '');
}

function importLine(i: ImportSummary): string {
  const c = i.counts;
  return `${i.importId}  ${i.status.padEnd(9)}  ${i.createdAt.slice(0, 16).replace('T', ' ')}  ${i.kind.padEnd(13)}  "${i.fileName}", sheet "${i.sheet}"  ready ${c.ready}, needs reconciliation ${c.needsReconciliation}, errors ${c.error}, committed ${c.committed}  submission ${i.submissionId}`;
}

/** Staged imports of one submission, or of every submission; with --all, committed and abandoned ones too. */
async function listImports(api: EngineCalls, flags: Flags, io: CliIo): Promise<void> {
  const submissions =
    typeof flags.submission === 'string' ? [flags.submission] : (await call(api, 'submissions.list', {})).map((s) => s.id);
  const imports: ImportSummary[] = [];
  for (const submissionId of submissions) imports.push(...(await call(api, 'imports.history', { submissionId })));
  const shown = flags.all === true ? imports : imports.filter((i) => i.status === 'staged');
  if (flags.json === true) return io.out(JSON.stringify(shown, null, 2));
  io.out(shown.length ? shown.map(importLine).join('\n') : flags.all === true ? 'no imports yet' : 'no staged import waits for a decision');
}

/**
 * `mrc import list [--submission ID] [--all]`, `mrc import commit IMPORT_ID [--choice keep-existing|take-imported]`,
 * `mrc import abandon IMPORT_ID`: what a kill after staging left behind can be finished or dropped from the command line.
 */
export async function importAdminCommand(api: EngineCalls, action: ImportAdminAction, importId: string | undefined, flags: Flags, io: CliIo): Promise<void> {
  if (action === 'list') {
    if (importId !== undefined) throw new UsageError('import list takes no IMPORT_ID (use --submission ID)');
    return listImports(api, flags, io);
  }
  if (!importId) throw new UsageError(`import ${action} needs an IMPORT_ID (see mrc import list)`);
  let summary: ImportSummary;
  if (action === 'commit') {
    const choice = ConflictChoice.safeParse(flags.choice ?? 'keep-existing');
    if (!choice.success) throw new UsageError(`--choice is one of ${ConflictChoice.options.join(', ')}`);
    summary = await call(api, 'imports.commit', { importId, choice: choice.data });
  } else summary = await call(api, 'imports.abandon', { importId });
  io.out(flags.json === true ? JSON.stringify(summary, null, 2) : importLine(summary));
}
