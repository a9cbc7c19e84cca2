import { describe, expect, it } from 'vitest';
import { loadEmbeddedSchema } from '../../../electron/core/schema';
import { storeAnswer, storeEvidence, storeRatification, useQualityWorkspace } from './quality-workspace';

const t = useQualityWorkspace();
const { schema } = loadEmbeddedSchema();
const inDomain = (domain: string) => schema.indicators.filter((i) => i.domain === domain).length;

describe('completeness per domain and overall', () => {
  it('starts at nothing answered, every domain listed in the schema’s order', async () => {
    const completeness = await t.api['submissions.completeness']({ submissionId: t.submissionId });
    expect(completeness.overall).toEqual({ indicators: 95, answered: 0, answeredWithSource: 0, answeredShare: 0, answeredWithSourceShare: 0 });
    expect(completeness.domains.map((d) => d.domain)).toEqual(schema.domains.map((d) => d.id));
    expect(completeness.domains[1]).toMatchObject({ domain: 'social-security', domainTitle: schema.domains[1]!.title, indicators: inDomain('social-security') });
  });

  it('counts answers with a score, and among them those with evidence linked, as counts and shares', async () => {
    storeAnswer(t.ws, t.submissionId, 'SS-01', 'yes', 100);
    storeAnswer(t.ws, t.submissionId, 'SS-02', 'no', 0);
    storeAnswer(t.ws, t.submissionId, 'SS-05', '72', 75);
    storeAnswer(t.ws, t.submissionId, 'SKL-04', 'Recognition takes a year.', null); // expert-scored, not scored yet
    storeAnswer(t.ws, t.submissionId, 'SS-03', null, null, { note: 'n/a' }); // a non-answer kept as a note
    storeEvidence(t.ws, t.submissionId, 'law', 'Social Security Act', ['SS-01', 'SS-02'], { citation: 's. 4' });
    storeEvidence(t.ws, t.submissionId, 'practice', 'Labour force survey', ['SKL-04']);
    storeEvidence(t.ws, t.submissionId, 'law', 'Health Act', ['HLT-01']); // a source without an answer completes nothing
    const completeness = await t.api['submissions.completeness']({ submissionId: t.submissionId });
    const ss = completeness.domains.find((d) => d.domain === 'social-security')!;
    const n = inDomain('social-security');
    expect(ss).toEqual({ domain: 'social-security', domainTitle: ss.domainTitle, indicators: n, answered: 3, answeredWithSource: 2, answeredShare: 3 / n, answeredWithSourceShare: 2 / n });
    expect(completeness.domains.find((d) => d.domain === 'skills-recognition')).toMatchObject({ answered: 0, answeredWithSource: 0 });
    expect(completeness.domains.find((d) => d.domain === 'health')).toMatchObject({ answered: 0, answeredWithSource: 0 });
    expect(completeness.overall).toMatchObject({ indicators: 95, answered: 3, answeredWithSource: 2, answeredShare: 3 / 95, answeredWithSourceShare: 2 / 95 });
  });

  it('reaches 1 in a domain when every indicator is answered with a source, ratifications counting as the source of what they answer', async () => {
    for (const [i, instrument] of ['un-icrmw', 'ilo-c097', 'ilo-c143', 'ilo-c087', 'ilo-c098', 'ilo-c102', 'ilo-c181', 'ilo-c189'].entries())
      storeRatification(t.ws, t.submissionId, instrument, i % 2 ? 'ratified' : 'not-ratified');
    storeRatification(t.ws, t.submissionId, 'ilo-r202', 'submitted');
    storeRatification(t.ws, t.submissionId, 'un-refugee-1951', 'ratified');
    storeRatification(t.ws, t.submissionId, 'un-refugee-1967', 'ratified');
    storeAnswer(t.ws, t.submissionId, 'RAT-12', 'abstained', 50);
    storeEvidence(t.ws, t.submissionId, 'practice', 'UN General Assembly vote, 19 December 2018', ['RAT-12']);
    const all = await t.api['submissions.completenessAll']({});
    expect(all.map((c) => c.submissionId)).toEqual([t.submissionId]);
    expect(all[0]!.domains[0]).toMatchObject({ domain: 'ratification', indicators: 12, answered: 12, answeredWithSource: 12, answeredShare: 1, answeredWithSourceShare: 1 });
  });

  it('lists every submission of the workspace for the submissions page, newest first', async () => {
    const older = await t.api['submissions.create']({ country: 'FRA', year: 2024 });
    storeAnswer(t.ws, older.id, 'SS-01', 'partly', 50);
    const all = await t.api['submissions.completenessAll']({});
    expect(all.map((c) => [c.submissionId, c.overall.answered])).toEqual([
      [older.id, 1],
      [t.submissionId, 0],
    ]);
  });

  it('refuses an unknown submission with its code', async () => {
    await expect(async () => t.api['submissions.completeness']({ submissionId: 'nope' })).rejects.toMatchObject({ code: 'unknown-submission' });
  });
});
