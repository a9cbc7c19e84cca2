import { describe, expect, it } from 'vitest';
import type { AnswerOutcome } from '../../../shared/curate-contract';
import type { Completeness } from '../../../shared/quality-contract';
import { withCompletenessChange, withIndicatorProblems } from '../../../renderer/src/workbench/apply-outcome';
import { storeEvidence, useQualityWorkspace } from '../quality/quality-workspace';

/*
 * The workbench applies what answers.set says it changed to the problems list and the completeness it
 * holds, instead of reading them again: the result must be what reading them again gives.
 */
const t = useQualityWorkspace();
const submission = () => ({ submissionId: t.submissionId });

async function editApplied(indicatorId: string, value: string | null): Promise<void> {
  const rows = await t.api['submissions.indicators'](submission());
  const position = new Map(rows.map((r, i) => [r.code, i]));
  const problems = await t.api['submissions.problems'](submission());
  const completeness: Completeness = await t.api['submissions.completeness'](submission());
  const outcome: AnswerOutcome = await t.api['answers.set']({ ...submission(), indicatorId, value });
  expect(withIndicatorProblems(problems, indicatorId, outcome.problems, (code) => position.get(code) ?? Number.MAX_SAFE_INTEGER)).toEqual(
    await t.api['submissions.problems'](submission()),
  );
  expect(withCompletenessChange(completeness, outcome.completenessChange)).toEqual(await t.api['submissions.completeness'](submission()));
}

describe('an edit applied to the problems and completeness the workbench holds', () => {
  it('gives what the engine gives when asked again, for answers that add, keep, move and clear problems', async () => {
    for (const code of ['SS-01', 'SS-03', 'HLT-03', 'RAT-01']) await editApplied(code, code === 'RAT-01' ? 'ratified' : 'yes');
    storeEvidence(t.ws, t.submissionId, 'law', 'Social Security Act', ['SS-01', 'SS-05']);
    await editApplied('SS-01', 'partly');
    await editApplied('SS-05', '40');
    await editApplied('SS-03', 'no');
    await editApplied('SS-03', null);
    await editApplied('SS-01', null);
  });
});
