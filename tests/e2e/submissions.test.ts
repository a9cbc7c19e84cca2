import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { IndicatorSchema, type Indicator } from '../../shared/indicator-schema';
import { openApp, projectRoot, type AppSession } from './browser';
import { gridCodes, gridColumnTexts, screenshotWholePage } from './page-helpers';

const schemaFile = path.join(projectRoot, 'resources', 'schema', 'mri-core-1.1.0.json');
const sampleWorkbook = path.join(projectRoot, 'resources', 'samples', 'demoland-2025.xlsx');
const screenshotDir = path.join(projectRoot, 'test-results');

function loadDefaultSchema(): IndicatorSchema {
  return IndicatorSchema.parse(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
}

function codesWhere(schema: IndicatorSchema, keep: (indicator: Indicator) => boolean): string[] {
  return schema.indicators.filter(keep).map((i) => i.code).sort();
}

async function expectGridToShow(page: Page, codes: string[]): Promise<void> {
  await expect.poll(() => gridCodes(page), { timeout: 15_000 }).toEqual(codes);
  await expect.poll(() => page.getByTestId('indicator-count').textContent()).toBe(`${codes.length} indicators`);
}

describe('a new submission', () => {
  let session: AppSession;
  let schema: IndicatorSchema;

  beforeAll(async () => {
    schema = loadDefaultSchema();
    session = await openApp();
  });
  afterAll(async () => session?.close());

  it('is created for Kenya picked by typing part of its name, and shows every indicator of the default schema', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'New submission' }).click();
    const dialog = page.getByRole('dialog', { name: 'New submission' });
    await dialog.waitFor();

    // Escape closes the dialog; the button opens it again.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'New submission' }).click();
    await dialog.waitFor();

    // Enter submits; without a country the form says so in words, next to the field.
    const year = dialog.getByLabel('Reference year');
    expect(await year.inputValue()).toBe(String(new Date().getFullYear() - 1));
    await year.fill('2026');
    await year.press('Enter');
    await dialog.getByText('Choose a country from the list').waitFor();

    const country = dialog.getByRole('combobox', { name: 'Country' });
    await country.pressSequentially('Ken');
    const kenya = dialog.getByRole('option', { name: 'Kenya', exact: true });
    await kenya.waitFor();
    // The first Escape closes the country list, not the dialog; ArrowDown opens the list again.
    await country.press('Escape');
    await kenya.waitFor({ state: 'hidden' });
    expect(await dialog.isVisible()).toBe(true);
    await country.press('ArrowDown');
    await kenya.click();
    expect(await country.inputValue()).toBe('Kenya');
    await year.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Kenya, 2026' }).waitFor();
    const all = codesWhere(schema, () => true);
    expect(all.length).toBeGreaterThan(0);
    await expectGridToShow(page, all);

    // The engine received the ISO alpha-3 code, not the name.
    const [created] = await session.handlers['submissions.list']({ locale: 'en' });
    expect(created).toMatchObject({ country: 'KEN', year: 2026, schemaId: 'mri-core', schemaVersion: '1.1.0', status: 'draft' });

    const status = page.getByTestId('status-bar');
    expect(await status.textContent()).toContain(session.workspace.file);
    expect(await status.textContent()).toContain('Default schema: mri-core 1.1.0');

    await screenshotWholePage(page, path.join(screenshotDir, 'submission-grid.png'));
  });

  it('narrows the grid to one domain, then to one dimension', async () => {
    const { page } = session;
    const domain = schema.domains.find((d) => schema.indicators.some((i) => i.domain === d.id && i.dimension === 'practice'));
    if (!domain) throw new Error('the default schema has no domain with practice indicators');
    const domainSelect = page.getByRole('combobox', { name: 'Domain' });
    const dimensionSelect = page.getByRole('combobox', { name: 'Dimension' });

    await domainSelect.selectOption({ label: domain.title });
    await expectGridToShow(page, codesWhere(schema, (i) => i.domain === domain.id));

    await dimensionSelect.selectOption({ label: 'Practice' });
    await expectGridToShow(page, codesWhere(schema, (i) => i.domain === domain.id && i.dimension === 'practice'));

    await domainSelect.selectOption({ label: 'All domains' });
    await expectGridToShow(page, codesWhere(schema, (i) => i.dimension === 'practice'));

    await dimensionSelect.selectOption({ label: 'Law' });
    await expectGridToShow(page, codesWhere(schema, (i) => i.dimension === 'law'));
  });

  it('is listed on the Submissions page', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'All submissions' }).click();
    const row = page.getByTestId('submission-table').getByRole('row', { name: /Kenya/ });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['2026', 'mri-core@1.1.0', 'Draft', `0 of ${schema.indicators.length}`]);
    expect(cells[4]).toBe('0% answered0% with a source');
    expect(session.pageErrors).toEqual([]);
  });
});

