export { loadLearnedAliases, storeAlias } from './learned-aliases-store';
export { createMatcher, decideMatch, type Matcher } from './match';
export { buildAnswerTargets, buildIndicatorTargets, buildInstrumentTargets, buildStatusTargets, NOT_APPLICABLE } from './targets';
