/**
 * Editing and removing evidence from the panel, by keyboard: a law citation's article is changed in the
 * same form that adds evidence, a practice source linked to two indicators is removed after a confirmation
 * that says so, and Ctrl+Z brings it back, links and all.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, projectRoot, type AppSession } from './browser';
import { findRow, isFocused, tabTo } from './keyboard';

const screenshotDir = path.join(projectRoot, 'test-results');
const LAW = 'Demoland Social Security Act';
const LABOUR_CODE = 'Demoland Labour Code, art. 12';
const SURVEY = 'Demoland Social Security Survey 2024';

describe('the evidence panel edits and removes evidence, and Undo brings it back', () => {
  let session: AppSession;
  let submissionId: string;
  const evidence = () => session.handlers['evidence.list']({ submissionId });
  const byTitle = async (title: string) => (await evidence()).find((e) => e.title === title);
  const panel = (page: Page) => page.getByTestId('evidence-panel');
  const listed = (page: Page) => panel(page).getByTestId('panel-evidence').locator('.evidence-name').allTextContents();

  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
  });

  let lawIndicators: string[];

  it('opens the Demoland sample, whose Social Security Act is cited for SS-01 (beside its Labour Code) among others, and adds a survey to SS-01 and SS-02', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1024, height: 700 });
    await tabTo(page, page.getByRole('button', { name: 'Open the sample (Demoland)' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Demoland.*2025/ }).waitFor();
    submissionId = (await session.handlers['submissions.list']({ locale: 'en' }))[0]!.id;
    expect(await byTitle(LAW)).toMatchObject({ type: 'law', citation: 's. 4', indicators: expect.arrayContaining(['SS-01', 'SS-02']) });
    lawIndicators = (await byTitle(LAW))!.indicators;
    // Added through the engine, as another door would; the page reads it on reload.
    await session.handlers['evidence.add']({
      submissionId,
      evidence: { type: 'practice', title: SURVEY, citation: '', date: '2024-06-30', url: null, excerpt: 'Most migrant workers are covered.' },
      indicatorIds: ['SS-01', 'SS-02'],
    });
    await page.reload();
    await page.getByTestId('indicator-grid').locator('[row-id="SS-01"]').first().waitFor();
    await tabTo(page, page.getByLabel('Find'));
    await findRow(page, 'SS-01');
    await page.keyboard.press('F6');
    await expect.poll(() => isFocused(panel(page))).toBe(true);
    await expect.poll(() => listed(page)).toEqual([LABOUR_CODE, `${LAW}, s. 4`, SURVEY]);
  });

  it('edits the citation’s article in the add form filled with the row; Escape leaves an edit unchanged', async () => {
    const { page } = session;
    const edit = panel(page).getByRole('button', { name: `Edit ${LAW}, s. 4` });
    await tabTo(page, edit);
    await page.keyboard.press('Enter');
    const form = panel(page).getByRole('form', { name: `Edit ${LAW}` });
    await expect.poll(() => isFocused(form.getByLabel('Law or instrument'))).toBe(true);
    expect(await form.getByLabel('Article').inputValue()).toBe('s. 4');
    await page.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => isFocused(edit)).toBe(true);

    await page.keyboard.press('Enter');
    await tabTo(page, form.getByLabel('Article'));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('s. 4(2)');
    await tabTo(page, form.getByRole('button', { name: 'Save the changes' }));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await byTitle(LAW))?.citation, { timeout: 15_000 }).toBe('s. 4(2)');
    expect(await byTitle(LAW)).toMatchObject({ date: '2018-11-20', url: 'https://example.org/demoland/social-security', indicators: lawIndicators });
    await expect.poll(() => listed(page)).toEqual([LABOUR_CODE, `${LAW}, s. 4(2)`, SURVEY]);
    await expect.poll(() => isFocused(panel(page).getByRole('button', { name: `Edit ${LAW}, s. 4(2)` }))).toBe(true);
  });

  it('removes the survey after a confirmation naming every indicator it backs, and Ctrl+Z brings it back', async () => {
    const { page } = session;
    await tabTo(page, panel(page).getByRole('button', { name: `Remove ${SURVEY}` }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Remove “${SURVEY}”?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'It is removed from the submission, and so from all 2 indicators it is linked to: SS-01, SS-02. Undo (Ctrl+Z) brings it back.',
    );
    // The focus starts on the safe choice.
    await expect.poll(() => isFocused(dialog.getByRole('button', { name: 'Keep it' }))).toBe(true);
    await page.screenshot({ path: path.join(screenshotDir, 'curation-evidence-remove.png') });
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(dialog.getByRole('button', { name: 'Remove it' }))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => byTitle(SURVEY), { timeout: 15_000 }).toBeUndefined();
    await expect.poll(() => listed(page)).toEqual([LABOUR_CODE, `${LAW}, s. 4(2)`]);
    await expect.poll(() => isFocused(panel(page).getByRole('heading', { level: 4 }))).toBe(true);
    expect(await panel(page).getByRole('heading', { level: 4 }).textContent()).toBe('2 sources');

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await byTitle(SURVEY))?.indicators, { timeout: 15_000 }).toEqual(['SS-01', 'SS-02']);
    await page.getByText('Undone: evidence removed').waitFor();
    await expect.poll(() => listed(page)).toEqual([LABOUR_CODE, `${LAW}, s. 4(2)`, SURVEY]);
    expect(await panel(page).getByRole('heading', { level: 4 }).textContent()).toBe('3 sources');

    await panel(page).screenshot({ path: path.join(screenshotDir, 'curation-evidence-panel.png') });
    expect(session.pageErrors).toEqual([]);
  });
});
