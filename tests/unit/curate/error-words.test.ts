import fs from 'node:fs';
import path from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../electron/core/api';
import { invokeApi } from '../../../electron/core/invoke';
import type { ApiMethod } from '../../../shared/api';
import type { ErrorCode } from '../../../shared/error-codes';
import { MrcError, type ApiErrorShape } from '../../../shared/errors';
import { setAnswer } from '../../../electron/core/curate/answers/set-answer';
import en from '../../../renderer/src/i18n/en.json';
import { wordMessage } from '../../../renderer/src/messages/message-text';
import { useCurateWorkspace, type CurateWorkspace } from './curate-workspace';

/*
 * A curation or export refusal reaches the person in their language with the values that make it actionable:
 * the engine gives each refusal its parameters, and the sentence the UI makes of them (through wordMessage,
 * as ErrorNotice does) names them all, with no placeholder left unfilled.
 */

const cw = useCurateWorkspace();
let t: TFunction;

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false } });
  t = i18n.t;
});

/** The refusal of one call, as it crosses a door. */
async function refusalOf(method: ApiMethod, input: unknown): Promise<ApiErrorShape> {
  const response = await invokeApi(createApi(cw.ws), method, input);
  if (response.ok) throw new Error(`${method} was not refused`);
  return response.error;
}

async function engineRefusal(call: Promise<unknown>): Promise<ApiErrorShape> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof MrcError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error.toShape();
}

const LAW = { type: 'law', title: 'Employment Act 2007', citation: 's. 5' } as const;
let citedLaw = 0;
const LONG_NAME = `${'a'.repeat(235)}.xlsx`;

interface Case {
  code: ErrorCode;
  /** What provokes the refusal, through the API. */
  refuse(w: CurateWorkspace): Promise<ApiErrorShape>;
  /** What the sentence must name. */
  names: (w: CurateWorkspace) => string[];
}

const CASES: Case[] = [
  {
    code: 'unknown-indicator',
    refuse: (w) => refusalOf('answers.set', { submissionId: w.submissionId, indicatorId: 'ZZ-99', value: 'yes' }),
    names: () => ['ZZ-99'],
  },
  {
    code: 'unknown-evidence',
    refuse: () => refusalOf('evidence.update', { evidenceId: 4711, evidence: { title: 'x' } }),
    names: () => ['4711'],
  },
  {
    code: 'unknown-problem',
    refuse: (w) => refusalOf('problems.accept', { submissionId: w.submissionId, key: 'SS-01/no-source/000000000000', note: 'why' }),
    names: () => ['SS-01'],
  },
  {
    code: 'duplicate-evidence',
    refuse: async (w) => {
      citedLaw = (await w.api['evidence.add']({ submissionId: w.submissionId, evidence: LAW, indicatorIds: [] })).id;
      return refusalOf('evidence.add', { submissionId: w.submissionId, evidence: LAW, indicatorIds: [] });
    },
    names: () => ['Employment Act 2007', `evidence ${citedLaw}`],
  },
  {
    code: 'score-from-rule',
    refuse: (w) => refusalOf('answers.set', { submissionId: w.submissionId, indicatorId: 'SS-01', value: 'yes', score: 50 }),
    names: () => ['SS-01'],
  },
  {
    code: 'score-not-allowed',
    refuse: (w) => refusalOf('answers.set', { submissionId: w.extraId, indicatorId: 'SKL-91', value: 'Recognised in part.', score: 33 }),
    names: () => ['SKL-91', '33', '0, 50, 100'],
  },
  {
    code: 'score-unchanged',
    refuse: async (w) => {
      for (const submissionId of [w.extraId, w.submissionId]) await w.api['answers.set']({ submissionId, indicatorId: 'SS-01', value: 'yes' });
      return refusalOf('answers.justify', { submissionId: w.submissionId, indicatorId: 'SS-01', note: 'same' });
    },
    names: () => ['SS-01'],
  },
  {
    code: 'no-previous-submission',
    refuse: (w) => refusalOf('answers.justify', { submissionId: w.extraId, indicatorId: 'SS-01', note: 'why' }),
    names: () => ['KEN', '2025'],
  },
  {
    code: 'ambiguous-date',
    refuse: (w) => refusalOf('answers.set', { submissionId: w.extraId, indicatorId: 'SKL-90', value: '03/05/2024' }),
    names: () => ['SKL-90', '03/05/2024', '2024-05-03', '2024-03-05'],
  },
  {
    code: 'too-long',
    // The contract refuses a value over 20,000 characters before the engine reads it; the engine's own check,
    // on the trimmed text, is reached by calling it directly.
    refuse: (w) => engineRefusal(setAnswer(w.ws.db, 'test', { submissionId: w.extraId, indicatorId: 'SKL-91', value: ` ${'x'.repeat(20_001)} ` })),
    names: () => ['SKL-91', '20000', '20001'],
  },
  {
    code: 'nothing-to-undo',
    refuse: (w) => refusalOf('edits.undo', { submissionId: w.submissionId }),
    names: () => [],
  },
  {
    code: 'nothing-to-redo',
    refuse: (w) => refusalOf('edits.redo', { submissionId: w.submissionId }),
    names: () => [],
  },
  {
    code: 'edit-superseded',
    refuse: async (w) => {
      await w.api['answers.set']({ submissionId: w.submissionId, indicatorId: 'SS-01', value: 'yes' });
      w.ws.db.prepare("UPDATE answers SET value = 'no', score = 0 WHERE indicator = 'SS-01'").run();
      return refusalOf('edits.undo', { submissionId: w.submissionId });
    },
    names: (w) => [`${w.submissionId} / SS-01`, 'undone'],
  },
  {
    code: 'audit-entry-missing',
    refuse: async (w) => {
      await w.api['answers.set']({ submissionId: w.submissionId, indicatorId: 'SS-01', value: 'yes' });
      // A damaged log: the triggers that keep it append-only are what such damage gets around.
      w.ws.db.exec("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE action = 'answers.set'");
      return refusalOf('edits.undo', { submissionId: w.submissionId });
    },
    names: () => [],
  },
  {
    code: 'invalid-path',
    refuse: (w) => refusalOf('submissions.exportXlsx', { submissionId: w.submissionId, path: 'relative.xlsx' }),
    names: () => ['relative.xlsx'],
  },
  {
    code: 'invalid-path',
    refuse: (w) => refusalOf('submissions.exportXlsx', { submissionId: w.submissionId, path: path.join(w.dir, 'missing', 'out.xlsx') }),
    names: (w) => [path.join(w.dir, 'missing')],
  },
  {
    code: 'invalid-path',
    refuse: (w) => {
      fs.mkdirSync(path.join(w.dir, 'taken.xlsx'));
      return refusalOf('submissions.exportXlsx', { submissionId: w.submissionId, path: path.join(w.dir, 'taken.xlsx') });
    },
    names: (w) => [path.join(w.dir, 'taken.xlsx')],
  },
  {
    code: 'export-failed',
    // Its name fits the folder, but not with the temporary file's longer name that writing it atomically needs.
    refuse: (w) => refusalOf('submissions.exportXlsx', { submissionId: w.submissionId, path: path.join(w.dir, LONG_NAME) }),
    names: (w) => [path.join(w.dir, LONG_NAME), 'ENAMETOOLONG'],
  },
];

