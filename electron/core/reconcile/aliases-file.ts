import { z } from 'zod';
import { MrcError, zodIssues } from '../../../shared/errors';
import { LearnedAlias } from '../../../shared/reconcile';

/** A file of learned aliases, so that one expert's decisions can be handed to another. */
export const AliasesFile = z.object({
  format: z.literal('mrc-aliases'),
  version: z.literal(1),
  aliases: z.array(LearnedAlias),
});
export type AliasesFile = z.infer<typeof AliasesFile>;

export function serialiseAliases(aliases: readonly LearnedAlias[]): string {
  const file: AliasesFile = { format: 'mrc-aliases', version: 1, aliases: [...aliases] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads an aliases file; anything else is refused with what was wrong and where. */
export function parseAliases(text: string, file = 'aliases file'): LearnedAlias[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    throw new MrcError('malformed-aliases', `${file} is not valid JSON: ${reason}`, { where: { file }, detail: 'malformed-aliases.json', params: { file, reason } });
  }
  const parsed = AliasesFile.safeParse(json);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new MrcError(
      'malformed-aliases',
      `${file} is not an aliases file ({ "format": "mrc-aliases", "version": 1, "aliases": [...] }): ${summary}`,
      { where: { file }, params: { file }, issues },
    );
  }
  return parsed.data.aliases;
}
