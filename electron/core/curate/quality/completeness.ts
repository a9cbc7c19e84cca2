import type { Completeness, CompletenessCounts } from '../../../../shared/quality-contract';
import { hasSource, isAnswered, type QualityInputs } from './read-quality-inputs';

function counts(indicators: number, answered: number, answeredWithSource: number): CompletenessCounts {
  const share = (n: number) => (indicators === 0 ? 0 : n / indicators);
  return { indicators, answered, answeredWithSource, answeredShare: share(answered), answeredWithSourceShare: share(answeredWithSource) };
}

/** How much of the submission is answered, and answered with a source, per domain (in the schema's order) and overall. */
export function submissionCompleteness(inputs: QualityInputs): Completeness {
  const tally = new Map(inputs.schema.domains.map((d) => [d.id, { indicators: 0, answered: 0, sourced: 0 }]));
  for (const indicator of inputs.schema.indicators) {
    const t = tally.get(indicator.domain)!;
    t.indicators++;
    if (!isAnswered(indicator, inputs.effective.get(indicator.code))) continue;
    t.answered++;
    if (hasSource(inputs, indicator.code)) t.sourced++;
  }
  const domains = inputs.schema.domains.map((d) => {
    const t = tally.get(d.id)!;
    return { domain: d.id, domainTitle: d.title, ...counts(t.indicators, t.answered, t.sourced) };
  });
  const sum = (pick: (d: CompletenessCounts) => number) => domains.reduce((n, d) => n + pick(d), 0);
  return {
    submissionId: inputs.submission.id,
    overall: counts(sum((d) => d.indicators), sum((d) => d.answered), sum((d) => d.answeredWithSource)),
    domains,
  };
}
