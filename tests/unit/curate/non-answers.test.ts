import { describe, expect, it } from 'vitest';
import { isNonAnswer } from '../../../electron/core/curate/non-answers';

describe('telling a non-answer from an answer', () => {
  it.each(['n/a', 'N/A', 'NA', 'n.a.', 'Not applicable', 'unknown', "Don't know", 'see note', 'See comments', 'TBD', '-', '—', '?', '…',
    'sans objet', 'Inconnu', 'voir note', 'no aplica', 'desconocido', 'ver nota', 'неприменимо', 'нет данных', 'Н/Д', 'لا ينطبق', 'غير معروف'])(
    '"%s" is no answer',
    (text) => expect(isNonAnswer(text)).toBe(true),
  );

  it.each(['no', 'No', 'none', 'yes', 'Partly', '0', '12 months', 'nil', 'Not ratified', 'Secondary'])('"%s" is an answer', (text) =>
    expect(isNonAnswer(text)).toBe(false),
  );
});
