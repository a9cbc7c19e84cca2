/**
 * The curation workbench, driven by the keyboard alone: the Demoland sample is filled to 100%
 * completeness with an empty problems list, through the grid (answers and scores), the evidence
 * panel (a new law citation, a new practice source, an imported law linked to two indicators, and
 * links for every other indicator), undo and redo of an edit and of a reconciliation decision.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { IndicatorRow } from '../../shared/domain';
import { openApp, projectRoot, type AppSession } from './browser';
import { findRow, isFocused, tabTo } from './keyboard';
import { gridValue, shownAs } from './page-helpers';

const screenshotDir = path.join(projectRoot, 'test-results');
const NEW_LAW = { title: 'Demoland Migrant Workers Act', article: 'art. 9', url: 'https://laws.demoland.example/mwa#art9' };
const NEW_PRACTICE = { title: 'Demoland Labour Force Survey 2024', description: 'Migrants report equal access in practice.' };
const IMPORTED_LAW = 'Demoland Labour Code';
const EXPERT_TEXT = 'Only the police and the judiciary remain closed to non-nationals.';

/** After F6 back from the panel: a cell of the grid has the focus. */
async function backInGrid(page: Page): Promise<void> {
  const where = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      if (active?.closest('[data-testid="indicator-grid"]')) return 'grid';
      return `${active?.tagName ?? 'nothing'} ${active?.className ?? ''} ${active?.textContent?.slice(0, 40) ?? ''}`;
    });
  await expect.poll(where).toBe('grid');
}

/** The open list of a select cell editor. */
const optionList = (page: Page) => page.locator('.ag-select-list[role=listbox], .ag-popup [role=listbox]').first();

/** From a focused grid cell: Ctrl+F to the Find box, the code typed in it, Enter to that row's value cell. */
async function goToCell(page: Page, code: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await expect.poll(() => isFocused(page.getByLabel('Find'))).toBe(true);
  await findRow(page, code);
}

