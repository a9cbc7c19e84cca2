import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, projectRoot, type AppSession } from './browser';
import { screenshotWholePage, stepHeading, countOf, gridValue, shownAs } from './page-helpers';

/*
 * The import wizard, driven in Chromium against the real host, engine and SQLite file. The workbook
 * is built here with SheetJS: a title row, a blank row, then headers the suggester maps only in
 * part ("Finding" names no field, so the person maps it to Value by hand), five answers with exact
 * indicator codes of mri-core 1.1.0, and one answer with its value missing.
 */

const screenshotDir = path.join(projectRoot, 'test-results');

const HEADERS = ['Indicator code', 'Finding', 'Source reference', 'Remarks'];
const READY_ANSWERS: [code: string, value: string][] = [
  ['RAT-02', 'ratified'],
  ['SS-01', 'yes'],
  ['SS-02', 'partly'],
  ['HLT-03', 'no'],
  ['LAB-02', 'yes'],
];

function answerRows(answers: [string, string][]): string[][] {
  return [
    ['Kenya 2026 — answers prepared by the country expert'],
    [],
    HEADERS,
    ...answers.map(([code, value], i) => [code, value, `Act No. ${i + 1} of 2019, s. ${i + 3}`, '']),
    // Row 9: the answer is missing.
    ['SS-03', '', 'Social Protection Act s. 12', 'to be checked with the ministry'],
  ];
}

/** A workbook whose first sheet is a cover page, so the wizard must be told which sheet holds the answers. */
function writeAnswersWorkbook(dir: string, file: string, answers = READY_ANSWERS): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Read me'], ['Prepared for the 2026 round.']]), 'Cover');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(answerRows(answers)), 'Answers');
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([['Law', 'Article', 'Date'], ['Employment Act', 's. 5', '2007-10-22']]),
    'Laws',
  );
  const target = path.join(dir, file);
  fs.writeFileSync(target, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return target;
}

async function openWizard(page: Page, session: AppSession, submissionId: string): Promise<void> {
  await page.goto(`${session.baseUrl}#/submissions/${encodeURIComponent(submissionId)}`);
  await page.getByRole('heading', { level: 1, name: 'Kenya, 2026' }).waitFor();
  await page.getByRole('link', { name: 'Import into this submission' }).click();
  await page.getByRole('heading', { level: 1, name: 'Import into Kenya, 2026' }).waitFor();
  await stepHeading(page, 'File').waitFor();
}

/** From the sheet step: pick the Answers sheet, map "Finding" to Value, stage. */
async function mapAndStage(page: Page): Promise<void> {
  await stepHeading(page, 'Sheet and contents').waitFor();
  await page.getByRole('radio', { name: /^Answers/ }).first().check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await stepHeading(page, 'Mapping').waitFor();
  await page.getByRole('combobox', { name: 'Field for column B “Finding”' }).selectOption('value');
  const stage = page.getByRole('button', { name: 'Next: check the rows' });
  await expect.poll(() => stage.isEnabled()).toBe(true);
  await stage.click();
  await stepHeading(page, 'Check rows').waitFor();
}

