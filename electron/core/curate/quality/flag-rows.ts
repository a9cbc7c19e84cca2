import type { ValueProblem } from './validate-answer';
import { hasSource, type QualityInputs } from './read-quality-inputs';

/**
 * The rows an answer alone does not settle: a law indicator answered positively (a score above 0) with no
 * law linked, and any answer with no source at all. A ratification indicator's ratification is its law.
 */
export function flaggedRows(inputs: QualityInputs): { indicator: string; problem: ValueProblem }[] {
  return inputs.schema.indicators.flatMap((indicator): { indicator: string; problem: ValueProblem }[] => {
    const { code } = indicator;
    const answer = inputs.effective.get(code);
    if (!answer || answer.value === null) return [];
    const laws = inputs.evidence.get(code)?.laws ?? 0;
    const positive = answer.score !== null && answer.score > 0;
    if (indicator.dimension === 'law' && positive && laws === 0 && !inputs.ratified.has(code))
      return [{ indicator: code, problem: { code: 'law-without-citation', params: { value: answer.value }, message: `${code} is answered "${answer.value}" in law, and no law is cited for it` } }];
    if (!hasSource(inputs, code))
      return [{ indicator: code, problem: { code: 'no-source', params: {}, message: `${code} is answered with no source: link a law or a source of practice` } }];
    return [];
  });
}
