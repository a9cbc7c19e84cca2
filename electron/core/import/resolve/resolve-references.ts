import type { Indicator, IndicatorSchema, Instrument } from '../../../../shared/indicator-schema';
import type { RecordKind } from '../../../../shared/records';
import type { Candidate, LearnedAlias, MatchResult, RefKind } from '../../../../shared/reconcile';
import { isNonAnswer } from '../../curate';
import { buildAnswerTargets, buildIndicatorTargets, buildInstrumentTargets, createMatcher, type Matcher } from '../../match';
import { StatusReader, type Refusal } from './read-status';

/** One reference a staged row makes to the schema: resolved to a target, or waiting for a decision. */
export interface StagedReference {
  field: string;
  kind: RefKind;
  text: string;
  /** For answer values: the indicator whose options the value must be one of. */
  context?: string;
  targetId: string | null;
  candidates: Candidate[];
  /** Why the text can be none of the targets, though it was read (a compact cannot be "ratified"): the row is an error. */
  refused?: string;
  /** The refusal as the UI words it. */
  refusal?: Refusal;
}

type Fields = Record<string, string | number | undefined>;

const FREE_ANSWER_TYPES = new Set<Indicator['answerType']>(['number', 'text', 'date']);
const NONE_QUESTIONED: ReadonlySet<string> = new Set();

/** The indicators an evidence row names, one reference each: "SS-01, SS-02", "Social security; Health", one per line. */
export function linkTexts(written: string | undefined): string[] {
  if (!written) return [];
  return [...new Set(written.split(/[,;\n|]+/u).map((part) => part.trim()))].filter((part) => part !== '' && !isNonAnswer(part));
}

/**
 * Resolves the references of staged records with the reconciliation engine, one matcher per kind of
 * target, and remembers each distinct text it has seen so a file with many repeated texts costs little.
 */
export class ReferenceResolver {
  private readonly indicators: Matcher;
  private readonly instruments: Matcher;
  private readonly statuses: StatusReader;
  private readonly instrumentsById: ReadonlyMap<string, Instrument>;
  private readonly answerMatchers = new Map<string, Matcher>();
  /** The schema's indicators by code, for whoever settles the records this resolver reads. */
  readonly indicatorsByCode: ReadonlyMap<string, Indicator>;
  /** A file repeats the same texts over and over: each distinct text is matched once per matcher. */
  private readonly seen = new WeakMap<Matcher, Map<string, MatchResult>>();

  constructor(
    schema: IndicatorSchema,
    private readonly learned: readonly LearnedAlias[],
  ) {
    this.indicatorsByCode = new Map(schema.indicators.map((i) => [i.code, i]));
    this.indicators = createMatcher({ kind: 'indicator', targets: buildIndicatorTargets(schema), learned });
    this.instruments = createMatcher({ kind: 'instrument', targets: buildInstrumentTargets(schema), learned });
    this.instrumentsById = new Map(schema.instruments.map((i) => [i.id, i]));
    this.statuses = new StatusReader(learned);
  }

  private answers(indicator: Indicator): Matcher {
    const key = indicator.options.map((o) => o.value).join('|');
    let matcher = this.answerMatchers.get(key);
    if (!matcher) {
      matcher = createMatcher({ kind: 'answer', targets: buildAnswerTargets(indicator.options), learned: this.learned });
      this.answerMatchers.set(key, matcher);
    }
    return matcher;
  }

  /**
   * A questioned reference was sent back to the queue by the person: only their own decision (a
   * learned match) settles it, never the engine's similarity again.
   */
  private reference(matcher: Matcher, field: string, text: string, questioned: ReadonlySet<string>, context?: string): StagedReference {
    let memo = this.seen.get(matcher);
    if (!memo) this.seen.set(matcher, (memo = new Map()));
    let result = memo.get(text);
    if (!result) memo.set(text, (result = matcher.match(text)));
    const accepted = result.decision === 'auto' && (!questioned.has(field) || result.candidates[0]?.via === 'learned');
    return {
      field,
      kind: matcher.kind,
      text,
      ...(context ? { context } : {}),
      targetId: accepted ? result.targetId : null,
      candidates: result.candidates,
    };
  }

  /** The references a record of this kind makes; fields that are empty make none, and neither do non-answers ("n/a"). */
  resolve(kind: RecordKind, fields: Fields, questioned: ReadonlySet<string> = NONE_QUESTIONED): StagedReference[] {
    const text = (field: string) => {
      const value = fields[field];
      return value === undefined || value === '' ? undefined : String(value);
    };
    const refs: StagedReference[] = [];
    if (kind === 'answers') {
      const indicatorText = text('indicator');
      if (!indicatorText) return refs;
      const indicatorRef = this.reference(this.indicators, 'indicator', indicatorText, questioned);
      refs.push(indicatorRef);
      const indicator = indicatorRef.targetId ? this.indicatorsByCode.get(indicatorRef.targetId) : undefined;
      const value = text('value');
      if (!value || isNonAnswer(value)) return refs;
      if (indicator && !FREE_ANSWER_TYPES.has(indicator.answerType))
        refs.push(this.reference(this.answers(indicator), 'value', value, questioned, indicator.code));
      else if (!indicator) refs.push({ field: 'value', kind: 'answer', text: value, targetId: null, candidates: [] });
    } else if (kind === 'evidence') {
      for (const part of linkTexts(text('indicators'))) refs.push(this.reference(this.indicators, 'indicators', part, questioned));
    } else if (kind === 'ratifications') {
      const instrumentText = text('instrument');
      const instrumentRef = instrumentText ? this.reference(this.instruments, 'instrument', instrumentText, questioned) : undefined;
      if (instrumentRef) refs.push(instrumentRef);
      const status = text('status');
      // A status is read in the vocabulary of its instrument's kind: until the instrument is known, it waits.
      const instrument = instrumentRef?.targetId ? this.instrumentsById.get(instrumentRef.targetId) : undefined;
      if (status && instrument) refs.push({ field: 'status', ...this.statuses.read(instrument, status) });
      else if (status) refs.push({ field: 'status', kind: 'answer', text: status, targetId: null, candidates: [] });
    }
    return refs;
  }
}