describe('a fresh workspace', () => {
  let session: AppSession;
  let schema: IndicatorSchema;

  beforeAll(async () => {
    if (!fs.existsSync(sampleWorkbook))
      throw new Error(`${sampleWorkbook} is missing: run \`npm run samples\` to generate it.`);
    schema = loadDefaultSchema();
    session = await openApp();
  });
  afterAll(async () => session?.close());

  it('offers the Demoland sample in its empty state, and opens it with its answers', async () => {
    const { page } = session;
    await page.getByText('There are no submissions in this workspace yet').waitFor();
    await page.getByRole('button', { name: 'Open the sample (Demoland)' }).click();

    await page.getByRole('heading', { level: 1, name: /Demoland.*2025/ }).waitFor();
    await page.getByRole('main').getByText('Sample data', { exact: true }).waitFor();
    await expectGridToShow(page, codesWhere(schema, () => true));

    const answered = Number(/Answered:?\s*(\d+) of/.exec((await page.getByRole('main').textContent()) ?? '')?.[1]);
    expect(answered).toBeGreaterThan(0);
    const values = [...(await gridColumnTexts(page, 'value')).values()];
    expect(values).toHaveLength(schema.indicators.length);
    expect(values.filter((v) => v !== '')).toHaveLength(answered);

    // Each instrument in its own words: the Compact is endorsed or not, R202 acted on, never "ratified".
    const ratifications = page.getByTestId('ratification-table');
    const statusOf = async (instrument: string) => (await ratifications.getByRole('row', { name: instrument }).locator('td').first().textContent())?.trim();
    expect(['Endorsed', 'Abstained', 'Voted against']).toContain(await statusOf('GCM'));
    expect(['Given effect', 'Submitted to the competent authority', 'Not submitted']).toContain(await statusOf('R202'));
    expect(['Ratified', 'Not ratified', 'Denounced']).toContain(await statusOf('C097'));
    await screenshotWholePage(page, path.join(screenshotDir, 'sample-ratifications.png'));

    await page.getByRole('link', { name: 'All submissions' }).click();
    const row = page.getByTestId('submission-table').getByRole('row', { name: /Demoland/ });
    await row.getByText('Sample data', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Open the sample (Demoland)' }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('the Import, Review and Keys pages', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(async () => session?.close());

  /** From a freshly loaded page, Tab through the navigation until `name` has focus, then follow it with Enter. */
  async function goByKeyboard(page: Page, name: string): Promise<void> {
    await page.goto(session.baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Submissions' }).waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let presses = 0; presses < 10 && (await focused()) !== name; presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(name);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();
  }

  it.each([
    ['Import', /bring your spreadsheets.*which field each column holds/],
    ['Review', /compare a submission with another one.*comment on each indicator/],
    ['Keys', /create your signing key.*which of them you trust/],
  ])('reaches %s by keyboard alone, and it says what will come there', async (place, promise) => {
    const { page } = session;
    await goByKeyboard(page, place);
    const main = page.getByRole('main');
    expect(await main.textContent()).toMatch(promise);
    expect(await main.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('link', { name: place }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('link', { name: 'Submissions' }).getAttribute('aria-current')).toBeNull();
  });

  it('reaches Settings by keyboard, which shows the workspace file, its format and the language', async () => {
    const { page } = session;
    await goByKeyboard(page, 'Settings');
    const text = await page.getByRole('main').textContent();
    expect(text).toContain(session.workspace.file);
    expect(text).toMatch(/Workspace format\s*version \d+/);
    expect(text).toContain('English');
    expect(session.pageErrors).toEqual([]);
  });
});
