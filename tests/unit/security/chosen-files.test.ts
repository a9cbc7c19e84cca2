import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../../shared/api';
import { ChosenFiles, FILE_PATH_INPUTS, unchosenFileRefusal } from '../../../electron/security/chosen-files';

describe('a page opens only files its user chose', () => {
  it('remembers the files each window chose, and forgets them with the window', () => {
    const chosen = new ChosenFiles<number>();
    chosen.record(1, '/home/expert/laws.xlsx');
    expect(chosen.allows(1, '/home/expert/laws.xlsx')).toBe(true);
    expect(chosen.allows(1, '/home/expert/./laws.xlsx')).toBe(true);
    expect(chosen.allows(2, '/home/expert/laws.xlsx')).toBe(false);
    expect(chosen.allows(1, '/home/expert/other.xlsx')).toBe(false);
    chosen.forget(1);
    expect(chosen.allows(1, '/home/expert/laws.xlsx')).toBe(false);
  });

  it('refuses imports.open of a path not chosen, naming only the file, and lets other calls through', () => {
    const allowed = (file: string) => file === '/chosen.csv';
    expect(unchosenFileRefusal('imports.open', { submissionId: 's', path: '/etc/passwd' }, allowed)).toEqual({
      code: 'file-not-chosen',
      message: 'Only a file chosen in this window can be opened: choose it again.',
      where: { file: 'passwd' },
    });
    expect(unchosenFileRefusal('imports.open', { submissionId: 's', path: '/chosen.csv' }, allowed)).toBeNull();
    expect(unchosenFileRefusal('submissions.list', { path: '/etc/passwd' }, allowed)).toBeNull();
    expect(unchosenFileRefusal('imports.open', 'not an object', allowed)).toBeNull();
  });

  it('refuses submissions.exportXlsx to a path not chosen, so a page cannot write where its user did not say', () => {
    const allowed = (file: string) => file === '/home/expert/kenya.xlsx';
    expect(unchosenFileRefusal('submissions.exportXlsx', { submissionId: 's', path: '/home/expert/.config/autostart.xlsx' }, allowed)).toEqual({
      code: 'file-not-chosen',
      message: 'Only a file chosen in this window can be written: choose it again.',
      where: { file: 'autostart.xlsx' },
    });
    expect(unchosenFileRefusal('submissions.exportXlsx', { submissionId: 's', path: '/home/expert/kenya.xlsx' }, allowed)).toBeNull();
  });

  it('guards every input of the contract that names a path on disk', () => {
    const pathInputs = Object.entries(contract).flatMap(([method, { input }]) => {
      const shape = input instanceof z.ZodObject ? (input.shape as Record<string, unknown>) : {};
      return Object.keys(shape)
        .filter((key) => /^path$|Path$|^file$|Dir$|^dir$/.test(key))
        .map((key) => `${method}.${key}`);
    });
    expect(pathInputs.sort()).toEqual(Object.entries(FILE_PATH_INPUTS).map(([method, key]) => `${method}.${key}`).sort());
  });
});
