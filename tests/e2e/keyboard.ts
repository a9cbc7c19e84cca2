import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Moving through the page as a person at the keyboard does. */

export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab until `target` has the focus, as a person tabbing through the page would. */
export async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`);
}

/** In the grid's Find box: the code typed over what it held, Enter to that row's value cell. */
export async function findRow(page: Page, code: string): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.type(code);
  await expect.poll(() => page.getByTestId('indicator-count').textContent()).toBe('1 indicator');
  await page.keyboard.press('Enter');
  const cell = page.getByTestId('indicator-grid').locator(`[row-id="${code}"] [col-id="value"]`).first();
  await expect.poll(() => isFocused(cell)).toBe(true);
}
