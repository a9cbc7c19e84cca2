import type { Instrument } from '../../../../shared/indicator-schema';
import {
  isStatusOf,
  KIND_NAMES,
  RatificationStatus,
  STATUS_LABELS,
  STATUSES_BY_KIND,
  statusContext,
  type InstrumentKind,
} from '../../../../shared/instrument-statuses';
import type { MessageDetail, MessageParams } from '../../../../shared/error-codes';
import type { Candidate, LearnedAlias, MatchResult } from '../../../../shared/reconcile';
import { buildStatusTargets, createMatcher, type Matcher } from '../../match';

/** A status as read for one instrument: accepted, waiting for a decision among the kind's statuses, or refused. */
export interface StatusReading {
  kind: 'answer';
  text: string;
  context: string;
  targetId: string | null;
  candidates: Candidate[];
  refused?: string;
  refusal?: Refusal;
}

/** Why a text was refused, as the UI words it: which sentence, with which values. */
export interface Refusal {
  detail: MessageDetail;
  params: MessageParams;
}

/** "A, B or C". */
function either(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** Why the instrument cannot have the status the text means, naming the statuses its kind has. */
export function statusRefusal(instrument: Pick<Instrument, 'shortTitle' | 'kind'>, text: string, meant: RatificationStatus): string {
  const name = instrument.shortTitle;
  const statuses = either(STATUSES_BY_KIND[instrument.kind].map((s) => STATUS_LABELS[s]));
  const read = text.trim().toLowerCase() === STATUS_LABELS[meant] ? `"${text}" is` : `"${text}" means ${STATUS_LABELS[meant]}, which is`;
  return `${read} not a status ${name} can have: ${name} is ${KIND_NAMES[instrument.kind]}, whose statuses are ${statuses}.`;
}

/** The same refusal for the UI: the statuses are listed by their codes, which the UI names. */
function statusRefusalFacts(instrument: Pick<Instrument, 'shortTitle' | 'kind'>, text: string, meant: RatificationStatus): Refusal {
  const same = text.trim().toLowerCase() === STATUS_LABELS[meant];
  return {
    detail: same ? 'invalid-choice.status' : 'invalid-choice.status-means',
    params: { text, status: meant, instrument: instrument.shortTitle, instrumentKind: instrument.kind, statuses: STATUSES_BY_KIND[instrument.kind].join(',') },
  };
}

/**
 * Reads a ratification's status in the vocabulary of its instrument's kind. The text is also read
 * among the statuses of every kind, so that a status of another kind ("ratified" for a compact) is
 * refused with its reason rather than queued, or taken for the nearest word of this kind.
 */
export class StatusReader {
  private readonly anyKind: Matcher;
  private readonly byKind = new Map<InstrumentKind, Matcher>();
  /** A file repeats the same few statuses: each distinct text is matched once per matcher. */
  private readonly seen = new Map<Matcher, Map<string, MatchResult>>();

  constructor(private readonly learned: readonly LearnedAlias[]) {
    this.anyKind = createMatcher({ kind: 'answer', targets: buildStatusTargets(RatificationStatus.options), learned });
  }

  private matcherOf(kind: InstrumentKind): Matcher {
    let matcher = this.byKind.get(kind);
    if (!matcher) {
      matcher = createMatcher({ kind: 'answer', targets: buildStatusTargets(STATUSES_BY_KIND[kind]), learned: this.learned });
      this.byKind.set(kind, matcher);
    }
    return matcher;
  }

  private match(matcher: Matcher, text: string): MatchResult {
    let memo = this.seen.get(matcher);
    if (!memo) this.seen.set(matcher, (memo = new Map()));
    let result = memo.get(text);
    if (!result) memo.set(text, (result = matcher.match(text)));
    return result;
  }

  read(instrument: Pick<Instrument, 'shortTitle' | 'kind'>, text: string): StatusReading {
    const context = statusContext(instrument.kind);
    const meant = this.match(this.anyKind, text);
    if (meant.decision === 'auto' && meant.targetId && !isStatusOf(instrument.kind, meant.targetId))
      return {
        kind: 'answer',
        text,
        context,
        targetId: null,
        candidates: [],
        refused: statusRefusal(instrument, text, RatificationStatus.parse(meant.targetId)),
        refusal: statusRefusalFacts(instrument, text, RatificationStatus.parse(meant.targetId)),
      };
    const own = this.match(this.matcherOf(instrument.kind), text);
    return { kind: 'answer', text, context, targetId: own.decision === 'auto' ? own.targetId : null, candidates: own.candidates };
  }
}