describe('curation and export refusals, in words made from their parameters', () => {
  it.each(CASES.map((c, i) => [`${c.code} (${i + 1})`, c] as const))('words %s with its values and no placeholder left', async (_, c) => {
    const error = await c.refuse(cw);
    expect(error.code).toBe(c.code);
    const sentence = wordMessage(error, t, 'en');
    expect(sentence).not.toContain('{{');
    for (const value of c.names(cw)) expect(sentence).toContain(value);
  });

  it('covers every curation and export code, each refused at least once', () => {
    const covered = new Set(CASES.map((c) => c.code));
    const listed: ErrorCode[] = [
      'unknown-indicator', 'unknown-evidence', 'unknown-problem', 'duplicate-evidence', 'score-from-rule', 'score-not-allowed', 'score-unchanged',
      'no-previous-submission', 'ambiguous-date', 'too-long', 'nothing-to-undo', 'nothing-to-redo', 'edit-superseded', 'audit-entry-missing',
      'export-failed', 'invalid-path',
    ];
    expect(listed.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('says a refused number, date or option from its params too, as the grid sends them', async () => {
    const error = await refusalOf('answers.set', { submissionId: cw.extraId, indicatorId: 'SKL-92', value: '1200' });
    expect(error).toMatchObject({ code: 'out-of-range', detail: 'out-of-range.answer', params: { indicator: 'SKL-92', min: 0, max: 1000 } });
    expect(wordMessage(error, t, 'en')).toBe('SKL-92 takes a number from 0 to 1000; 1200 is outside.');
    const choice = await refusalOf('answers.set', { submissionId: cw.submissionId, indicatorId: 'SS-01', value: 'maybe' });
    expect(wordMessage(choice, t, 'en')).toMatch(/^expected one of: .+, found "maybe"\.$/);
    const date = await refusalOf('answers.set', { submissionId: cw.extraId, indicatorId: 'SKL-90', value: 'soon' });
    expect(wordMessage(date, t, 'en')).toBe('SKL-90 takes a date such as 2024-03-05; "soon" is not one.');
  });
});
