import * as XLSX from '@e965/xlsx';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import { resourcesDir } from '../../../electron/core/workspace/resources';
import { makeTempDir } from '../temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let ws: Workspace;
beforeEach(() => {
  tmp = makeTempDir();
  ws = openWorkspace(tmp.dir);
});
afterEach(() => {
  ws.close();
  tmp.cleanup();
});

describe('the Demoland sample', () => {
  it('opens as a submission labelled sample data, with the answers and scores of the sample workbook', async () => {
    const api = createApi(ws);
    expect((await api['workspace.info']({})).sampleOpened).toBe(false);
    const sample = await api['samples.open']({});
    expect(sample).toMatchObject({ country: 'XDM', countryName: 'Demoland (sample data)', sample: true, year: 2025 });

    const book = XLSX.read(fs.readFileSync(path.join(resourcesDir(), 'samples', 'demoland-2025.xlsx')));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Answers']!, { header: 1, blankrows: false });
    const header = rows.findIndex((r) => r[0] === 'Indicator');
    const expected = rows.slice(header + 1).map((r) => [String(r[0]), String(r[1])]);
    // An expert-scored answer counts as answered once the expert has scored it; the sample's text answers are not scored.
    const schema = await api['schemas.get']({ id: 'mri-core' });
    const expertScored = new Set(schema.indicators.filter((i) => i.scoring.kind === 'expert').map((i) => i.code));
    expect(sample.answered).toBe(expected.filter(([code]) => !expertScored.has(code!)).length);

    const grid = await api['submissions.indicators']({ submissionId: sample.id });
    for (const [code, value] of expected) expect(grid.find((r) => r.code === code)?.value).toBe(value);
    const yesRow = grid.find((r) => r.value === 'yes');
    expect(yesRow?.score).toBe(100);
    expect((await api['workspace.info']({})).sampleOpened).toBe(true);
  });

  it('brings the sample laws and ratifications too, through the import pipeline', async () => {
    const api = createApi(ws);
    const sample = await api['samples.open']({});
    const book = XLSX.read(fs.readFileSync(path.join(resourcesDir(), 'samples', 'demoland-2025.xlsx')));
    const dataRows = (sheet: string) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet]!, { header: 1, blankrows: false }).length - 2;
    expect((await api['submissions.evidence']({ submissionId: sample.id })).length).toBe(dataRows('Laws'));
    expect((await api['submissions.ratifications']({ submissionId: sample.id })).length).toBe(dataRows('Ratifications'));
    const history = await api['imports.history']({ submissionId: sample.id });
    expect(history.map((h) => [h.sheet, h.status, h.counts.error, h.counts.needsReconciliation]).sort()).toEqual([
      ['Answers', 'committed', 0, 0],
      ['Laws', 'committed', 0, 0],
      ['Ratifications', 'committed', 0, 0],
    ]);
  });

  it('opens the same submission a second time instead of creating another', async () => {
    const api = createApi(ws);
    const first = await api['samples.open']({});
    const second = await api['samples.open']({});
    expect(second.id).toBe(first.id);
    expect((await api['submissions.list']({})).length).toBe(1);
  });
});
