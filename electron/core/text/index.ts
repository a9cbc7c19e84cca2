/** Text as people write it in five languages: labels folded for comparison, numbers and dates read. */
export { foldForMatching, normaliseLabel } from './fold-text';
export { DateOrder, excelSerialToIso, NUMERIC_DATE, parseDateText, withLatinDigits } from './parse-dates';
export { DecimalSeparator, DecimalTally, parseNumberText } from './parse-numbers';