describe('importing a workbook of answers with the wizard', () => {
  let session: AppSession;
  let submissionId: string;
  let dir: string;
  let workbook: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-e2e-import-'));
    workbook = writeAnswersWorkbook(dir, 'kenya-answers.xlsx');
    session = await openApp();
    submissionId = (await session.handlers['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
  });
  afterAll(async () => {
    await session?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens the chosen file and lists its sheets with their row counts, guessing the kind from the sheet name', async () => {
    const { page } = session;
    await openWizard(page, session, submissionId);
    await page.getByLabel('or choose a file').setInputFiles(workbook);

    await stepHeading(page, 'Sheet and contents').waitFor();
    const sheets = page.getByRole('group', { name: 'Sheet to import' });
    expect(await sheets.getByRole('radio').count()).toBe(3);
    expect(await sheets.textContent()).toMatch(/Cover\s*2 rows.*Answers\s*9 rows.*Laws\s*2 rows/);
    // The first sheet with rows is chosen; its name says nothing, so the kind is answers.
    expect(await sheets.getByRole('radio', { name: /^Cover/ }).isChecked()).toBe(true);

    const kinds = page.getByRole('group', { name: 'What the sheet holds' });
    await sheets.getByRole('radio', { name: /^Laws/ }).check();
    expect(await kinds.getByRole('radio', { name: /^Laws and practice/ }).isChecked()).toBe(true);
    await sheets.getByRole('radio', { name: /^Answers/ }).check();
    expect(await kinds.getByRole('radio', { name: /^Answers/ }).isChecked()).toBe(true);
    expect(await page.getByRole('listitem').filter({ hasText: 'Sheet and contents' }).getAttribute('aria-current')).toBe('step');
  });

  it('blocks Next while a required field has no column, until the person maps "Finding" to Value by hand', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await stepHeading(page, 'Mapping').waitFor();
    expect(await page.getByTestId('layout-facts').textContent()).toBe('Headers on row 3; data on rows 4 to 9 (6 rows).');

    const field = (column: string, header: string) => page.getByRole('combobox', { name: `Field for column ${column} “${header}”` });
    expect(await field('A', 'Indicator code').inputValue()).toBe('indicator');
    expect(await field('B', 'Finding').inputValue()).toBe('');
    expect(await field('C', 'Source reference').inputValue()).toBe('citation');
    expect(await field('D', 'Remarks').inputValue()).toBe('note');

    const stage = page.getByRole('button', { name: 'Next: check the rows' });
    expect(await stage.isDisabled()).toBe(true);
    expect(await page.getByTestId('mapping-issues').textContent()).toContain('No column is mapped to value');
    expect(await page.locator('#wizard-blocked').textContent()).toContain('No column is mapped to value');

    await field('B', 'Finding').selectOption({ label: 'Value (required)' });
    await expect.poll(() => stage.isEnabled()).toBe(true);
    expect(await page.getByTestId('mapping-issues').count()).toBe(0);
    // With the value mapped, the preview shows the one empty answer: its cell tinted, its problem listed under the table.
    const emptyCell = page.getByTestId('preview-table').locator('td[data-problem="missing-value"]');
    expect(await emptyCell.count()).toBe(1);
    expect(await emptyCell.getAttribute('title')).toMatch(/row 9, column B/);
    expect(await page.getByRole('region', { name: /1 problem in these rows/ }).textContent()).toMatch(
      /Sheet "Answers", row 9, column B \("Finding"\): the value is required but the cell is empty/,
    );
    await screenshotWholePage(page, path.join(screenshotDir, 'import-mapping.png'));
  });

  it('stages 5 ready rows and 1 error whose message names the sheet, row and column', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    await stepHeading(page, 'Check rows').waitFor();
    expect(await countOf(page, 'ready')).toBe('5');
    expect(await countOf(page, 'error')).toBe('1');
    expect(await countOf(page, 'needs-reconciliation')).toBe('0');
    expect(await countOf(page, 'excluded')).toBe('0');

    // Rows with errors open first: they need a decision.
    const errorsTab = page.getByRole('tab', { name: 'Errors (1)' });
    expect(await errorsTab.getAttribute('aria-selected')).toBe('true');
    const errorRow = page.getByTestId('staged-rows').locator('tr[data-row="9"]');
    expect(await errorRow.textContent()).toContain(
      'Sheet "Answers", row 9, column B ("Finding"): the value is required but the cell is empty.',
    );
    await screenshotWholePage(page, path.join(screenshotDir, 'import-staging.png'));

    // The tabs follow the arrow keys.
    await errorsTab.focus();
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('tab', { name: 'Needs matching (0)', selected: true }).waitFor();
    await page.keyboard.press('Home');
    await page.getByRole('tab', { name: 'Ready (5)', selected: true }).waitFor();
    const ready = page.getByTestId('staged-rows').locator('tbody tr');
    await expect.poll(() => ready.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')))).toEqual(['4', '5', '6', '7', '8']);
  });

  it('commits the ready rows, which then show in the submission grid and in its import history', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await stepHeading(page, 'Add to submission').waitFor();
    await page.getByText('None of these rows would replace anything the submission already holds.').waitFor();
    await page.getByRole('button', { name: 'Add 5 rows to the submission' }).click();
    await page.getByText('5 rows of “kenya-answers.xlsx” added to the submission.').waitFor();

    await page.getByRole('button', { name: 'Open submission' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenya, 2026' }).waitFor();
    for (const [code, value] of READY_ANSWERS) await expect.poll(() => gridValue(page, code), { timeout: 15_000 }).toBe(shownAs(code, value));
    expect(await gridValue(page, 'SS-03')).toBe('');

    const history = page.getByTestId('import-history');
    const row = history.getByRole('row', { name: /kenya-answers\.xlsx/ });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['answers', 'Answers', 'Added']);
    expect(cells[3]).toMatch(/\d{4}/);
    expect(cells.slice(4, 9)).toEqual(['5', '0', '0', '1', '0']);
  });

  it('says when the same file was already imported, and imports it again only when asked', async () => {
    const { page } = session;
    await openWizard(page, session, submissionId);
    await page.getByLabel('or choose a file').setInputFiles(workbook);
    const notice = page.getByTestId('already-imported');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /This file was already imported on .+ into Kenya, 2026 \(answers, sheet “Answers”\)\./,
    );
    // Nothing moves on by itself: the person decides.
    expect(await stepHeading(page, 'File').isVisible()).toBe(true);
    await screenshotWholePage(page, path.join(screenshotDir, 'import-already-imported.png'));

    await notice.getByRole('button', { name: 'Stop, choose another file' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await page.getByLabel('or choose a file').isVisible()).toBe(true);

    await page.getByLabel('or choose a file').setInputFiles(workbook);
    await notice.getByRole('button', { name: 'Import again' }).click();
    await mapAndStage(page);
    expect(await countOf(page, 'ready')).toBe('5');
    expect(await countOf(page, 'error')).toBe('1');
  });

  it('fixes an empty cell in staging with Enter after Escape cancelled an edit, and takes a left-out row back', async () => {
    const { page } = session;
    const rows = page.getByTestId('staged-rows');
    const valueOfRow9 = rows.locator('tr[data-row="9"]').getByRole('button', { name: /^Row 9, Value/ });

    await valueOfRow9.click();
    const input = rows.getByRole('textbox', { name: 'Row 9, Value' });
    await input.fill('yes');
    await input.press('Escape');
    await input.waitFor({ state: 'detached' });
    expect(await countOf(page, 'error')).toBe('1');

    await valueOfRow9.click();
    await rows.getByRole('textbox', { name: 'Row 9, Value' }).fill('no');
    await rows.getByRole('textbox', { name: 'Row 9, Value' }).press('Enter');
    await page.getByText('Row 9 was changed; it is now: Ready.').first().waitFor();
    await expect.poll(() => countOf(page, 'ready')).toBe('6');
    expect(await countOf(page, 'error')).toBe('0');

    await page.getByRole('tab', { name: /^Ready/ }).click();
    await rows.getByRole('button', { name: 'Leave out row 4' }).click();
    await expect.poll(() => countOf(page, 'excluded')).toBe('1');
    expect(await rows.locator('tr[data-row="4"]').count()).toBe(0);
    await page.getByRole('tab', { name: /^Left out/ }).click();
    await rows.getByRole('button', { name: 'Take back row 4' }).click();
    await expect.poll(() => countOf(page, 'ready')).toBe('6');
    expect(await countOf(page, 'excluded')).toBe('0');
  });

  it('undoes staging changes one by one, with the button and with Ctrl+Z', async () => {
    const { page } = session;
    // The last two changes: row 4 taken back, after it was left out.
    await page.getByRole('button', { name: /^Undo the last change \(row 4\)/ }).click();
    await expect.poll(() => countOf(page, 'excluded')).toBe('1');
    await page.getByRole('button', { name: /^Undo the last change \(row 4\)/ }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => countOf(page, 'excluded')).toBe('0');
    // Then the fix of row 9: its value is empty again, so it is an error again.
    await page.getByRole('button', { name: /^Undo the last change \(row 9\)/ }).click();
    await expect.poll(() => countOf(page, 'error')).toBe('1');
    await page.getByText('Undone: row 9 is now: Errors.').first().waitFor();
    // Redo the fix so the tests after this one find the import as before.
    await page.getByRole('tab', { name: /^Errors/ }).click();
    const rows = page.getByTestId('staged-rows');
    await rows.locator('tr[data-row="9"]').getByRole('button', { name: /^Row 9, Value/ }).click();
    await rows.getByRole('textbox', { name: 'Row 9, Value' }).fill('no');
    await rows.getByRole('textbox', { name: 'Row 9, Value' }).press('Enter');
    await expect.poll(() => countOf(page, 'ready')).toBe('6');
  });

  it('asks, for a row that would replace a committed value, whether to keep it or take the imported one', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await stepHeading(page, 'Mapping').waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await stepHeading(page, 'File').waitFor();

    const changed = writeAnswersWorkbook(dir, 'kenya-answers-v2.xlsx', [
      ['RAT-02', 'not ratified'],
      ['SS-01', 'no'],
      ...READY_ANSWERS.slice(2),
      ['Has the country adopted something nobody asked about?', 'yes'],
    ]);
    await page.getByLabel('or choose a file').setInputFiles(changed);
    await mapAndStage(page);

    // A question the schema does not have waits for Reconciliation, with what it says, and is not committed.
    expect(await countOf(page, 'needs-reconciliation')).toBe('1');
    await page.getByRole('tab', { name: 'Needs matching (1)' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByText('Indicator “Has the country adopted something nobody asked about?” is not matched to the schema for certain.').waitFor();
    expect(await panel.textContent()).toContain('until then they are not added, and nothing of them is lost');
    await screenshotWholePage(page, path.join(screenshotDir, 'import-reconciliation.png'));
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await stepHeading(page, 'Add to submission').waitFor();

    const conflicts = page.getByTestId('conflicts');
    await conflicts.waitFor();
    expect(await conflicts.locator('tbody tr').count()).toBe(2);
    expect(await conflicts.getByRole('row', { name: /RAT-02/ }).textContent()).toMatch(/ratified.*not-ratified/);
    await screenshotWholePage(page, path.join(screenshotDir, 'import-conflicts.png'));
    await page.getByRole('combobox', { name: 'For all rows' }).selectOption({ label: 'Keep existing' });
    await page.getByRole('combobox', { name: /Decision for row 5/ }).selectOption({ label: 'Take imported' });
    await page.getByRole('button', { name: /^Add \d+ rows to the submission$/ }).click();
    await page.getByTestId('committed').waitFor();

    await page.getByRole('button', { name: 'Open submission' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenya, 2026' }).waitFor();
    await expect.poll(() => gridValue(page, 'SS-01'), { timeout: 15_000 }).toBe(shownAs('SS-01', 'no'));
    expect(await gridValue(page, 'RAT-02')).toBe(shownAs('RAT-02', 'ratified'));
    await page.getByTestId('import-history').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'import-history.png') });
    expect(session.pageErrors).toEqual([]);
  });

  it('refuses a dropped file that is not a spreadsheet, naming the file and the reason', async () => {
    const { page } = session;
    await openWizard(page, session, submissionId);
    const zone = page.getByTestId('drop-zone');
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['just some notes, not a workbook'], 'notes.xlsx', { type: 'application/octet-stream' }));
      return transfer;
    });
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    const refusal = page.getByTestId('file-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/“notes\.xlsx” is not a spreadsheet\..*not an Excel or OpenDocument spreadsheet/);
    expect(await stepHeading(page, 'File').isVisible()).toBe(true);
  });
});

