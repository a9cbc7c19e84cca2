import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { RecordKind } from '../../shared/records';
import { openApp, projectRoot, type AppSession } from './browser';
import { screenshotWholePage, stepHeading, countOf } from './page-helpers';

/*
 * Finding a country, the way to matching from the navigation, resuming an unfinished import, one tab
 * stop per table row, and every page at the sizes of a laptop's window. Driven in Chromium against the
 * real host, engine and SQLite file; the workbooks are written here with SheetJS.
 */

const screenshotDir = path.join(projectRoot, 'test-results');
const NOBODY = 'Has the country adopted something nobody asked about?';
const REFUGEES = 'Refugees right to work';
const LAPTOPS = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
] as const;

function writeSheet(dir: string, file: string, sheet: string, rows: unknown[][]): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  const target = path.join(dir, file);
  fs.writeFileSync(target, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return target;
}

async function stageThroughEngine(session: AppSession, submissionId: string, file: string, sheet: string, kind: RecordKind) {
  const opened = await session.handlers['imports.open']({ submissionId, path: file });
  const preview = await session.handlers['imports.preview']({ session: opened.session, sheet, kind });
  return session.handlers['imports.stage']({ session: opened.session, sheet, kind, mapping: preview.mapping });
}

/** A fresh page load at a place, so that what it shows comes from the engine now. */
async function openPlace(page: Page, session: AppSession, hash: string): Promise<void> {
  await page.goto(`${session.baseUrl}${hash}`);
  await page.reload();
  await page.locator('main h1').waitFor();
}

