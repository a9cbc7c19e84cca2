/**
 * A text that a spreadsheet would read as a formula (or as the start of one, after a tab or a carriage
 * return) is written with a leading apostrophe, as OWASP advises against formula injection: the cell then
 * shows the text as it was, and no application evaluates it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function needsNeutralising(text: string): boolean {
  return FORMULA_START.test(text);
}

export function neutralise(text: string): string {
  return needsNeutralising(text) ? `'${text}` : text;
}