describe('the curation workbench, by keyboard alone', () => {
  let session: AppSession;
  let submissionId: string;
  let dir: string;
  const rowsNow = () => session.handlers['submissions.indicators']({ submissionId });
  const rowOf = async (code: string) => (await rowsNow()).find((r) => r.code === code)!;
  const linksOf = async (code: string) => (await session.handlers['evidence.ofIndicator']({ submissionId, indicatorId: code })).map((e) => e.title);

  /** Answers the focused row's value cell for its answer type; for an expert rule, picks 75 in the score cell. */
  async function answer(page: Page, row: IndicatorRow): Promise<void> {
    if (row.options.length > 0) {
      await page.keyboard.press('Enter'); // opens the list of options, the first one highlighted
      await optionList(page).waitFor();
      await page.keyboard.press('Enter'); // takes it
    } else if (row.answerType === 'number') {
      await page.keyboard.type(String((row.min ?? 0) + 2));
      await page.locator('.ag-cell-inline-editing').waitFor();
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.type(EXPERT_TEXT);
      await page.keyboard.press('Enter');
    }
    await expect.poll(async () => (await rowOf(row.code)).value, { timeout: 15_000 }).not.toBeNull();
    if (row.scoringKind === 'expert') {
      await goToCell(page, row.code);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await optionList(page).waitFor();
      for (let step = 0; step < row.expertScores.indexOf(75); step++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await rowOf(row.code)).score, { timeout: 15_000 }).toBe(75);
    }
  }

  /** F6 to the panel, the evidence picked from "Link evidence already in the submission" by typing its name, Link. */
  async function linkFromPanel(page: Page, code: string, optionText: string): Promise<void> {
    await page.keyboard.press('F6');
    const panel = page.getByTestId('evidence-panel');
    await expect.poll(() => isFocused(panel)).toBe(true);
    expect(await panel.getByRole('heading', { level: 3 }).textContent()).toContain(code);
    const select = panel.getByRole('combobox', { name: 'Link evidence already in the submission' });
    await tabTo(page, select);
    await page.keyboard.type(optionText);
    await page.keyboard.press('Tab');
    expect(await isFocused(panel.getByRole('button', { name: 'Link', exact: true }))).toBe(true);
    await page.keyboard.press('Enter');
    const title = optionText.replace(/^(Law|Practice): /, '').split(',')[0]!;
    await expect.poll(() => linksOf(code), { timeout: 15_000 }).toContain(title);
    // The panel lists it, and the focus is back on the list it was picked from.
    await panel.getByTestId('panel-evidence').getByText(title).first().waitFor();
    await expect.poll(() => isFocused(select)).toBe(true);
    await page.keyboard.press('F6');
    await backInGrid(page);
  }

  /** From the panel's open add form: fills it by typing and tabbing, and submits it with Enter. */
  async function addFromPanel(page: Page, code: string, kind: 'law' | 'practice'): Promise<void> {
    await page.keyboard.press('F6');
    const panel = page.getByTestId('evidence-panel');
    await expect.poll(() => isFocused(panel)).toBe(true);
    const summary = panel.locator('summary', { hasText: 'Add a law citation or a source of practice' });
    await tabTo(page, summary);
    if (!(await panel.locator('details.panel-add').evaluate((d) => (d as HTMLDetailsElement).open))) await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // into the kind's radio group, on the checked kind
    if (kind === 'practice') await page.keyboard.press('ArrowRight');
    const typeInto = async (label: string | RegExp, text: string) => {
      await tabTo(page, panel.getByLabel(label));
      await page.keyboard.type(text);
    };
    if (kind === 'law') {
      await typeInto('Law or instrument', NEW_LAW.title);
      await typeInto('Article', NEW_LAW.article);
      await typeInto('Date', '05052019'); // the fifth of May 2019, whichever order the date field takes
      await typeInto('Address (URL)', NEW_LAW.url);
      await typeInto('Excerpt', 'Migrant workers enjoy the same protection as nationals.');
    } else {
      await typeInto('Report, court case or statistic', NEW_PRACTICE.title);
      await typeInto('What it shows', NEW_PRACTICE.description);
    }
    await tabTo(page, panel.getByRole('button', { name: kind === 'law' ? 'Add the law citation' : 'Add the source of practice' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => linksOf(code), { timeout: 15_000 }).toContain(kind === 'law' ? NEW_LAW.title : NEW_PRACTICE.title);
    await panel.getByTestId('panel-evidence').getByText(kind === 'law' ? NEW_LAW.title : NEW_PRACTICE.title).first().waitFor();
    await page.keyboard.press('F6');
    await backInGrid(page);
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-e2e-curation-'));
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens the Demoland sample from the keyboard', async () => {
    const { page } = session;
    await tabTo(page, page.getByRole('button', { name: 'Open the sample (Demoland)' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Demoland.*2025/ }).waitFor();
    submissionId = (await session.handlers['submissions.list']({ locale: 'en' }))[0]!.id;
    await page.getByTestId('indicator-grid').locator('[row-id="RAT-01"]').first().waitFor();
    expect(await page.getByTestId('completeness-overall').textContent()).toBe('Answered: 68 of 95; with a source: 68');
  });

  it('answers, undoes and redoes an edit in the grid with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const { page } = session;
    await tabTo(page, page.getByLabel('Find'));
    await findRow(page, 'SS-03');
    const row = await rowOf('SS-03');
    await answer(page, row);
    expect((await rowOf('SS-03')).value).toBe(row.options[0]!.value);
    await expect.poll(() => gridValue(page, 'SS-03')).toBe(shownAs('SS-03', row.options[0]!.value));

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await rowOf('SS-03')).value, { timeout: 15_000 }).toBeNull();
    await expect.poll(() => gridValue(page, 'SS-03')).toBe('');
    await page.getByText('Undone: answer').waitFor();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await rowOf('SS-03')).value, { timeout: 15_000 }).toBe(row.options[0]!.value);
    await expect.poll(() => gridValue(page, 'SS-03')).toBe(shownAs('SS-03', row.options[0]!.value));
  });

  it('adds a law citation and a practice source from the panel, and links an imported law to two indicators', async () => {
    const { page } = session;
    const missing = (await rowsNow()).filter((r) => r.value === null);
    const law = missing.filter((r) => r.dimension === 'law');
    const practice = missing.filter((r) => r.dimension === 'practice');
    expect(law.length).toBeGreaterThan(3);
    expect(practice.length).toBeGreaterThan(0);

    // SS-03 was answered above: it takes the new law citation.
    await addFromPanel(page, 'SS-03', 'law');
    await goToCell(page, practice[0]!.code);
    await answer(page, practice[0]!);
    await addFromPanel(page, practice[0]!.code, 'practice');

    for (const row of law.slice(0, 2)) {
      await goToCell(page, row.code);
      await answer(page, row);
      await linkFromPanel(page, row.code, `Law: ${IMPORTED_LAW}`);
    }
    const imported = (await session.handlers['evidence.list']({ submissionId })).find((e) => e.title === IMPORTED_LAW)!;
    expect(imported.indicators).toEqual(expect.arrayContaining(law.slice(0, 2).map((r) => r.code)));
    const added = (await session.handlers['evidence.list']({ submissionId })).find((e) => e.title === NEW_LAW.title)!;
    expect(added).toMatchObject({ type: 'law', citation: NEW_LAW.article, date: '2019-05-05', url: NEW_LAW.url, indicators: ['SS-03'] });

    await page.getByTestId('evidence-panel').screenshot({ path: path.join(screenshotDir, 'curation-panel.png') });
  });

  it('answers and scores every other indicator, each backed by a source linked from the panel', async () => {
    const { page } = session;
    for (const row of (await rowsNow()).filter((r) => r.value === null)) {
      await goToCell(page, row.code);
      await answer(page, row);
      await linkFromPanel(page, row.code, row.dimension === 'law' ? `Law: ${NEW_LAW.title}` : `Practice: ${NEW_PRACTICE.title}`);
    }
    const rows = await rowsNow();
    expect(rows.filter((r) => r.value === null)).toEqual([]);
    expect(rows.filter((r) => r.scoringKind !== 'unscored' && r.score === null)).toEqual([]);
    expect(rows.filter((r) => r.sourceCount === 0 && !r.code.startsWith('RAT-'))).toEqual([]);
  });

  it('undoes and redoes a reconciliation decision on the reconcile page', async () => {
    const { page } = session;
    // A sheet whose question is reworded waits for a decision (staged through the engine, as the import page would).
    const file = path.join(dir, 'demoland-extra.csv');
    fs.writeFileSync(file, 'Indicator;Answer\nRefugees right to work;yes\n');
    const opened = await session.handlers['imports.open']({ submissionId, path: file });
    const sheet = opened.sheets[0]!.name;
    const preview = await session.handlers['imports.preview']({ session: opened.session, sheet, kind: 'answers' });
    await session.handlers['imports.stage']({ session: opened.session, sheet, kind: 'answers', mapping: preview.mapping });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Demoland.*2025/ }).waitFor();

    const reconcileLink = page.getByTestId('reconcile-link').getByRole('link');
    await reconcileLink.waitFor();
    await tabTo(page, reconcileLink);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Match to the schema/ }).waitFor();
    await expect.poll(() => isFocused(page.getByTestId('reconcile-item'))).toBe(true);
    await page.keyboard.press('1');
    await page.getByTestId('reconcile-empty').waitFor();
    expect(await session.handlers['reconcile.queue']({ submissionId })).toEqual([]);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await session.handlers['reconcile.queue']({ submissionId })).length, { timeout: 15_000 }).toBe(1);
    await page.getByTestId('reconcile-item').waitFor();
    await page.getByText('Undone: reconciliation decision').waitFor();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await session.handlers['reconcile.queue']({ submissionId })).length, { timeout: 15_000 }).toBe(0);
    await page.getByTestId('reconcile-empty').waitFor();

    await tabTo(page, page.getByRole('link', { name: /Demoland.*2025/ }).first());
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Demoland.*2025/ }).waitFor();
  });

  it('reaches 100% completeness and an empty problems list, and shows them', async () => {
    const { page } = session;
    await expect.poll(() => page.getByTestId('completeness-overall').textContent(), { timeout: 15_000 }).toBe(
      'Answered: 95 of 95; with a source: 95',
    );
    const problems = page.getByTestId('problems');
    await expect.poll(() => problems.getByRole('heading', { level: 2 }).textContent()).toBe('0 problems');
    expect(await problems.textContent()).toContain('No problem left');
    expect((await session.handlers['submissions.problems']({ submissionId })).unacceptedProblemCount).toBe(0);

    for (const size of [{ width: 1024, height: 700 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(size);
      await page.getByTestId('indicator-grid').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(screenshotDir, `curation-grid-${size.width}.png`) });
    }
    await problems.screenshot({ path: path.join(screenshotDir, 'curation-problems.png') });
    expect(session.pageErrors).toEqual([]);
  });
});
