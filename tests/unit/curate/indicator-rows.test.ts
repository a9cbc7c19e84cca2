import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace/workspace';
import { loadEmbeddedSchema } from '../../../electron/core/schema/load-schema';
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

describe('the rows of a submission grid', () => {
  it('carry each indicator’s categories, options, rule, bounds and the count of sources linked to it', async () => {
    const api = createApi(ws);
    const sample = await api['samples.open']({ locale: 'en' });
    const { schema } = loadEmbeddedSchema();
    const rows = await api['submissions.indicators']({ submissionId: sample.id });
    expect(rows.map((r) => r.code)).toEqual(schema.indicators.map((i) => i.code));
    for (const indicator of schema.indicators) {
      const row = rows.find((r) => r.code === indicator.code)!;
      expect(row).toMatchObject({
        categories: indicator.categories,
        answerType: indicator.answerType,
        options: indicator.options,
        scoringKind: indicator.scoring.kind,
        expertScores: indicator.scoring.kind === 'expert' ? (indicator.scoring.scores ?? [0, 25, 50, 75, 100]) : [],
        unit: indicator.unit ?? null,
        min: indicator.min ?? null,
        max: indicator.max ?? null,
      });
    }

    // Every law the sample cites is linked to the indicators citing it; the grid counts them per indicator.
    const evidence = await api['submissions.evidence']({ submissionId: sample.id });
    const expected = new Map<string, { all: number; laws: number }>();
    for (const item of evidence)
      for (const code of item.indicators?.split(', ') ?? []) {
        const count = expected.get(code) ?? { all: 0, laws: 0 };
        expected.set(code, { all: count.all + 1, laws: count.laws + (item.type === 'law' ? 1 : 0) });
      }
    expect(expected.size).toBeGreaterThan(0);
    for (const row of rows)
      expect([row.code, row.sourceCount, row.lawSourceCount]).toEqual([row.code, expected.get(row.code)?.all ?? 0, expected.get(row.code)?.laws ?? 0]);
  });

  it('ask for the questions in French and get the schema’s translation, or its own words where it has none', async () => {
    const api = createApi(ws);
    const created = await api['submissions.create']({ country: 'KEN', year: 2025, locale: 'en' });
    const { schema } = loadEmbeddedSchema();
    const french = await api['submissions.indicators']({ submissionId: created.id, locale: 'fr-CA' });
    const translated = schema.indicators.find((i) => i.translations['fr'])!;
    expect(french.find((r) => r.code === translated.code)?.question).toBe(translated.translations['fr']!.question);
    const english = await api['submissions.indicators']({ submissionId: created.id, locale: 'en' });
    expect(english.find((r) => r.code === translated.code)?.question).toBe(translated.question);
  });
});
