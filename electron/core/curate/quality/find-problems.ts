import { createHash } from 'node:crypto';
import type { ProblemKind, ProblemList, ProblemParams, Problem } from '../../../../shared/quality-contract';
import type { Db } from '../../db';
import { flaggedRows } from './flag-rows';
import { problemAcceptances } from './quality-store';
import type { QualityInputs, SchemaCache } from './read-quality-inputs';
import { validateAnswer, type ValueProblem } from './validate-answer';
import { previousAnswers } from './year-on-year';

export interface FoundProblem extends ValueProblem {
  indicator: string;
  kind: ProblemKind;
}

const KIND_ORDER: readonly ProblemKind[] = ['invalid-value', 'ratification-disagreement', 'unjustified-change', 'flagged-row'];

const found = (indicator: string, kind: ProblemKind, problem: ValueProblem): FoundProblem => ({ indicator, kind, ...problem });

function invalidValues(inputs: QualityInputs): FoundProblem[] {
  const context = { year: inputs.submission.year };
  return [...inputs.stored.values()].flatMap((answer) => {
    const problem = validateAnswer(inputs.indicators.get(answer.indicator), answer, context);
    return problem ? [found(answer.indicator, 'invalid-value', problem)] : [];
  });
}

function ratificationDisagreements(inputs: QualityInputs): FoundProblem[] {
  return inputs.derived.flatMap((d): FoundProblem[] => {
    if (d.state === 'disagrees')
      return [
        found(d.indicator, 'ratification-disagreement', {
          code: 'ratification-disagrees',
          params: { instrument: d.instrument, status: d.status, derived: d.value, value: d.expertValue },
          message: `${d.indicator} is answered "${d.expertValue}", but the ratifications say ${d.instrument} is ${d.status} ("${d.value}")`,
        }),
      ];
    if (d.state === 'not-an-option')
      return [
        found(d.indicator, 'ratification-disagreement', {
          code: 'ratification-not-an-option',
          params: { instrument: d.instrument, status: d.status, derived: d.value },
          message: `${d.instrument} is ${d.status} in the ratifications, which is none of ${d.indicator}'s options`,
        }),
      ];
    return [];
  });
}

function unjustifiedChanges(db: Db, inputs: QualityInputs, cache: SchemaCache): FoundProblem[] {
  const { previous, items } = previousAnswers(db, inputs, cache);
  if (!previous) return [];
  return items
    .filter((item) => item.scoreChanged && !item.justification?.current)
    .map((item) =>
      found(item.indicator, 'unjustified-change', {
        code: 'score-changed',
        params: { previousYear: previous.year, previousValue: item.previousValue, previousScore: item.previousScore, value: item.value, score: item.score },
        message: `${item.indicator}'s score went from ${item.previousScore} in ${previous.year} to ${item.score}, with no note saying why`,
      }),
    );
}

/** Every problem of the submission, in the schema's order of indicators (answers to unknown indicators last). */
export function findProblems(db: Db, inputs: QualityInputs, cache: SchemaCache = new Map()): FoundProblem[] {
  const position = new Map(inputs.schema.indicators.map((i, n) => [i.code, n]));
  const at = (p: FoundProblem) => position.get(p.indicator) ?? Number.MAX_SAFE_INTEGER;
  const problems = [
    ...invalidValues(inputs),
    ...ratificationDisagreements(inputs),
    ...unjustifiedChanges(db, inputs, cache),
    ...flaggedRows(inputs).map((f) => found(f.indicator, 'flagged-row', f.problem)),
  ];
  return problems.sort((a, b) => at(a) - at(b) || a.indicator.localeCompare(b.indicator) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/** Canonical JSON of the parameters: the same problem gets the same key whatever order they were built in. */
function canonical(params: ProblemParams): string {
  return JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k]]));
}

/**
 * Names one problem: its indicator, its code and a digest of its parameters. When the value behind it
 * changes, so does the key, and an acceptance given to the old problem no longer covers the new one.
 */
export function problemKey(problem: Pick<FoundProblem, 'indicator' | 'code' | 'params'>): string {
  const digest = createHash('sha256').update(canonical(problem.params)).digest('hex').slice(0, 12);
  return `${problem.indicator}/${problem.code}/${digest}`;
}

export function listProblems(db: Db, inputs: QualityInputs, cache: SchemaCache = new Map()): ProblemList {
  const accepted = new Map(problemAcceptances(db, inputs.submission.id).map((a) => [a.key, a]));
  const items = findProblems(db, inputs, cache).map((p): Problem => {
    const key = problemKey(p);
    const acceptance = accepted.get(key);
    return { key, ...p, accepted: acceptance ? { note: acceptance.note, actor: acceptance.actor, at: acceptance.at } : null };
  });
  return { items, unacceptedProblemCount: items.filter((p) => p.accepted === null).length };
}
