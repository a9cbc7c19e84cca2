import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, uploadFileName } from '../../../electron/host/upload-name';

const header = (name: string) => encodeURIComponent(name);

describe('the name an upload is saved under', () => {
  it('keeps an ordinary name, in any script, as it is', () => {
    expect(uploadFileName(header('laws 2025.xlsx'))).toBe('laws 2025.xlsx');
    expect(uploadFileName(header('Législation-été.ods'))).toBe('Législation-été.ods');
    expect(uploadFileName(header('قوانين الهجرة.csv'))).toBe('قوانين الهجرة.csv');
    expect(uploadFileName(header('नियम.xlsx'))).toBe('नियम.xlsx');
  });

  it('keeps only the last part of a path, and replaces what a file name should not hold', () => {
    expect(uploadFileName(header('C:\\Users\\expert\\laws.xlsx'))).toBe('laws.xlsx');
    expect(uploadFileName(header('../../etc/passwd'))).toBe('passwd');
    expect(uploadFileName(header('a<b>c:d|e?.csv'))).toBe('a_b_c_d_e_.csv');
    expect(uploadFileName(header('tab\there\u0000.csv'))).toBe('tab_here_.csv');
  });

  it('refuses names that name no file: ".", "..", dots only, empty, undecodable, absent', () => {
    for (const name of ['.', '..', '...', '', 'folder/..', 'a/.']) expect(uploadFileName(header(name)), name).toBeNull();
    expect(uploadFileName('%')).toBeNull();
    expect(uploadFileName('%c0%af')).toBeNull();
    expect(uploadFileName(undefined)).toBeNull();
    expect(uploadFileName(['a', 'b'])).toBeNull();
  });

  it('cuts a long name by its UTF-8 bytes, on a character boundary, keeping the extension', () => {
    const cjk = '移民労働者の権利に関する法律'.repeat(7).slice(0, 90);
    const cut = uploadFileName(header(`${cjk}.xlsx`))!;
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(Buffer.byteLength(cut)).toBeGreaterThan(MAX_NAME_BYTES - 3);
    expect(cut.endsWith('.xlsx')).toBe(true);
    expect(cjk.startsWith(cut.slice(0, -5))).toBe(true);
    // Four bytes each, outside the Basic Multilingual Plane: never cut between the two halves of a surrogate pair.
    const rare = uploadFileName(header(`${'𠀋𡈽'.repeat(40)}.csv`))!;
    expect(Buffer.byteLength(rare)).toBe(196 + '.csv'.length);
    expect(rare).toMatch(/^(𠀋|𡈽)+\.csv$/u);
  });
});
