import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, projectRoot, type AppSession } from './browser';
import { screenshotWholePage, stepHeading, countOf, gridValue, shownAs } from './page-helpers';

/*
 * The reconciliation queue, driven in Chromium against the real host, engine and SQLite file. The
 * workbook is built here with SheetJS for mri-core 1.1.0: questions reworded so that the engine does
 * not accept them on its own but has the right indicator among its closest five (checked against
 * createMatcher with buildIndicatorTargets), an answer "in force since 1999" to RAT-02 that matches
 * no answer at all, a question the schema does not have, and rows with exact codes.
 *
 *   "Refugees right to work"                       → LAB-02, its 1st candidate (two rows hold it)
 *   "Domestic workers social security coverage"    → SS-02, its 2nd candidate (SS-05 comes first)
 *   "Equal social security for migrant workers"    → SS-01, its 1st candidate
 *   "Has the country adopted something nobody…"    → no candidate: no match
 *   RAT-02 "in force since 1999"                   → no candidate: found by searching "ratified"
 */

const screenshotDir = path.join(projectRoot, 'test-results');

const REWORDED = {
  refugees: 'Refugees right to work',
  domestic: 'Domestic workers social security coverage',
  equal: 'Equal social security for migrant workers',
  unknown: 'Has the country adopted something nobody asked about?',
};
const IN_FORCE = 'in force since 1999';

const FIRST_FILE: [indicator: string, answer: string][] = [
  ['SS-03', 'no'],
  [REWORDED.refugees, 'yes'],
  [REWORDED.domestic, 'partly'],
  [REWORDED.equal, 'yes'],
  ['RAT-02', IN_FORCE],
  [REWORDED.refugees, 'yes'],
  ['FOA-01', 'yes'],
  [REWORDED.unknown, 'yes'],
];

/** The same reference texts, other rows and values: everything was learned from the first file. */
const SECOND_FILE: [string, string][] = [
  [REWORDED.equal, 'partly'],
  ['RAT-02', IN_FORCE],
  [REWORDED.domestic, 'yes'],
  [REWORDED.refugees, 'partly'],
  ['SS-04', 'no'],
];

/** Texts never seen before, whose best candidates score 55% (HLT-01) and 53% (FOA-02). */
const THIRD_FILE: [string, string][] = [
  ['Health care for undocumented migrants', 'none'],
  ['Union membership for migrant workers', 'yes'],
];

