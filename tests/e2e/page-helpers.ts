import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

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

/** The value the submission grid shows for an indicator (AG Grid marks each row with its code as row-id). */
export async function gridValue(page: Page, code: string): Promise<string> {
  const cell = page.getByTestId('indicator-grid').locator(`[row-id="${code}"] [col-id="value"]`).first();
  return ((await cell.textContent()) ?? '').trim();
}