const waitingBadge = (page: Page) => page.getByRole('navigation', { name: 'Places' }).getByTestId('nav-waiting');
const activeDescription = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim()}` : '';
  });

/** Presses Tab from the table's first tab stop until the focus leaves the table, and says how many stops it met. */
async function tabStopsThrough(page: Page, table: Locator): Promise<number> {
  await table.locator('tbody a, tbody button, tbody select, tbody input').and(table.locator('[tabindex="0"]')).first().focus();
  let stops = 1;
  for (;;) {
    await page.keyboard.press('Tab');
    if (!(await table.evaluate((element) => element.contains(document.activeElement)))) return stops;
    stops++;
  }
}

/** What sticks out of the window, and every cell or grid header whose content is wider than its column. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    const squeezed = document.querySelectorAll<HTMLElement>('main td, main th, main .ag-header-cell-text, main .ag-cell-value');
    for (const cell of squeezed)
      if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`"${cell.textContent?.trim().slice(0, 40)}" needs ${cell.scrollWidth}px, has ${cell.clientWidth}px`);
    return problems;
  });
}

describe('finding, matching, resuming and tabbing, at laptop sizes', () => {
  let session: AppSession;
  let dir: string;
  let kenyaId: string;
  let lawsImportId: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-e2e-navigation-'));
    session = await openApp();
    await session.handlers['samples.open']({ locale: 'en' });
    kenyaId = (await session.handlers['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
    const answers = writeSheet(dir, 'kenya-answers.xlsx', 'Answers', [
      ['Indicator', 'Answer'],
      ['SS-03', 'no'],
      [REFUGEES, 'yes'],
      [NOBODY, 'yes'],
      ['FOA-01', 'yes'],
    ]);
    await stageThroughEngine(session, kenyaId, answers, 'Answers', 'answers');
    const laws = writeSheet(dir, 'kenya-laws.xlsx', 'Laws', [
      ['Type', 'Title', 'Article', 'Date'],
      ['law', 'Employment Act', 'art. 5', '2007-10-26'],
      ['law', 'Refugees Act', 's. 28', '2021-11-17'],
    ]);
    lawsImportId = (await stageThroughEngine(session, kenyaId, laws, 'Laws', 'evidence')).importId;
  });
  afterAll(async () => {
    await session?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds a country by its ISO code, by its name in another language and by a former name, and creates the submission', async () => {
    const { page } = session;
    await page.setViewportSize(LAPTOPS[0]);
    await openPlace(page, session, '#/submissions');
    await page.getByRole('button', { name: 'New submission' }).click();
    const dialog = page.getByRole('dialog', { name: 'New submission' });
    const country = dialog.getByRole('combobox', { name: 'Country' });
    const firstOption = dialog.getByRole('option').first();
    const found: [typed: string, shown: string][] = [
      ['MAR', 'Morocco (MAR)'],
      ['Maroc', 'Morocco (Maroc)'],
      ['Марокко', 'Morocco (Марокко)'],
      ['UK', 'United Kingdom (UK)'],
      ['Ivory Coast', "Cote d'Ivoire (Ivory Coast)"],
      ['Burma', 'Myanmar (Burma)'],
      ['Zaire', 'Democratic Republic of the Congo (Zaire)'],
      ['Swaziland', 'Eswatini (Swaziland)'],
    ];
    for (const [typed, shown] of found) {
      await country.fill(typed);
      await expect.poll(() => firstOption.textContent()).toBe(shown);
      expect(await firstOption.getAttribute('aria-selected')).toBe('true');
    }
    await screenshotWholePage(page, path.join(screenshotDir, 'country-former-name-1024.png'));
    // The dialog and its list fit the window, and the chosen schema's title fits its select.
    const box = await dialog.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= LAPTOPS[0].height && box.x + box.width <= LAPTOPS[0].width).toBe(true);
    const schema = dialog.getByLabel('Indicator schema');
    const room = await schema.evaluate((select: HTMLSelectElement) => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = getComputedStyle(select).font;
      return { needed: context.measureText(select.selectedOptions[0]?.text ?? '').width, width: select.clientWidth };
    });
    // The select's padding and arrow take about 40 pixels.
    expect(room.needed + 40).toBeLessThanOrEqual(room.width);

    await country.fill('Turkey');
    await expect.poll(() => firstOption.textContent()).toBe('Türkiye (Turkey)');
    await country.press('Enter');
    expect(await country.inputValue()).toBe('Türkiye');
    await dialog.getByLabel('Reference year').fill('2024');
    await dialog.getByRole('button', { name: 'Create submission' }).click();
    await page.getByRole('heading', { level: 1, name: 'Türkiye, 2024' }).waitFor();
    expect((await session.handlers['submissions.list']({ locale: 'en' })).map((s) => s.country)).toContain('TUR');
  });

  it('counts the texts waiting in the navigation, and leads from there to the submission whose texts wait', async () => {
    const { page } = session;
    await openPlace(page, session, '#/submissions');
    const nav = page.getByRole('navigation', { name: 'Places' });
    const matchLink = nav.getByRole('link', { name: /^Match to schema/ });
    await expect.poll(() => waitingBadge(page).textContent()).toBe('2');
    // Seen as a badge, heard in words.
    expect(await nav.getByRole('link', { name: 'Match to schema (2 texts waiting)' }).count()).toBe(1);

    await matchLink.click();
    await page.getByRole('heading', { level: 1, name: 'Match to the schema' }).waitFor();
    expect(await matchLink.getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('main').textContent()).toContain('could not match to the indicator schema with certainty');
    const choice = page.getByTestId('reconcile-choice');
    // Those with the most texts waiting first: Kenya's 2, then the others with none.
    expect(await choice.locator('tbody tr').first().getByRole('cell').allTextContents()).toEqual(['2', '2']);
    expect(await choice.locator('tbody tr').count()).toBe(3);
    await screenshotWholePage(page, path.join(screenshotDir, 'reconcile-choice-1024.png'));

    await choice.getByRole('link', { name: 'Kenya, 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Match to the schema — Kenya, 2026' }).waitFor();
    expect(await matchLink.getAttribute('aria-current')).toBe('page');
  });

  it('says what was decided after "No match", never that every text matched, and the badge follows each decision', async () => {
    const { page } = session;
    const panel = page.getByTestId('reconcile-item');
    await expect.poll(() => panel.locator('#reconcile-item-text').textContent()).toBe(`“${NOBODY}”`);
    await panel.getByRole('button', { name: 'No match' }).click();
    await expect.poll(() => page.getByTestId('reconcile-outcome').textContent()).toBe(
      `1 row marked as not matching: “${NOBODY}” matches nothing, and the row is now an error that says so.`,
    );
    await expect.poll(() => waitingBadge(page).textContent()).toBe('1');

    await expect.poll(() => panel.locator('#reconcile-item-text').textContent()).toBe(`“${REFUGEES}”`);
    await panel.getByTestId('reconcile-candidate').first().click();
    await page.getByTestId('reconcile-empty').waitFor();
    await expect.poll(() => waitingBadge(page).count()).toBe(0);
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('No text waits for a decision.');
    expect(main).toContain('fix or leave out the rows whose text you marked “No match”');
    expect(main).not.toContain('Every reference is matched');
  });

  it('shows the row marked "No match" as an error that names the decision, with nothing promising a later check', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Back to the import of “kenya-answers.xlsx” (sheet “Answers”)' }).click();
    await stepHeading(page, 'Check rows').waitFor();
    expect(await countOf(page, 'error')).toBe('1');
    await page.getByRole('tab', { name: 'Errors (1)' }).click();
    const errorRow = page.getByTestId('staged-rows').getByRole('row').filter({ hasText: NOBODY });
    const text = (await errorRow.textContent()) ?? '';
    expect(text).toContain(`"${NOBODY}" matches no indicator of the schema (you chose "No match" for it)`);
    expect(text).not.toContain('will be checked');
    await screenshotWholePage(page, path.join(screenshotDir, 'no-match-error-1024.png'));
  });

  it('resumes an unfinished import from the submission\'s history, at its checked rows', async () => {
    const { page } = session;
    await openPlace(page, session, `#/submissions/${kenyaId}`);
    const history = page.getByTestId('import-history');
    const lawsRow = history.getByRole('row', { name: /kenya-laws\.xlsx/ });
    expect(await lawsRow.getByRole('cell').nth(2).textContent()).toBe('Checked, not added yet');
    await screenshotWholePage(page, path.join(screenshotDir, 'import-history-resume-1024.png'));
    await lawsRow.getByRole('link', { name: 'Resume the import of kenya-laws.xlsx, sheet Laws' }).click();
    await stepHeading(page, 'Check rows').waitFor();
    expect(page.url()).toContain(`#/import/${kenyaId}/${lawsImportId}`);
    expect(await countOf(page, 'ready')).toBe('2');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await stepHeading(page, 'Add to submission').waitFor();
    await page.getByRole('button', { name: 'Add 2 rows to the submission' }).click();
    await page.getByText('2 rows of “kenya-laws.xlsx” added to the submission.').waitFor();
  });

  it('gives each table row one tab stop; Left and Right move within the row, Up and Down between rows', async () => {
    const { page } = session;
    // A second unfinished import, so that two rows of the history hold Resume and Discard.
    const again = writeSheet(dir, 'kenya-more.xlsx', 'Answers', [['Indicator', 'Answer'], ['SS-04', 'no']]);
    await stageThroughEngine(session, kenyaId, again, 'Answers', 'answers');
    await openPlace(page, session, `#/submissions/${kenyaId}`);
    const history = page.getByTestId('import-history');
    await history.getByRole('row', { name: /kenya-more\.xlsx/ }).waitFor();
    // Three imports, two of them unfinished: two rows with controls, two tab stops (not four).
    expect(await tabStopsThrough(page, history)).toBe(2);

    // Newest first: kenya-more.xlsx (unfinished), kenya-laws.xlsx (added: no control), kenya-answers.xlsx (unfinished).
    const resume = (file: string) => `a Resume the import of ${file}, sheet Answers`;
    const discard = (file: string) => `button Discard the unfinished import of ${file}, sheet Answers`;
    await history.getByRole('link', { name: /^Resume the import of kenya-more\.xlsx/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await activeDescription(page)).toBe(discard('kenya-more.xlsx'));
    await page.keyboard.press('ArrowRight');
    expect(await activeDescription(page)).toBe(discard('kenya-more.xlsx'));
    // Down skips the row without controls, to the nearest control of the next row that has one.
    await page.keyboard.press('ArrowDown');
    expect(await activeDescription(page)).toBe(discard('kenya-answers.xlsx'));
    await page.keyboard.press('Home');
    expect(await activeDescription(page)).toBe(resume('kenya-answers.xlsx'));
    await page.keyboard.press('ArrowUp');
    expect(await activeDescription(page)).toBe(resume('kenya-more.xlsx'));
    // Each row remembers where it was left: Tab goes to the last row's Resume, Shift+Tab back to the first row's Discard.
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    expect(await activeDescription(page)).toBe(resume('kenya-answers.xlsx'));
    await page.keyboard.press('Shift+Tab');
    expect(await activeDescription(page)).toBe(discard('kenya-more.xlsx'));

    await openPlace(page, session, '#/submissions');
    const submissions = page.getByTestId('submission-table');
    expect(await tabStopsThrough(page, submissions)).toBe(await submissions.locator('tbody tr').count());
  });

  it('keeps one tab stop per row of the mapping table, and its selects keep their arrows', async () => {
    const { page } = session;
    await openPlace(page, session, `#/import/${kenyaId}`);
    await page.getByLabel('or choose a file').setInputFiles(writeSheet(dir, 'five-columns.xlsx', 'Answers', [
      ['Indicator', 'Answer', 'Score', 'Note', 'Reviewer'],
      ['SS-05', '40', '40', 'estimate', 'A. N.'],
    ]));
    await stepHeading(page, 'Sheet and contents').waitFor();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await stepHeading(page, 'Mapping').waitFor();
    const mapping = page.getByTestId('mapping-table');
    await mapping.locator('tbody tr').nth(4).waitFor();
    expect(await tabStopsThrough(page, mapping)).toBe(5);
    const reviewer = mapping.getByRole('combobox', { name: 'Field for column E “Reviewer”' });
    const before = await reviewer.inputValue();
    await reviewer.focus();
    await page.keyboard.press('ArrowDown');
    // The arrow chose the select's next field; it did not leave the select.
    expect(await reviewer.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await reviewer.inputValue()).not.toBe(before);
  });

  it('shows every place at 1024×700 and 1280×800 with nothing sticking out and no column narrower than its content', async () => {
    const { page } = session;
    const sample = (await session.handlers['submissions.list']({ locale: 'en' })).find((s) => s.sample)!;
    await stageThroughEngine(
      session,
      kenyaId,
      writeSheet(dir, 'kenya-reworded.xlsx', 'Answers', [['Indicator', 'Answer'], ['Domestic workers social security coverage', 'partly']]),
      'Answers',
      'answers',
    );
    const places: [name: string, hash: string][] = [
      ['submissions', '#/submissions'],
      ['sample', `#/submissions/${sample.id}`],
      ['kenya', `#/submissions/${kenyaId}`],
      ['import', '#/import'],
      ['import-file', `#/import/${kenyaId}`],
      ['reconcile-choice', '#/reconcile'],
      ['reconcile', `#/reconcile/${kenyaId}`],
      ['review', '#/review'],
      ['keys', '#/keys'],
      ['settings', '#/settings'],
    ];
    for (const size of LAPTOPS) {
      await page.setViewportSize(size);
      for (const [name, hash] of places) {
        await openPlace(page, session, hash);
        if (name === 'sample') await page.getByTestId('indicator-grid').locator('[row-id="RAT-01"]').first().waitFor();
        if (name === 'reconcile') await page.getByTestId('reconcile-candidate').first().waitFor();
        expect(await layoutProblems(page), `${name} at ${size.width}×${size.height}`).toEqual([]);
        // A submission's page is as long as its hundred indicators: its first screen is what the size changes.
        const shot = path.join(screenshotDir, `layout-${name}-${size.width}.png`);
        if (name === 'sample' || name === 'kenya') await page.screenshot({ path: shot });
        else await screenshotWholePage(page, shot);
      }
      // The grid's Value and Score columns are on screen, not past its edge.
      await openPlace(page, session, `#/submissions/${sample.id}`);
      const score = page.getByTestId('indicator-grid').locator('[row-id="RAT-02"] [col-id="score"]').first();
      await score.waitFor();
      expect(((await score.boundingBox())?.x ?? Infinity) + ((await score.boundingBox())?.width ?? 0)).toBeLessThanOrEqual(size.width);
      // Each candidate's question has room for words, not one letter per line.
      await openPlace(page, session, `#/reconcile/${kenyaId}`);
      const labels = page.locator('.reconcile-candidates .candidate-label');
      await labels.first().waitFor();
      for (const width of await labels.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().width)))
        expect(width).toBeGreaterThan(200);
    }
    expect(session.pageErrors).toEqual([]);
  });

  it('fits each step of the import wizard at 1024×700', async () => {
    const { page } = session;
    await page.setViewportSize(LAPTOPS[0]);
    await openPlace(page, session, `#/import/${kenyaId}`);
    const file = writeSheet(dir, 'kenya-wide.xlsx', 'Answers', [
      ['Indicator', 'Answer', 'Score', 'Confidence', 'Citation', 'Note', 'Law title', 'Article', 'Date'],
      ['SS-01', 'yes', '100', 'high', 'Social Security Act, s. 4', 'Applies to all workers since the 2013 reform', 'Social Security Act', 's. 4', '2013-06-01'],
    ]);
    await page.getByLabel('or choose a file').setInputFiles(file);
    await stepHeading(page, 'Sheet and contents').waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    await screenshotWholePage(page, path.join(screenshotDir, 'layout-wizard-sheet-1024.png'));
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await stepHeading(page, 'Mapping').waitFor();
    await page.getByTestId('mapping-table').locator('tbody tr').nth(8).waitFor();
    // The mapping table fits; the preview of nine columns scrolls inside itself, never the page.
    expect((await layoutProblems(page)).filter((problem) => problem.startsWith('the page'))).toEqual([]);
    await screenshotWholePage(page, path.join(screenshotDir, 'layout-wizard-mapping-1024.png'));
  });
});