function writeAnswers(dir: string, file: string, rows: [string, string][]): string {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Indicator', 'Answer'], ...rows]), 'Answers');
  const target = path.join(dir, file);
  fs.writeFileSync(target, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return target;
}

/** From the submission page: the wizard, the file, its one sheet, the suggested mapping, staged. */
async function importUpToReview(page: Page, session: AppSession, submissionId: string, file: string): Promise<void> {
  await page.goto(`${session.baseUrl}#/submissions/${encodeURIComponent(submissionId)}`);
  await page.getByRole('heading', { level: 1, name: 'Kenya, 2026' }).waitFor();
  await page.getByRole('link', { name: 'Import into this submission' }).click();
  await stepHeading(page, 'File').waitFor();
  await page.getByLabel('or choose a file').setInputFiles(file);
  await stepHeading(page, 'Sheet and contents').waitFor();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await stepHeading(page, 'Mapping').waitFor();
  const stage = page.getByRole('button', { name: 'Next: check the rows' });
  await expect.poll(() => stage.isEnabled()).toBe(true);
  await stage.click();
  await stepHeading(page, 'Check rows').waitFor();
}

const itemPanel = (page: Page) => page.getByTestId('reconcile-item');

async function currentText(page: Page): Promise<string> {
  return ((await page.locator('#reconcile-item-text').textContent()) ?? '').trim();
}

async function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

/** What the live region said after the last decision. */
async function announcement(page: Page): Promise<string> {
  return ((await page.getByTestId('reconcile-announcement').textContent()) ?? '').trim();
}

describe('reconciling the references of an import in the queue', () => {
  let session: AppSession;
  let submissionId: string;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-e2e-reconcile-'));
    session = await openApp();
    submissionId = (await session.handlers['submissions.create']({ locale: 'en', country: 'KEN', year: 2026 })).id;
  });
  afterAll(async () => {
    await session?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stages a workbook with reworded questions and says how many references wait for reconciliation', async () => {
    const { page } = session;
    await importUpToReview(page, session, submissionId, writeAnswers(dir, 'kenya-reworded.xlsx', FIRST_FILE));
    expect(await countOf(page, 'ready')).toBe('2');
    expect(await countOf(page, 'needs-reconciliation')).toBe('6');
    const waiting = page.getByTestId('reconcile-waiting');
    expect(await waiting.textContent()).toContain('6 rows wait for a decision');
    // Five distinct texts hold back the six rows: "Refugees right to work" is on two of them.
    expect(await waiting.getByRole('link').textContent()).toBe('Match 5 texts to the schema');
    expect(await waiting.getByTestId('reconcile-link').textContent()).toBe('Match 5 texts to the schema');
    await screenshotWholePage(page, path.join(screenshotDir, 'reconcile-staging.png'));
  });

  it('lists each distinct text once, most rows first, and shows the one in focus with its rows and numbered candidates', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Match 5 texts to the schema' }).click();
    await page.getByRole('heading', { level: 1, name: 'Match to the schema — Kenya, 2026' }).waitFor();
    await itemPanel(page).waitFor();
    // The panel takes the focus, so the keys work at once.
    await expect.poll(() => focusedTestId(page)).toBe('reconcile-item');

    const list = page.getByTestId('reconcile-list');
    expect(await list.locator('.reconcile-list-text').allTextContents()).toEqual([
      REWORDED.refugees,
      REWORDED.domestic,
      REWORDED.equal,
      REWORDED.unknown,
      IN_FORCE,
    ]);
    expect(await page.getByText('Waiting for a decision: 5 texts, holding back 6 rows.').count()).toBe(1);

    expect(await currentText(page)).toBe(`“${REWORDED.refugees}”`);
    expect(await itemPanel(page).locator('.reconcile-kind-tag').textContent()).toBe('Indicator');
    expect(await page.getByTestId('reconcile-rows').textContent()).toBe('Holds back 2 rows: Answers rows 3, 7');
    const candidates = page.getByTestId('reconcile-candidate');
    expect(await candidates.count()).toBe(2);
    expect(await candidates.nth(0).textContent()).toMatch(/^1LAB-02Do recognised refugees have the same right .*45%similar wording$/);
    expect(await candidates.nth(1).textContent()).toMatch(/^2LAB-04/);
    expect(await itemPanel(page).getByText('Keys, while this panel has focus:').isVisible()).toBe(true);
    await screenshotWholePage(page, path.join(screenshotDir, 'reconcile-queue.png'));
  });

  it('decides with the keyboard: a number takes that candidate, S skips, N says nothing matches', async () => {
    const { page } = session;
    await page.keyboard.press('1');
    await expect.poll(() => announcement(page)).toBe(`Resolved 2 rows: “${REWORDED.refugees}” is LAB-02.`);
    // The next text takes the focus; the list loses the decided one.
    await expect.poll(() => currentText(page)).toBe(`“${REWORDED.domestic}”`);
    expect(await page.getByTestId('reconcile-list').locator('li').count()).toBe(4);
    expect(await focusedTestId(page)).toBe('reconcile-item');

    // Skip the domestic workers' question for now: the next one comes, the skipped one stays in the list.
    await page.keyboard.press('s');
    await expect.poll(() => currentText(page)).toBe(`“${REWORDED.equal}”`);
    await page.keyboard.press('1');
    await expect.poll(() => announcement(page)).toBe(`Resolved 1 row: “${REWORDED.equal}” is SS-01.`);

    await expect.poll(() => currentText(page)).toBe(`“${REWORDED.unknown}”`);
    expect(await itemPanel(page).textContent()).toContain('Nothing close was found.');
    await page.keyboard.press('n');
    await expect.poll(() => announcement(page)).toBe(
      `1 row marked as not matching: “${REWORDED.unknown}” matches nothing, and the row is now an error that says so.`,
    );
    await expect.poll(() => currentText(page)).toBe(`“${IN_FORCE}”`);
    expect(await itemPanel(page).locator('.reconcile-kind-tag').textContent()).toBe('Answer to RAT-02');
    expect(await itemPanel(page).textContent()).toContain('Has the country ratified the Migration for Employment Convention');
  });

  it('takes any target found through the search box, then comes back to the skipped text', async () => {
    const { page } = session;
    // "/" goes to the search box; what is typed there is not taken for the queue's keys ("s", "n", digits).
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Or find any accepted answer' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('ratified');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await results.getByRole('option').first().waitFor();
    expect(await results.getByRole('option').first().textContent()).toMatch(/^ratifiedRatified \(registered with the ILO/);
    expect(await results.getByRole('option').first().getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('reconcile-list').locator('li').count()).toBe(2);
    await screenshotWholePage(page, path.join(screenshotDir, 'reconcile-search.png'));

    await page.keyboard.press('Enter');
    await expect.poll(() => announcement(page)).toBe(`Resolved 1 row: “${IN_FORCE}” is ratified.`);
    await expect.poll(() => currentText(page)).toBe(`“${REWORDED.domestic}”`);
    await expect.poll(() => focusedTestId(page)).toBe('reconcile-item');
    expect(await page.getByTestId('reconcile-candidate').nth(1).textContent()).toMatch(/^2SS-02/);
    await page.keyboard.press('2');
    await expect.poll(() => announcement(page)).toBe(`Resolved 1 row: “${REWORDED.domestic}” is SS-02.`);
  });

  it('says when no text waits for a decision and leads back to the import, whose ready rows then commit', async () => {
    const { page } = session;
    const empty = page.getByTestId('reconcile-empty');
    await empty.waitFor();
    expect(await empty.getByRole('heading', { level: 2 }).textContent()).toBe('No text waits for a decision.');
    await screenshotWholePage(page, path.join(screenshotDir, 'reconcile-empty.png'));

    await empty.getByRole('link', { name: 'Back to the import of “kenya-reworded.xlsx” (sheet “Answers”)' }).click();
    await stepHeading(page, 'Check rows').waitFor();
    await expect.poll(() => countOf(page, 'ready')).toBe('7');
    expect(await countOf(page, 'needs-reconciliation')).toBe('0');
    expect(await countOf(page, 'error')).toBe('1');
    const errorRow = page.getByTestId('staged-rows').locator('tr[data-row="9"]');
    expect(await errorRow.textContent()).toContain(`"${REWORDED.unknown}" matches no indicator of the schema (you chose "No match" for it)`);

    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await stepHeading(page, 'Add to submission').waitFor();
    await page.getByRole('button', { name: 'Add 7 rows to the submission' }).click();
    await page.getByText('7 rows of “kenya-reworded.xlsx” added to the submission.').waitFor();
    await page.getByRole('button', { name: 'Open submission' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenya, 2026' }).waitFor();
    const expected = { 'LAB-02': 'yes', 'SS-02': 'partly', 'SS-01': 'yes', 'RAT-02': 'ratified', 'SS-03': 'no', 'FOA-01': 'yes' };
    for (const [code, value] of Object.entries(expected)) await expect.poll(() => gridValue(page, code), { timeout: 15_000 }).toBe(shownAs(code, value));
    expect(await page.getByTestId('reconcile-link').count()).toBe(0);
  });

  it('matches the same texts in a later file at once: no row waits for reconciliation', async () => {
    const { page } = session;
    await importUpToReview(page, session, submissionId, writeAnswers(dir, 'kenya-again.xlsx', SECOND_FILE));
    expect(await countOf(page, 'needs-reconciliation')).toBe('0');
    expect(await countOf(page, 'ready')).toBe('5');
    expect(await page.getByTestId('reconcile-none').textContent()).toBe('No row waits for a text to be matched.');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Add 5 rows to the submission' }).click();
    await page.getByTestId('committed').waitFor();
  });

  it('previews "accept all above" before it applies it', async () => {
    const { page } = session;
    await importUpToReview(page, session, submissionId, writeAnswers(dir, 'kenya-new-texts.xlsx', THIRD_FILE));
    expect(await countOf(page, 'needs-reconciliation')).toBe('2');
    // The way in from the submission page this time.
    await page.goto(`${session.baseUrl}#/submissions/${encodeURIComponent(submissionId)}`);
    const link = page.getByRole('link', { name: 'Match 2 texts to the schema' });
    await link.waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'reconcile-submission-link.png') });
    await link.click();
    await itemPanel(page).waitFor();

    const tool = page.getByTestId('accept-above');
    const percent = tool.getByRole('spinbutton', { name: 'Lowest score to accept (%)' });
    await percent.fill('55');
    await tool.getByText('This accepts 1 text covering 1 row.').waitFor();
    await percent.fill('50');
    await tool.getByText('This accepts 2 texts covering 2 rows.').waitFor();
    await percent.fill('55');
    await tool.getByText('This accepts 1 text covering 1 row.').waitFor();
    // Nothing changed yet: both texts still wait.
    expect(await page.getByTestId('reconcile-list').locator('li').count()).toBe(2);
    await screenshotWholePage(page, path.join(screenshotDir, 'reconcile-accept-above.png'));

    await tool.getByRole('button', { name: 'Accept 1 text' }).click();
    await expect.poll(() => announcement(page)).toBe('Accepted the best match of 1 text at 55% or more, covering 1 row.');
    await expect.poll(() => page.getByTestId('reconcile-list').locator('li').count()).toBe(1);
    expect(await currentText(page)).toBe('“Union membership for migrant workers”');
  });

  it('exports the learned aliases as a file, and imports such a file or says why it refuses one', async () => {
    const { page } = session;
    const tools = page.getByTestId('alias-tools');
    const [download] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Export learned matches' }).click()]);
    expect(download.suggestedFilename()).toBe('mrc-aliases.json');
    const saved = path.join(dir, 'exported-aliases.json');
    await download.saveAs(saved);
    const exported = JSON.parse(fs.readFileSync(saved, 'utf8')) as { aliases: { kind: string; text: string; targetId: string }[] };
    expect(exported.aliases).toEqual(
      expect.arrayContaining([
        { kind: 'indicator', text: REWORDED.refugees, targetId: 'LAB-02' },
        { kind: 'answer', text: IN_FORCE, targetId: 'ratified' },
        { kind: 'indicator', text: 'Health care for undocumented migrants', targetId: 'HLT-01' },
      ]),
    );
    await tools.getByText(`Exported ${exported.aliases.length} learned matches to “mrc-aliases.json”.`).waitFor();

    const team = path.join(dir, 'team-aliases.json');
    fs.writeFileSync(team, JSON.stringify({ ...exported, aliases: [...exported.aliases, { kind: 'indicator', text: 'Unions for migrants', targetId: 'FOA-01' }] }));
    await tools.getByLabel('Import learned matches').setInputFiles(team);
    await tools.getByText(new RegExp(`^Imported “team-aliases\\.json”: 1 added, ${exported.aliases.length} replaced; \\d+ waiting rows now matched\\.$`)).waitFor();

    expect(session.pageErrors).toEqual([]);

    const notes = path.join(dir, 'notes.json');
    fs.writeFileSync(notes, '{"format":"other"}');
    await tools.getByLabel('Import learned matches').setInputFiles(notes);
    expect(await tools.getByRole('alert').textContent()).toMatch(/notes\.json is not an aliases file/);
    // The refusal comes as an HTTP 400, which Chromium logs; nothing else went wrong.
    expect(session.pageErrors.every((e) => /status of 400/.test(e))).toBe(true);
  });
});
