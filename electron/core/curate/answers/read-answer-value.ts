import type { MessageDetail, MessageParams } from '../../../../shared/error-codes';
import type { Indicator } from '../../../../shared/indicator-schema';
import { buildAnswerTargets, createMatcher, NOT_APPLICABLE } from '../../match';
import { parseDateText } from '../../text';
import { isNonAnswer } from '../non-answers';
import { readNumberAnswer } from '../read-number-answer';

export type AnswerReading =
  | { kind: 'value'; value: string }
  | { kind: 'clear' }
  | {
      kind: 'refused';
      code: 'invalid-choice' | 'invalid-number' | 'wrong-unit' | 'out-of-range' | 'invalid-date' | 'ambiguous-date' | 'too-long';
      message: string;
      detail?: MessageDetail;
      params: MessageParams;
    };

const MAX_TEXT = 20_000;

/**
 * The option a typed text names: its value, its label, or a word the import also reads for it ("Oui",
 * "partially"), never a mere resemblance. Not applicable clears the answer.
 */
function readOption(indicator: Indicator, text: string): AnswerReading {
  if (indicator.options.some((o) => o.value === text)) return { kind: 'value', value: text };
  const result = createMatcher({ kind: 'answer', targets: buildAnswerTargets(indicator.options) }).match(text);
  const [best, second] = result.candidates;
  if (best && best.via !== 'fuzzy' && best.score === 1 && !(second && second.via !== 'fuzzy' && second.score === 1)) {
    if (best.targetId === NOT_APPLICABLE && !indicator.options.some((o) => o.value === NOT_APPLICABLE)) return { kind: 'clear' };
    return { kind: 'value', value: best.targetId };
  }
  const labels = indicator.options.map((o) => o.label).join(', ');
  return {
    kind: 'refused',
    code: 'invalid-choice',
    message: `${indicator.code} takes one of: ${labels}; "${text}" is none of them.`,
    params: { indicator: indicator.code, expected: 'options', options: labels, found: text },
  };
}

function readDate(indicator: Indicator, text: string): AnswerReading {
  const dayFirst = parseDateText(text, 'day-first');
  const monthFirst = parseDateText(text, 'month-first');
  if (dayFirst && monthFirst && dayFirst !== monthFirst)
    return {
      kind: 'refused',
      code: 'ambiguous-date',
      message: `${indicator.code}: "${text}" reads as ${dayFirst} or ${monthFirst}; write it as yyyy-mm-dd.`,
      params: { indicator: indicator.code, found: text, dayFirst, monthFirst },
    };
  const read = dayFirst ?? monthFirst;
  if (read) return { kind: 'value', value: read };
  return {
    kind: 'refused',
    code: 'invalid-date',
    message: `${indicator.code} takes a date such as 2024-03-05; "${text}" is not one.`,
    detail: 'invalid-date.answer',
    params: { indicator: indicator.code, found: text },
  };
}

/**
 * Reads a value typed into the grid as the import reads a cell of the indicator's answer type: an option,
 * a number in the indicator's unit within its bounds, a date, or text. Empty, or a word for "no answer"
 * ("n/a", "unknown", "—"), clears the answer. Anything else is refused with a stable code and the reason.
 */
export function readAnswerValue(indicator: Indicator, written: string | null): AnswerReading {
  const text = written?.trim() ?? '';
  if (text === '' || isNonAnswer(text)) return { kind: 'clear' };
  switch (indicator.answerType) {
    case 'yes-no':
    case 'yes-partly-no':
    case 'choice':
      return readOption(indicator, text);
    case 'number': {
      const read = readNumberAnswer(indicator, text, '.');
      return read.kind === 'value'
        ? { kind: 'value', value: String(read.value) }
        : { kind: 'refused', code: read.code, message: `${read.reason}.`, detail: read.detail, params: read.params };
    }
    case 'date':
      return readDate(indicator, text);
    case 'text':
      return text.length > MAX_TEXT
        ? {
            kind: 'refused',
            code: 'too-long',
            message: `${indicator.code}: an answer holds at most ${MAX_TEXT} characters.`,
            params: { indicator: indicator.code, max: MAX_TEXT, length: text.length },
          }
        : { kind: 'value', value: text };
  }
}
