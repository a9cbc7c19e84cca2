import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ANSWERS } from '../fixtures/expert-answers';
import { openApp, projectRoot, type AppSession } from './browser';
import { countOf, gridValue, screenshotWholePage, shownAs, stepHeading } from './page-helpers';

/*
 * What an expert sees before anything lands: an answers sheet holding every case of the import
 * review (a match by similarity, numbers with units, a wrong unit, a non-answer, unreadable text,
 * two rows for one indicator, citations), driven through the wizard in Chromium against the real
 * host and engine. The workbook is written here by SheetJS, with a real date cell in it.
 */

const screenshotDir = path.join(projectRoot, 'test-results');

function writeWorkbook(dir: string): string {
  const rows = ANSWERS.map((row) => [...row]);
  // A real spreadsheet date, which the preview must show as 2015-03-01 and not as its serial number.
  rows[1]![5] = new Date(Date.UTC(2015, 2, 1));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), 'Answers');
  const file = path.join(dir, 'kenya-expert-answers.xlsx');
  fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return file;
}

const row = (page: Page, n: number): Locator => page.getByTestId('staged-rows').locator(`tr[data-row="${n}"]`);
const cellOf = (page: Page, n: number, className: string) => row(page, n).locator(`td.${className}`);

describe('the review step shows what each row became before it lands', () => {
  let session: AppSession;
  let submissionId: string;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-e2e-review-'));
    session = await openApp();
    submissionId = (await session.handlers['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
  });
  afterAll(async () => {
    await session?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('maps the citation columns, joins two note columns, and previews a spreadsheet date as a date', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}#/import/${encodeURIComponent(submissionId)}`);
    await stepHeading(page, 'File').waitFor();
    await page.getByLabel('or choose a file').setInputFiles(writeWorkbook(dir));
    await stepHeading(page, 'Sheet and contents').waitFor();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await stepHeading(page, 'Mapping').waitFor();

    const field = (column: string, header: string) => page.getByRole('combobox', { name: `Field for column ${column} “${header}”` });
    const expected: [string, string, string][] = [
      ['A', 'Indicator', 'indicator'],
      ['B', 'Answer', 'value'],
      ['C', 'Score', 'score'],
      ['D', 'Law', 'law'],
      ['E', 'Article', 'article'],
      ['F', 'Date adopted', 'lawdate'],
      ['G', 'Link', 'url'],
      ['H', 'Practice source', 'practice'],
      ['I', 'Comment', 'note'],
    ];
    for (const [column, header, id] of expected) expect(await field(column, header).inputValue(), header).toBe(id);
    await field('J', 'Remarks').selectOption('note');
    await expect.poll(() => page.getByTestId('column-notes').textContent()).toContain('Columns I and J are both mapped to note: their text is joined, in column order.');

    const dateCell = page.getByTestId('preview-table').locator('tbody tr').first().locator('td').nth(5);
    expect(await dateCell.textContent()).toBe('2015-03-01');
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    await stepHeading(page, 'Check rows').waitFor();
    expect(await countOf(page, 'ready')).toBe('12');
    expect(await countOf(page, 'error')).toBe('3');
  });

  it('lists the rows that could not be read, each with its reason', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: /^Errors \(3\)/, selected: true }).waitFor();
    expect(await row(page, 6).textContent()).toContain('FAM-02 counts months, but "45%" is in percent, which do not convert exactly.');
    expect(await row(page, 8).textContent()).toContain('SKL-03 takes a number of months; "Partly" is not one.');
    expect(await row(page, 16).textContent()).toContain('the article "art. 5" needs the law it belongs to');
  });

  it('shows each ready row\'s target, how it was matched, how its value was read, its score and its citations', async () => {
    const { page } = session;
    await page.getByRole('tab', { name: /^Ready \(12\)/ }).click();
    await row(page, 2).waitFor();

    expect(await cellOf(page, 2, 'row-became').textContent()).toMatch(/^SS-01 Does national law guarantee .*similar \(88 %\): check/);
    expect(await cellOf(page, 2, 'row-reading').textContent()).toBe('PartlyLaw: Labour Code art. 12');
    expect(await cellOf(page, 2, 'row-score').textContent()).toBe('50');
    expect(await cellOf(page, 3, 'row-became').textContent()).toMatch(/^LAB-01 .*by its code$/);
    expect(await cellOf(page, 3, 'row-reading').textContent()).toBe('12 months');
    expect(await cellOf(page, 4, 'row-reading').textContent()).toBe('5 years60 months = 5 years');
    expect(await cellOf(page, 4, 'row-score').textContent()).toBe('75');
    expect(await cellOf(page, 5, 'row-reading').textContent()).toBe('45 %');
    expect(await cellOf(page, 7, 'row-reading').textContent()).toBe('No answer (kept as a note)"n/a" is kept as a note');
    expect(await cellOf(page, 7, 'row-score').textContent()).toBe('not scored');
    expect(await cellOf(page, 11, 'row-became').textContent()).toMatch(/Including upper-secondary and vocational education.*similar \(70 %\): check/);
    expect(await cellOf(page, 13, 'row-reading').textContent()).toContain("the file's score 80 is not used: the schema's rule gives 100");
    expect(await cellOf(page, 14, 'row-reading').textContent()).toBe('12 %approximate ("≈ 12 %")');
    expect(await cellOf(page, 15, 'row-score').textContent()).toBe('40');
    // Two columns feed the note: each shows its own cell, and the note they make is both, in column order.
    expect(await row(page, 13).locator('.row-fields').textContent()).toContain('Note (column I)checked twiceNote (column J)with the ministry');

    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshotWholePage(page, path.join(screenshotDir, 'import-review-1920.png'));
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshotWholePage(page, path.join(screenshotDir, 'import-review-1024.png'));
    // At a laptop's width the review table scrolls inside itself; the page does not run off the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  });

  it('marks the rows matched by similarity, filters them, and sends one back to the queue, undoably', async () => {
    const { page } = session;
    const notice = page.getByTestId('similarity-notice');
    expect(await notice.textContent()).toContain('2 rows were matched to the schema by similarity alone.');
    await notice.getByRole('checkbox', { name: 'Show only these rows' }).check();
    const shown = page.getByTestId('staged-rows').locator('tbody tr');
    await expect.poll(() => shown.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')))).toEqual(['2', '11']);

    await row(page, 11).getByRole('button', { name: 'Row 11: “Secondary” is not this; send it to the matching queue' }).click();
    await page.getByRole('tab', { name: /^Needs matching \(1\)/ }).waitFor();
    await expect.poll(() => countOf(page, 'ready')).toBe('11');
    await page.keyboard.press('Control+z');
    await expect.poll(() => countOf(page, 'ready')).toBe('12');
    await page.getByRole('tab', { name: /^Needs matching \(0\)/ }).waitFor();
    await notice.getByRole('checkbox', { name: 'Show only these rows' }).uncheck();
  });

  it('asks which of two rows for one indicator to take, then counts rows and records apart', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await stepHeading(page, 'Add to submission').waitFor();
    const conflicts = page.getByTestId('conflicts');
    await conflicts.waitFor();
    const hlt = conflicts.getByRole('row', { name: /HLT-03/ });
    expect(await hlt.textContent()).toMatch(/2 rows of the file disagree.*Nothing yet.*Row 9.*yes.*Row 10.*no/);
    const add = page.getByRole('button', { name: 'Add 12 rows to the submission' });
    expect(await add.isDisabled()).toBe(true);
    expect(await page.locator('#wizard-blocked').textContent()).toContain('Choose which row to take for HLT-03.');
    await hlt.getByRole('combobox', { name: 'Which value to take for HLT-03' }).selectOption({ label: 'Take row 10' });
    await screenshotWholePage(page, path.join(screenshotDir, 'import-review-conflict.png'));
    await add.click();
    const result = page.getByTestId('commit-result');
    await result.waitFor();
    expect(await result.textContent()).toBe(
      '12 rows became 11 records: 11 new, 0 changed, 0 already the same, 0 kept as they were. 1 row was not taken: another row or the existing value was chosen. Citations: 2 new evidence items, 2 links to indicators.',
    );
  });

  it('lands the values as read: numbers in their unit, no non-answer, the chosen row, the cited law linked', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Open submission' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenya, 2026' }).waitFor();
    await expect.poll(() => gridValue(page, 'HLT-03'), { timeout: 15_000 }).toBe(shownAs('HLT-03', 'no'));
    expect(await gridValue(page, 'RES-03')).toBe('5');
    expect(await gridValue(page, 'LAB-01')).toBe('12');
    expect(await gridValue(page, 'SS-02')).toBe('');
    expect(await gridValue(page, 'FAM-02')).toBe('');
    expect(await page.getByText('10 of 95').count()).toBeGreaterThan(0);
    const laws = page.getByTestId('evidence-table');
    expect(await laws.getByRole('row', { name: /Labour Code/ }).textContent()).toContain('SS-01');
    expect(await laws.getByRole('row', { name: /Ombudsman report 2024/ }).textContent()).toContain('LAB-02');
  });
});
