import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { IndicatorSchema } from '../../shared/indicator-schema';
import { projectRoot } from './browser';

/** A full-page picture as a user would see it: the viewport grown to the page, so the sticky status bar sits at the bottom. */
export async function screenshotWholePage(page: Page, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.mouse.move(0, 0); // no row left highlighted under the pointer
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize(viewport);
}

/** The heading of an import wizard step. */
export const stepHeading = (page: Page, title: string) =>
  page.getByRole('heading', { level: 2, name: new RegExp(`Step \\d of 5: ${title}`) });

/** A staging count card's number, as text. */
export async function countOf(page: Page, status: string): Promise<string> {
  return ((await page.getByTestId(`count-${status}`).locator('dd').textContent()) ?? '').trim();
}

/**
 * What the submission grid shows in one column, by indicator code, for every row that passes its filters.
 * The grid draws only the rows on screen (row virtualisation), so this scrolls its viewport from top to
 * bottom, reading the rows drawn at each step (AG Grid marks each row with its code as row-id).
 */
export async function gridColumnTexts(page: Page, colId: string): Promise<Map<string, string>> {
  const grid = page.getByTestId('indicator-grid');
  await grid.locator('.ag-grid-viewport').waitFor();
  const entries = await grid.evaluate(async (root, column) => {
    const viewport = root.querySelector<HTMLElement>('.ag-grid-viewport');
    if (!viewport) throw new Error('the grid has no scrolling viewport');
    const drawn = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const seen = new Map<string, string>();
    const read = () => {
      for (const cell of root.querySelectorAll<HTMLElement>(`[row-id] [col-id="${column}"]`)) {
        const code = cell.closest('[row-id]')?.getAttribute('row-id');
        if (code) seen.set(code, (cell.textContent ?? '').trim());
      }
    };
    const start = viewport.scrollTop;
    viewport.scrollTop = 0;
    await drawn();
    for (;;) {
      read();
      if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1) break;
      viewport.scrollTop += Math.max(40, viewport.clientHeight * 0.8);
      await drawn();
    }
    viewport.scrollTop = start;
    return [...seen];
  }, colId);
  return new Map(entries);
}

/** The indicator codes the grid holds once its filters are applied, sorted. */
export async function gridCodes(page: Page): Promise<string[]> {
  return [...(await gridColumnTexts(page, 'code')).keys()].sort();
}

/** The value the submission grid shows for an indicator ('' for a row the grid does not hold). */
export async function gridValue(page: Page, code: string): Promise<string> {
  return (await gridColumnTexts(page, 'value')).get(code) ?? '';
}

let defaultSchema: IndicatorSchema | undefined;

/** How the grid shows a stored answer of the default schema: an option by its label, anything else as it is. */
export function shownAs(code: string, value: string): string {
  defaultSchema ??= IndicatorSchema.parse(
    JSON.parse(fs.readFileSync(path.join(projectRoot, 'resources', 'schema', 'mri-core-1.1.0.json'), 'utf8')),
  );
  const indicator = defaultSchema.indicators.find((i) => i.code === code);
  if (!indicator) throw new Error(`${code} is no indicator of the default schema`);
  return indicator.options.find((o) => o.value === value)?.label ?? value;
}
