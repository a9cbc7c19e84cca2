import { z } from 'zod';

/**
 * Where a country stands with an international instrument, in the words that fit the instrument.
 * A treaty binds a state that ratifies it (accession and succession bind it the same way); an ILO
 * recommendation cannot be ratified, but every ILO member must submit it to its competent authority
 * and may give it effect (ILO Constitution art. 19(6)); a compact binds nobody and is endorsed, by
 * vote or later; a bilateral agreement is signed and then in force, or not.
 */

export const InstrumentKind = z.enum(['un-convention', 'protocol', 'ilo-convention', 'ilo-recommendation', 'compact', 'bilateral']);
export type InstrumentKind = z.infer<typeof InstrumentKind>;

/** Every status any instrument can have, as stored in the ratifications table. */
export const RatificationStatus = z.enum([
  'ratified',
  'signed',
  'not-ratified',
  'denounced',
  'given-effect',
  'submitted',
  'not-submitted',
  'endorsed',
  'abstained',
  'voted-against',
  'in-force',
  'not-in-force',
]);
export type RatificationStatus = z.infer<typeof RatificationStatus>;

/** A UN convention or a protocol: ratified (or acceded, or succeeded), signed only, not ratified, or denounced (no longer bound). */
export const TreatyStatus = RatificationStatus.extract(['ratified', 'signed', 'not-ratified', 'denounced']);
export type TreatyStatus = z.infer<typeof TreatyStatus>;

/** ILO conventions are ratified by registration with the ILO and are never signed. */
export const IloConventionStatus = TreatyStatus.exclude(['signed']);
export type IloConventionStatus = z.infer<typeof IloConventionStatus>;

/** What a state did with an ILO recommendation: gave it effect, only submitted it, or did not submit it. */
export const RecommendationStatus = RatificationStatus.extract(['given-effect', 'submitted', 'not-submitted']);
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;

/** A compact: endorsed (voted for it, or endorsed it later), abstained (or did not vote), voted against (or dissociated itself later). */
export const CompactStatus = RatificationStatus.extract(['endorsed', 'abstained', 'voted-against']);
export type CompactStatus = z.infer<typeof CompactStatus>;

/** A bilateral agreement: in force, signed but not (yet) in force, or not in force (none concluded, expired or terminated). */
export const BilateralStatus = RatificationStatus.extract(['in-force', 'signed', 'not-in-force']);
export type BilateralStatus = z.infer<typeof BilateralStatus>;

/** The vocabulary of each kind of instrument: a status outside it is refused, with this list as the reason. */
export const STATUSES_BY_KIND: Readonly<Record<InstrumentKind, readonly RatificationStatus[]>> = {
  'un-convention': TreatyStatus.options,
  protocol: TreatyStatus.options,
  'ilo-convention': IloConventionStatus.options,
  'ilo-recommendation': RecommendationStatus.options,
  compact: CompactStatus.options,
  bilateral: BilateralStatus.options,
};

/** Each status in plain English, as the engine's messages and matching labels name it. */
export const STATUS_LABELS: Readonly<Record<RatificationStatus, string>> = {
  ratified: 'ratified',
  signed: 'signed',
  'not-ratified': 'not ratified',
  denounced: 'denounced',
  'given-effect': 'given effect',
  submitted: 'submitted',
  'not-submitted': 'not submitted',
  endorsed: 'endorsed',
  abstained: 'abstained',
  'voted-against': 'voted against',
  'in-force': 'in force',
  'not-in-force': 'not in force',
};

/** Each kind with its article, for sentences such as "R202 is an ILO recommendation". */
export const KIND_NAMES: Readonly<Record<InstrumentKind, string>> = {
  'un-convention': 'a UN convention',
  protocol: 'a protocol',
  'ilo-convention': 'an ILO convention',
  'ilo-recommendation': 'an ILO recommendation',
  compact: 'a compact',
  bilateral: 'a bilateral agreement',
};

export function isStatusOf(kind: InstrumentKind, status: string): status is RatificationStatus {
  return (STATUSES_BY_KIND[kind] as readonly string[]).includes(status);
}

/**
 * The option an indicator asking about the instrument takes for this status: the same value, except
 * that a denounced treaty no longer binds the country, which the indicators answer as not ratified.
 */
export function answerForStatus(status: RatificationStatus): string {
  return status === 'denounced' ? 'not-ratified' : status;
}

/**
 * A ratification's status is matched against the statuses of its instrument's kind: the reference
 * names that kind in its context, "ratification-status:compact", so one decision covers every row of it.
 */
const STATUS_CONTEXT_PREFIX = 'ratification-status:';

export function statusContext(kind: InstrumentKind): string {
  return `${STATUS_CONTEXT_PREFIX}${kind}`;
}

/** The kind of instrument a reference context names, or undefined when the context is not a status's. */
export function kindOfStatusContext(context: string | null | undefined): InstrumentKind | undefined {
  if (!context?.startsWith(STATUS_CONTEXT_PREFIX)) return undefined;
  const parsed = InstrumentKind.safeParse(context.slice(STATUS_CONTEXT_PREFIX.length));
  return parsed.success ? parsed.data : undefined;
}
