/**
 * Year on year and accepted problems, as the expert meets them in the workbench: last year's Demoland
 * submission answered one indicator otherwise, so this year's row shows "Changed since last year",
 * the panel shows last year's value and score, and the problems list asks for a note; the note written
 * in the panel clears that problem. An answer with no source is accepted with a note from the list, and the
 * acceptance is withdrawn again.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { IndicatorRow } from '../../shared/domain';
import { openApp, projectRoot, type AppSession } from './browser';
import { gridColumnTexts } from './page-helpers';

const screenshotDir = path.join(projectRoot, 'test-results');
const NOTE = 'The change follows the law in force since this year.';
const ACCEPT_NOTE = 'The ministry publishes no source; we asked in writing.';

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab until `target` has the focus, as a person tabbing through the page would. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`);
}

/**
 * Past the grid, as a keyboard user gets there: Find, Enter into the grid, F6 to the evidence panel; Tab then
 * goes on through the panel to the problems list under it (in the grid, Tab moves from cell to cell).
 */
async function pastTheGrid(page: Page): Promise<void> {
  await tabTo(page, page.getByLabel('Find'));
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="indicator-grid"]'))).toBe(true);
  await page.keyboard.press('F6');
  await expect.poll(() => isFocused(page.getByTestId('evidence-panel'))).toBe(true);
}

describe('year on year and accepted problems in the workbench', () => {
  let session: AppSession;
  let thisYear: string;
  let changed: IndicatorRow;
  const problemsNow = () => session.handlers['submissions.problems']({ submissionId: thisYear });

  beforeAll(async () => {
    session = await openApp();
    thisYear = (await session.handlers['samples.open']({ locale: 'en' })).id;
    const rows = await session.handlers['submissions.indicators']({ submissionId: thisYear });
    // An answered option indicator scored by its options: last year it had another option, so another score.
    changed = rows.find((r) => r.value !== null && r.scoringKind === 'by-option' && r.options.length > 1 && r.sourceCount > 0)!;
    expect(changed).toBeDefined();
    const other = changed.options.find((o) => o.value !== changed.value)!;
    const lastYear = await session.handlers['submissions.create']({ country: 'XDM', year: 2024, locale: 'en' });
    await session.handlers['answers.set']({ submissionId: lastYear.id, indicatorId: changed.code, value: other.value });
    // An answer with no source behind it: a problem the expert may accept with a note.
    const unanswered = rows.find((r) => r.value === null && r.options.length > 0)!;
    await session.handlers['answers.set']({ submissionId: thisYear, indicatorId: unanswered.code, value: unanswered.options[0]!.value });
    const after = await session.handlers['submissions.indicators']({ submissionId: lastYear.id });
    expect(after.find((r) => r.code === changed.code)!.score).not.toBe(changed.score);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks the row changed since last year and lists the unjustified change as a problem', async () => {
    const { page } = session;
    await page.evaluate((id) => (window.location.hash = `#/submissions/${id}`), thisYear);
    await page.getByRole('heading', { level: 1, name: /Demoland.*2025/ }).waitFor();
    const problem = page.getByTestId('problems').locator('[data-problem="score-changed"]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain(changed.code);
    expect(await problem.textContent()).toMatch(/The score changed from \d+ \(2024\) to \d+: say why\./);
    expect((await problemsNow()).items.filter((p) => p.code === 'score-changed' && p.accepted === null).map((p) => p.indicator)).toEqual([
      changed.code,
    ]);
  });

  it('jumps from the problem to the score cell, shows last year beside this year, and takes the note that justifies it', async () => {
    const { page } = session;
    const jump = page.getByTestId('problems').locator('[data-problem="score-changed"] .problem-jump');
    await pastTheGrid(page);
    await tabTo(page, jump);
    await page.keyboard.press('Enter');
    const cell = page.getByTestId('indicator-grid').locator(`[row-id="${changed.code}"] [col-id="score"]`).first();
    await expect.poll(() => isFocused(cell)).toBe(true);
    expect((await gridColumnTexts(page, 'status')).get(changed.code)).toBe('Flagged');

    const panel = page.getByTestId('evidence-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 3 }).textContent()).toContain(changed.code);
    const previous = panel.locator('.year-on-year');
    await previous.getByRole('heading', { name: 'In 2024' }).waitFor();
    const lastYearLabel = changed.options.find((o) => o.value !== changed.value)!.label;
    expect(await previous.getByTestId('previous-value').textContent()).toBe(lastYearLabel);

    await page.keyboard.press('F6');
    await expect.poll(() => isFocused(panel)).toBe(true);
    const note = panel.getByLabel('Why the score changed');
    await tabTo(page, note);
    await page.keyboard.type(NOTE);
    await tabTo(page, panel.getByRole('button', { name: 'Save the note' }));
    await page.keyboard.press('Enter');

    await expect.poll(async () => (await problemsNow()).items.some((p) => p.code === 'score-changed'), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => page.getByTestId('problems').locator('[data-problem="score-changed"]').count()).toBe(0);
    await expect.poll(async () => (await gridColumnTexts(page, 'status')).get(changed.code)).toBe('Changed since last year');
    await panel.screenshot({ path: path.join(screenshotDir, 'curation-year-on-year.png') });
  });

  it('accepts a problem with a note from the list, and withdraws the acceptance', async () => {
    const { page } = session;
    const before = (await problemsNow()).items.filter((p) => p.accepted === null);
    expect(before.length).toBeGreaterThan(0);
    const target = before.find((p) => p.code !== 'score-changed')!;
    const problems = page.getByTestId('problems');
    const item = problems.locator(`li[data-problem="${target.code}"]`).filter({ hasText: target.indicator }).first();
    await tabTo(page, item.getByRole('button', { name: 'Accept with a note…' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => isFocused(item.getByLabel('Why it may stand'))).toBe(true);
    await page.keyboard.type(ACCEPT_NOTE);
    await page.keyboard.press('Enter');

    await expect
      .poll(async () => (await problemsNow()).items.find((p) => p.key === target.key)?.accepted?.note, { timeout: 15_000 })
      .toBe(ACCEPT_NOTE);
    const heading = problems.getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toBe(`${before.length - 1} problem${before.length - 1 === 1 ? '' : 's'}`);
    const accepted = problems.locator('details');
    await tabTo(page, accepted.locator('summary'));
    await page.keyboard.press('Enter');
    expect(await accepted.textContent()).toContain(`Accepted: ${ACCEPT_NOTE}`);
    await problems.screenshot({ path: path.join(screenshotDir, 'curation-problem-accepted.png') });

    await tabTo(page, accepted.getByRole('button', { name: 'Withdraw acceptance' }));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await problemsNow()).items.find((p) => p.key === target.key)?.accepted ?? null, { timeout: 15_000 }).toBeNull();
    await expect.poll(() => heading.textContent()).toBe(`${before.length} problem${before.length === 1 ? '' : 's'}`);
    expect(session.pageErrors).toEqual([]);
  });
});