describe('importing a sheet of laws', () => {
  let session: AppSession;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-e2e-laws-'));
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes the rows as laws when no column says so, and lists them on the submission page', async () => {
    const { page } = session;
    const submissionId = (await session.handlers['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
    await openWizard(page, session, submissionId);
    await page.getByLabel('or choose a file').setInputFiles(writeAnswersWorkbook(dir, 'senegal.xlsx'));
    await stepHeading(page, 'Sheet and contents').waitFor();
    await page.getByRole('group', { name: 'Sheet to import' }).getByRole('radio', { name: /^Laws/ }).check();
    expect(await page.getByRole('group', { name: 'What the sheet holds' }).getByRole('radio', { name: /^Laws and practice/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await stepHeading(page, 'Mapping').waitFor();
    await page.getByText('No column gives the type: every row is taken as "law".').first().waitFor();
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    await stepHeading(page, 'Check rows').waitFor();
    expect(await countOf(page, 'ready')).toBe('1');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await stepHeading(page, 'Add to submission').waitFor();
    await page.getByRole('button', { name: 'Add 1 row to the submission' }).click();
    await page.getByRole('button', { name: 'Open submission' }).click();
    const laws = page.getByTestId('evidence-table');
    await laws.waitFor();
    expect(await laws.getByRole('row', { name: /Employment Act/ }).getByRole('cell').allTextContents()).toEqual(['Law', 's. 5', '2007-10-22', '', '']);
    await page.getByText('No ratification yet').waitFor();
  });

  it('discards a staged import from the history, after asking', async () => {
    const { page } = session;
    const submissionId = (await session.handlers['submissions.list']({ locale: 'en' }))[0]!.id;
    const file = writeAnswersWorkbook(dir, 'second.xlsx');
    const opened = await session.handlers['imports.open']({ submissionId, path: file });
    const preview = await session.handlers['imports.preview']({ session: opened.session, sheet: 'Laws', kind: 'evidence' });
    await session.handlers['imports.stage']({ session: opened.session, sheet: 'Laws', kind: 'evidence', mapping: preview.mapping });
    await page.reload();
    const history = page.getByTestId('import-history');
    page.once('dialog', (dialog) => void dialog.accept());
    await history.getByRole('button', { name: 'Discard the unfinished import of second.xlsx, sheet Laws' }).click();
    await expect.poll(() => history.getByRole('row', { name: /second\.xlsx/ }).getByRole('cell').nth(2).textContent()).toBe('Discarded');
    expect(await history.getByRole('button', { name: /^Discard/ }).count()).toBe(0);
  });
});
