import { describe, expect, it } from 'vitest';
import { refusal, useCurateWorkspace } from './curate-workspace';

const cw = useCurateWorkspace();

const LAW = { type: 'law' as const, title: 'Employment Act 2007', citation: 'art. 5', date: '2007-10-26', url: 'https://example.org/employment-act', excerpt: 'No employer shall discriminate…' };
const REPORT = { type: 'practice' as const, title: 'Labour inspectorate annual report', date: '2024-06-30', url: 'https://example.org/inspectorate-2024', excerpt: 'Inspections of farms employing seasonal workers' };

describe('evidence: law citations and practice sources, linked to indicators many to many', () => {
  it('adds a law citation linked to two indicators, and lists it under each', async () => {
    const law = await cw.api['evidence.add']({ submissionId: cw.submissionId, evidence: LAW, indicatorIds: ['SS-02', 'SS-01'] });
    expect(law).toMatchObject({ ...LAW, submissionId: cw.submissionId, indicators: ['SS-01', 'SS-02'] });
    expect((await cw.api['evidence.ofIndicator']({ submissionId: cw.submissionId, indicatorId: 'SS-02' })).map((e) => e.id)).toEqual([law.id]);
    expect(await cw.api['evidence.ofIndicator']({ submissionId: cw.submissionId, indicatorId: 'SS-03' })).toEqual([]);
  });

  it('adds a practice source with no citation, then links it and unlinks it', async () => {
    const report = await cw.api['evidence.add']({ submissionId: cw.submissionId, evidence: REPORT, indicatorIds: [] });
    expect(report).toMatchObject({ type: 'practice', citation: '', indicators: [] });
    expect(await cw.api['evidence.link']({ evidenceId: report.id, indicatorId: 'SS-05' })).toMatchObject({ indicators: ['SS-05'] });
    expect(await cw.api['evidence.link']({ evidenceId: report.id, indicatorId: 'HLT-03' })).toMatchObject({ indicators: ['HLT-03', 'SS-05'] });
    expect(await cw.api['evidence.unlink']({ evidenceId: report.id, indicatorId: 'SS-05' })).toMatchObject({ indicators: ['HLT-03'] });
  });

  it('updates only the fields given', async () => {
    const law = await cw.api['evidence.add']({ submissionId: cw.submissionId, evidence: LAW, indicatorIds: ['SS-01'] });
    const updated = await cw.api['evidence.update']({ evidenceId: law.id, evidence: { citation: 'art. 5(2)', url: null } });
    expect(updated).toMatchObject({ ...LAW, citation: 'art. 5(2)', url: null, indicators: ['SS-01'] });
  });

  it('removes an item with its links', async () => {
    const law = await cw.api['evidence.add']({ submissionId: cw.submissionId, evidence: LAW, indicatorIds: ['SS-01'] });
    expect(await cw.api['evidence.remove']({ evidenceId: law.id })).toEqual({ removed: law.id });
    expect(await cw.api['evidence.list']({ submissionId: cw.submissionId })).toEqual([]);
    expect(cw.ws.db.prepare('SELECT count(*) AS n FROM evidence_links').get()).toEqual({ n: 0 });
  });

  it('refuses the same law article twice, an unknown indicator, and unknown evidence, changing nothing', async () => {
    const law = await cw.api['evidence.add']({ submissionId: cw.submissionId, evidence: LAW, indicatorIds: [] });
    expect(await refusal(cw.api['evidence.add']({ submissionId: cw.submissionId, evidence: LAW, indicatorIds: [] }))).toBe('duplicate-evidence');
    expect(await refusal(cw.api['evidence.add']({ submissionId: cw.submissionId, evidence: { ...LAW, citation: 'art. 6' }, indicatorIds: ['XX-99'] }))).toBe('unknown-indicator');
    expect(await refusal(cw.api['evidence.link']({ evidenceId: law.id, indicatorId: 'XX-99' }))).toBe('unknown-indicator');
    expect(await refusal(cw.api['evidence.update']({ evidenceId: law.id + 100, evidence: { title: 'x' } }))).toBe('unknown-evidence');
    expect(await refusal(cw.api['evidence.remove']({ evidenceId: law.id + 100 }))).toBe('unknown-evidence');
    expect((await cw.api['evidence.list']({ submissionId: cw.submissionId })).map((e) => e.citation)).toEqual(['art. 5']);
  });

  it('keeps the evidence of one submission apart from another', async () => {
    await cw.api['evidence.add']({ submissionId: cw.submissionId, evidence: LAW, indicatorIds: ['SS-01'] });
    await cw.api['evidence.add']({ submissionId: cw.extraId, evidence: LAW, indicatorIds: ['SS-01'] });
    expect(await cw.api['evidence.ofIndicator']({ submissionId: cw.extraId, indicatorId: 'SS-01' })).toHaveLength(1);
    expect(await cw.api['evidence.list']({ submissionId: cw.submissionId })).toHaveLength(1);
  });
});
