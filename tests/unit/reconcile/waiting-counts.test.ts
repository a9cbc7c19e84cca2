import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi, type ApiHandlers } from '../../../electron/core/api';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import type { RecordKind } from '../../../shared/records';
import { writeWorkbook } from '../import/build-fixtures';
import { makeTempDir } from '../temp-dir';

/*
 * reconcile.waiting: what the navigation's badge counts. It must count what the queue of each
 * submission lists, over real staged workbooks.
 */

let tmp: ReturnType<typeof makeTempDir>;
let ws: Workspace;
let api: ApiHandlers;

beforeEach(() => {
  tmp = makeTempDir();
  ws = openWorkspace(tmp.dir);
  api = createApi(ws);
});
afterEach(() => {
  ws.close();
  tmp.cleanup();
});

async function stage(submissionId: string, file: string, sheet: string, kind: RecordKind, rows: string[][]) {
  const path = writeWorkbook(tmp.dir, file, [{ name: sheet, rows }]);
  const opened = await api['imports.open']({ submissionId, path });
  const preview = await api['imports.preview']({ session: opened.session, sheet, kind });
  return api['imports.stage']({ session: opened.session, sheet, kind, mapping: preview.mapping });
}

const ANSWERS = [
  ['Indicator', 'Answer'],
  ['Social security equality for migrants?', 'oui'],
  ['Social security equality for migrants?', 'non'],
  ['RAT-02', 'in force since 1999'],
  ['SS-01', 'yes'],
];

describe('how many texts wait for a decision, per submission', () => {
  it('counts the distinct texts of the queue and the rows they hold back, leaving out submissions where nothing waits', async () => {
    const kenya = (await api['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
    const france = (await api['submissions.create']({ locale: 'en', country: 'FRA', year: 2026 })).id;
    await api['submissions.create']({ locale: 'en', country: 'MAR', year: 2026 });
    await stage(kenya, 'kenya.xlsx', 'Answers', 'answers', ANSWERS);
    await stage(france, 'france.xlsx', 'Answers', 'answers', [ANSWERS[0]!, ANSWERS[3]!]);

    const waiting = await api['reconcile.waiting']({});
    const kenyaQueue = await api['reconcile.queue']({ submissionId: kenya });
    // "oui" and "non" wait for their indicator, so the queue does not ask about them yet, nor does the count.
    expect(kenyaQueue.map((item) => item.text).sort()).toEqual(['Social security equality for migrants?', 'in force since 1999']);
    expect(waiting).toEqual(
      [
        { submissionId: kenya, texts: kenyaQueue.length, rows: 3 },
        { submissionId: france, texts: 1, rows: 1 },
      ].sort((a, b) => a.submissionId.localeCompare(b.submissionId)),
    );
  });

  it('counts a row once, and not the status that waits for its instrument', async () => {
    const kenya = (await api['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
    await stage(kenya, 'ratifications.xlsx', 'Ratifications', 'ratifications', [
      ['Instrument', 'Status'],
      ['Convention on the rights of nobody in particular', 'in force since 1999'],
    ]);
    // The status is read in the vocabulary of its instrument's kind: it is asked about once the instrument is known.
    const queue = await api['reconcile.queue']({ submissionId: kenya });
    expect(queue.map((item) => item.kind)).toEqual(['instrument']);
    expect(await api['reconcile.waiting']({})).toEqual([{ submissionId: kenya, texts: 1, rows: 1 }]);
  });

  it('drops a text once it is decided, and an import once it is discarded', async () => {
    const kenya = (await api['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
    const staged = await stage(kenya, 'kenya.xlsx', 'Answers', 'answers', ANSWERS);
    await api['reconcile.decide']({ submissionId: kenya, kind: 'indicator', text: 'Social security equality for migrants?', context: null, targetId: 'SS-02' });
    const queue = await api['reconcile.queue']({ submissionId: kenya });
    expect(await api['reconcile.waiting']({})).toEqual([{ submissionId: kenya, texts: queue.length, rows: 1 }]);
    await api['imports.abandon']({ importId: staged.importId });
    expect(await api['reconcile.waiting']({})).toEqual([]);
  });
});
