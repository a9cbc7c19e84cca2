import type { Completeness, CompletenessChange, CompletenessCounts, Problem, ProblemList } from '../../../shared/quality-contract';

/**
 * The problems list with one indicator's problems replaced by those an edit of it returned. The list keeps
 * the engine's order: indicators in the schema's order (`position`), an indicator's problems together.
 */
export function withIndicatorProblems(list: ProblemList, code: string, problems: readonly Problem[], position: (code: string) => number): ProblemList {
  const others = list.items.filter((p) => p.indicator !== code);
  const at = others.findIndex((p) => position(p.indicator) > position(code));
  const items = at === -1 ? [...others, ...problems] : [...others.slice(0, at), ...problems, ...others.slice(at)];
  return { items, unacceptedProblemCount: items.filter((p) => p.accepted === null).length };
}

function moved<C extends CompletenessCounts>(counts: C, change: CompletenessChange): C {
  const answered = counts.answered + change.answered;
  const answeredWithSource = counts.answeredWithSource + change.answeredWithSource;
  const share = (n: number) => (counts.indicators === 0 ? 0 : n / counts.indicators);
  return { ...counts, answered, answeredWithSource, answeredShare: share(answered), answeredWithSourceShare: share(answeredWithSource) };
}

/** Completeness with an edit's change applied to its indicator's domain and to the overall counts. */
export function withCompletenessChange(completeness: Completeness, change: CompletenessChange): Completeness {
  if (change.answered === 0 && change.answeredWithSource === 0) return completeness;
  return {
    ...completeness,
    overall: moved(completeness.overall, change),
    domains: completeness.domains.map((d) => (d.domain === change.domain ? moved(d, change) : d)),
  };
}
