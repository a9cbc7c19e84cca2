export { foldForMatching, normaliseLabel } from './fold-text';
export { DateOrder, excelSerialToIso, NUMERIC_DATE, parseDateText, withLatinDigits } from './parse-dates';
export { DecimalSeparator, DecimalTally, parseNumberText } from './parse-numbers';
