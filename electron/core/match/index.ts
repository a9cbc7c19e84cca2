/** The matching engine: a text people wrote to the schema's indicators, instruments, options and statuses, or a country. */
export { loadLearnedAliases, storeAlias } from './learned-aliases-store';
export { createMatcher, decideMatch, type Matcher } from './match';
export { buildAnswerTargets, buildIndicatorTargets, buildInstrumentTargets, buildStatusTargets, NOT_APPLICABLE } from './targets';
