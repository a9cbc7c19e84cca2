import * as XLSX from '@e965/xlsx';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import { resourcesDir } from '../../../electron/core/resources/resources-dir';
import { loadEmbeddedSchema } from '../../../electron/core/schema/load-schema';
import { answerForStatus, isStatusOf } from '../../../shared/instrument-statuses';
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
    const sample = await api['samples.open']({ locale: 'en' });
    expect(sample).toMatchObject({ country: 'XDM', countryName: 'Demoland (sample data)', sample: true, year: 2025 });

    const book = XLSX.read(fs.readFileSync(path.join(resourcesDir(), 'samples', 'demoland-2025.xlsx')));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Answers']!, { header: 1, blankrows: false });
    const header = rows.findIndex((r) => r[0] === 'Indicator');
    const expected = rows.slice(header + 1).map((r) => [String(r[0]), String(r[1])]);
    expect(sample.answered).toBe(expected.length);

    const grid = await api['submissions.indicators']({ submissionId: sample.id });
    const schema = await api['schemas.get']({ id: 'mri-core' });
    const numbers = new Set(schema.indicators.filter((i) => i.answerType === 'number').map((i) => i.code));
    // A number is written with its unit ("6 months") and lands as the number in the indicator's unit.
    for (const [code, value] of expected)
      expect(grid.find((r) => r.code === code)?.value).toBe(numbers.has(code!) ? String(Number.parseFloat(value!)) : value);
    const yesRow = grid.find((r) => r.value === 'yes');
    expect(yesRow?.score).toBe(100);
    expect((await api['workspace.info']({})).sampleOpened).toBe(true);
  });

  it('brings the sample laws and ratifications too, through the import pipeline', async () => {
    const api = createApi(ws);
    const sample = await api['samples.open']({ locale: 'en' });
    const book = XLSX.read(fs.readFileSync(path.join(resourcesDir(), 'samples', 'demoland-2025.xlsx')));
    const dataRows = (sheet: string) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet]!, { header: 1, blankrows: false }).length - 2;
    const laws = await api['submissions.evidence']({ submissionId: sample.id });
    expect(laws.length).toBe(dataRows('Laws'));
    // The answers cite these laws by title and article: each law is linked to the indicators citing it, none added twice.
    for (const law of laws) expect(law.indicators, law.title).toMatch(/^[A-Z]{2,4}-\d{2}(, [A-Z]{2,4}-\d{2})*$/);
    expect((await api['submissions.ratifications']({ submissionId: sample.id })).length).toBe(dataRows('Ratifications'));
    const history = await api['imports.history']({ submissionId: sample.id });
    expect(history.map((h) => [h.sheet, h.status, h.counts.error, h.counts.needsReconciliation]).sort()).toEqual([
      ['Answers', 'committed', 0, 0],
      ['Laws', 'committed', 0, 0],
      ['Ratifications', 'committed', 0, 0],
    ]);
  });

  it('answers every ratification indicator as its own ratifications table says, in statuses its instruments can have', async () => {
    const api = createApi(ws);
    const sample = await api['samples.open']({ locale: 'en' });
    const { schema } = loadEmbeddedSchema();
    const grid = await api['submissions.indicators']({ submissionId: sample.id });
    const ratifications = await api['submissions.ratifications']({ submissionId: sample.id });
    expect(ratifications.length).toBe(schema.instruments.length);

    const kindOf = new Map(schema.instruments.map((i) => [i.id, i.kind]));
    for (const { instrument, status } of ratifications)
      expect(isStatusOf(kindOf.get(instrument)!, status), `${instrument} is ${status}`).toBe(true);

    const statusOf = new Map(ratifications.map((r) => [r.instrument, r.status]));
    const compared = schema.indicators
      .filter((indicator) => indicator.code.startsWith('RAT-'))
      .map((indicator) => {
        const status = statusOf.get(indicator.instruments[0]!);
        return { code: indicator.code, answer: grid.find((r) => r.code === indicator.code)?.value, table: status && answerForStatus(status) };
      });
    expect(compared.length).toBe(12);
    for (const { code, answer, table } of compared) {
      expect(answer, `${code} is unanswered`).toBeTypeOf('string');
      expect(answer, `${code} disagrees with the ratifications table`).toBe(table);
    }
  });

  it('opens the same submission a second time instead of creating another', async () => {
    const api = createApi(ws);
    const first = await api['samples.open']({ locale: 'en' });
    const second = await api['samples.open']({ locale: 'en' });
    expect(second.id).toBe(first.id);
    expect((await api['submissions.list']({ locale: 'en' })).length).toBe(1);
  });
});
