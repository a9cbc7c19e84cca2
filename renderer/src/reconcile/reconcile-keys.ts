import type { InstrumentKind } from '../../../shared/instrument-statuses';
import type { MatchVia, RefKind } from '../../../shared/reconcile';

/** What kind of reference a text is, as the queue names it. */
export const REF_KIND_NAME_KEYS = {
  indicator: 'reconcile.kind.indicator',
  instrument: 'reconcile.kind.instrument',
  country: 'reconcile.kind.country',
  answer: 'reconcile.kind.answer',
} as const satisfies Record<RefKind, string>;

/** A status text, by the kind of instrument whose statuses it is matched against. */
export const STATUS_OF_KEYS = {
  'un-convention': 'reconcile.kind.statusOf.un-convention',
  protocol: 'reconcile.kind.statusOf.protocol',
  'ilo-convention': 'reconcile.kind.statusOf.ilo-convention',
  'ilo-recommendation': 'reconcile.kind.statusOf.ilo-recommendation',
  compact: 'reconcile.kind.statusOf.compact',
  bilateral: 'reconcile.kind.statusOf.bilateral',
} as const satisfies Record<InstrumentKind, string>;

/** The search field's label, by what it searches. */
export const SEARCH_LABEL_KEYS = {
  indicator: 'reconcile.search.label.indicator',
  instrument: 'reconcile.search.label.instrument',
  country: 'reconcile.search.label.country',
  answer: 'reconcile.search.label.answer',
} as const satisfies Record<RefKind, string>;

/** How a candidate was found. */
export const CANDIDATE_VIA_KEYS = {
  exact: 'reconcile.candidate.via.exact',
  alias: 'reconcile.candidate.via.alias',
  learned: 'reconcile.candidate.via.learned',
  code: 'reconcile.candidate.via.code',
  fuzzy: 'reconcile.candidate.via.fuzzy',
} as const satisfies Record<MatchVia, string>;

/** What a screen reader hears when the focus goes to another text from the panel's keys. */
export const GO_TO_KEYS = {
  skip: 'reconcile.announce.skip',
  move: 'reconcile.announce.move',
} as const;
