import fs from 'node:fs';
import path from 'node:path';
import type { ApiHandlers } from '../../../electron/core/api';

/** A semicolon CSV of `rows` laws (Decree 0, Decree 1, …): long enough, at tens of thousands, for staging to be caught mid-way. */
export function writeDecreesCsv(dir: string, rows: number, name = 'decrees.csv'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, ['Type;Title;Article', ...Array.from({ length: rows }, (_, i) => `law;Decree ${i};art. ${i % 30}`)].join('\n'));
  return file;
}

/** The `imports.stage` request for a decrees CSV of `rows` rows, opened and mapped as the preview suggests. */
export async function decreesStageRequest(api: ApiHandlers, dir: string, submissionId: string, rows: number) {
  const file = writeDecreesCsv(dir, rows, `laws-${rows}.csv`);
  const opened = await api['imports.open']({ submissionId, path: file });
  const sheet = opened.sheets[0]!.name;
  const preview = await api['imports.preview']({ session: opened.session, sheet, kind: 'evidence' });
  return { session: opened.session, sheet, kind: 'evidence' as const, mapping: preview.mapping };
}
