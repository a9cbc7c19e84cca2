/**
 * "Export to XLSX" in the browser: the workbook comes as a download (the browser host is never handed a path to
 * write), with the answers, evidence and ratifications sheets. On the desktop the same button asks the main
 * process's save dialog instead (tests/unit/security/export-save-dialog.test.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, projectRoot, type AppSession } from './browser';
import { tabTo } from './keyboard';

describe('Export to XLSX in the browser', () => {
  let session: AppSession;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrc-e2e-export-'));
    session = await openApp();
  });
  afterAll(async () => {
    await session?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('downloads the Demoland workbook from the submission page, by keyboard, and says so', async () => {
    const { page } = session;
    await tabTo(page, page.getByRole('button', { name: 'Open the sample (Demoland)' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Demoland.*2025/ }).waitFor();
    const { country } = (await session.handlers['submissions.list']({ locale: 'en' }))[0]!;
    await tabTo(page, page.getByRole('button', { name: 'Export to XLSX' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`${country}-2025.xlsx`);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const book = XLSX.read(fs.readFileSync(file));
    expect(book.SheetNames).toEqual(['Answers', 'Evidence', 'Ratifications']);
    const evidence = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets.Evidence!);
    expect(evidence.map((row) => row.Title)).toContain('Demoland Social Security Act');
    await page.getByText(`“${country}-2025.xlsx” is downloaded.`).waitFor();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.locator('.page-header').screenshot({ path: path.join(projectRoot, 'test-results', 'export-xlsx-header.png') });
    expect(session.pageErrors).toEqual([]);
  });
});
