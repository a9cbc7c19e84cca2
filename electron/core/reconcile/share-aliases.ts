import { appendAudit } from '../audit';
import { submissionSchema } from '../curate';
import type { Db } from '../db';
import { loadLearnedAliases, storeAlias } from '../match';
import { parseAliases, serialiseAliases } from './aliases-file';
import { recheckWaitingRows } from './decide-references';
import { submissionsWithStagedImports } from './pending-rows-store';

/** A team shares what its members taught the engine: the learned matches, as one JSON file. */

export function exportAliases(db: Db): { fileName: string; text: string; count: number } {
  const aliases = loadLearnedAliases(db);
  return { fileName: 'mrc-aliases.json', text: serialiseAliases(aliases), count: aliases.length };
}

/** Stores a colleague's matches, then reads every waiting row again with them, all in one transaction. */
export function importAliases(db: Db, actor: string, text: string, fileName: string): { added: number; replaced: number; rowsResolved: number } {
  const aliases = parseAliases(text, fileName);
  let replaced = 0;
  let rowsResolved = 0;
  db.transaction(() => {
    for (const alias of aliases) if (storeAlias(db, alias, 'shared', actor)) replaced++;
    for (const id of submissionsWithStagedImports(db)) rowsResolved += recheckWaitingRows({ db, actor, schema: submissionSchema(db, id) }, id);
    appendAudit(db, { actor, action: 'aliases.import', entity: 'aliases', details: { fileName, count: aliases.length, rowsResolved } });
  }).immediate();
  return { added: aliases.length - replaced, replaced, rowsResolved };
}
