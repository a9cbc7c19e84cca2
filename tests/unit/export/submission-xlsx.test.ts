import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokeApi } from '../../../electron/core/invoke';
import { storeAnswer, storeEvidence, storeRatification, useQualityWorkspace } from '../quality/quality-workspace';
import { makeTempDir } from '../temp-dir';

const t = useQualityWorkspace();

/** Texts a spreadsheet would take for formulas, as an expert's note, an evidence title or a reservation might hold them. */
const HOSTILE = ['=1+1', '+SUM(1,2)', '-2+3', '@SUM(1,2)', '\t=1+1', '\r=1+1'];

function fillSubmission(): void {
  storeAnswer(t.ws, t.submissionId, 'SS-01', 'partly', 50, { note: HOSTILE[0], confidence: 'high' });
  storeAnswer(t.ws, t.submissionId, 'SS-02', 'no', 0, { note: HOSTILE[1] });
  storeAnswer(t.ws, t.submissionId, 'SS-05', '-4', 0, { note: HOSTILE[2] });
  storeAnswer(t.ws, t.submissionId, 'LAB-01', '36', 0, { note: HOSTILE[3] });
  storeAnswer(t.ws, t.submissionId, 'SKL-04', HOSTILE[4]!, 40);
  storeAnswer(t.ws, t.submissionId, 'ORG-06', HOSTILE[5]!, 60);
  storeEvidence(t.ws, t.submissionId, 'law', '=HYPERLINK("https://example.org/x","Act")', ['SS-01', 'SS-02'], { citation: 's. 4', url: 'https://example.org/act' });
  storeEvidence(t.ws, t.submissionId, 'practice', 'Labour force survey 2024', ['SS-05']);
  storeRatification(t.ws, t.submissionId, 'ilo-c097', 'ratified', '1965-01-01');
  t.ws.db.prepare("UPDATE ratifications SET reservations = '=1+2' WHERE instrument = 'ilo-c097'").run();
}

async function exportTo(file: string) {
  const response = await invokeApi(t.api, 'submissions.exportXlsx', { submissionId: t.submissionId, path: file });
  if (!response.ok) throw new Error(JSON.stringify(response.error));
  return response.result as { path: string; bytes: number; sheets: { name: string; rows: number }[]; neutralisedCells: number };
}

/** Every sheet as openpyxl reads it: each cell's value and openpyxl's data type ('s' text, 'n' number, 'f' formula). */
function readWithOpenpyxl(file: string): Record<string, [unknown, string][][]> {
  const script = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [[[c.value, c.data_type] for c in row] for row in ws.iter_rows()] for ws in book.worksheets}))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as Record<string, [unknown, string][][]>;
}

/** Every sheet converted to CSV by LibreOffice, which evaluates any formula it reads (a profile of its own, so runs do not collide). */
function convertWithLibreOffice(file: string, outDir: string): Record<string, string> {
  const profile = `file://${path.join(outDir, 'lo-profile')}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', outDir, file],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const base = path.basename(file, '.xlsx');
  return Object.fromEntries(['Answers', 'Evidence', 'Ratifications'].map((sheet) => [sheet, fs.readFileSync(path.join(outDir, `${base}-${sheet}.csv`), 'utf8')]));
}

describe('exporting a submission to XLSX', () => {
  it('writes answers with scores, evidence and ratifications, one sheet each, that openpyxl reads back with formulas as text', async () => {
    fillSubmission();
    const tmp = makeTempDir();
    try {
      const file = path.join(tmp.dir, 'kenya-2025.xlsx');
      const result = await exportTo(file);
      expect(result).toMatchObject({
        path: file,
        sheets: [
          { name: 'Answers', rows: 95 },
          { name: 'Evidence', rows: 2 },
          { name: 'Ratifications', rows: 1 },
        ],
        neutralisedCells: 11,
      });
      expect(result.bytes).toBe(fs.statSync(file).size);
      const book = readWithOpenpyxl(file);
      expect(Object.keys(book)).toEqual(['Answers', 'Evidence', 'Ratifications']);
      const answers = book.Answers!;
      expect(answers[0]!.map(([v]) => v)).toEqual(['Code', 'Domain', 'Dimension', 'Question', 'Value', 'Answer', 'Score', 'From ratifications', 'Confidence', 'Note', 'Sources']);
      const row = (code: string) => answers.find((r) => r[0]![0] === code)!.map(([v, type]) => [v, type]);
      expect(row('SS-01').slice(4)).toEqual([['partly', 's'], ['Partly', 's'], [50, 'n'], [null, 'n'], ['high', 's'], ["'=1+1", 's'], [1, 'n']]);
      expect(row('SS-02')[9]).toEqual(["'+SUM(1,2)", 's']);
      expect(row('SS-05').slice(4, 7)).toEqual([[-4, 'n'], ["'-4 %", 's'], [0, 'n']]);
      expect(row('SS-05')[9]).toEqual(["'-2+3", 's']);
      expect(row('LAB-01').slice(4, 6)).toEqual([[36, 'n'], ['36 months', 's']]);
      expect(row('LAB-01')[9]).toEqual(["'@SUM(1,2)", 's']);
      expect(row('SKL-04')[4]).toEqual(["'\t=1+1", 's']);
      // OOXML writes a carriage return as _x000d_, which openpyxl 3.0 leaves as written (LibreOffice reads it back as \r, below).
      expect(row('ORG-06')[4]).toEqual(["'_x000d_=1+1", 's']);
      expect(row('RAT-02').slice(4, 8)).toEqual([['ratified', 's'], ['Ratified (registered with the ILO, in force or pending entry into force)', 's'], [100, 'n'], ['yes', 's']]);
      expect(row('HLT-01').slice(4, 7)).toEqual([[null, 'n'], [null, 'n'], [null, 'n']]);
      expect(book.Evidence!.flat().some(([, type]) => type === 'f')).toBe(false);
      expect(book.Evidence![1]!.slice(0, 5).map(([v]) => v)).toEqual(['law', '\'=HYPERLINK("https://example.org/x","Act")', 's. 4', null, 'https://example.org/act']);
      expect(book.Ratifications![1]!.map(([v]) => v)).toEqual(['ilo-c097', 'C097', 'ratified', '1965-01-01', "'=1+2"]);
    } finally {
      tmp.cleanup();
    }
  });

  it('is opened by LibreOffice, which shows each neutralised formula as its text and evaluates none', async () => {
    fillSubmission();
    const tmp = makeTempDir();
    try {
      const file = path.join(tmp.dir, 'kenya-2025.xlsx');
      await exportTo(file);
      const csv = convertWithLibreOffice(file, tmp.dir);
      const answers = csv.Answers!.split('\n');
      expect(answers[0]).toBe('Code,Domain,Dimension,Question,Value,Answer,Score,From ratifications,Confidence,Note,Sources');
      const ss01 = answers.find((line) => line.startsWith('SS-01,'))!;
      expect(ss01.endsWith(",partly,Partly,50,,high,'=1+1,1")).toBe(true);
      expect(answers.find((line) => line.startsWith('SS-02,'))).toContain(`"'+SUM(1,2)"`);
      expect(answers.find((line) => line.startsWith('SS-05,'))).toContain(",-4,'-4 %,0,,,'-2+3,1");
      expect(answers.find((line) => line.startsWith('LAB-01,'))).toContain(`"'@SUM(1,2)"`);
      expect(answers.join('\n')).toContain(`,'\t=1+1,'\t=1+1,40,`);
      expect(answers.join('\n')).toContain(`"'\r=1+1"`);
      expect(csv.Evidence).toContain(`"'=HYPERLINK(""https://example.org/x"",""Act"")"`);
      expect(csv.Ratifications).toContain("ilo-c097,C097,ratified,1965-01-01,'=1+2");
      for (const evaluated of [',2,', ',3,', ',1,', 'Act,s. 4']) expect(`${csv.Evidence}${csv.Ratifications}`).not.toContain(evaluated);
    } finally {
      tmp.cleanup();
    }
  }, 180_000);

  it('replaces an existing file whole and leaves no temporary file behind', async () => {
    const tmp = makeTempDir();
    try {
      const file = path.join(tmp.dir, 'out.xlsx');
      fs.writeFileSync(file, 'an older export');
      await exportTo(file);
      expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
      expect(fs.readdirSync(tmp.dir)).toEqual(['out.xlsx']);
    } finally {
      tmp.cleanup();
    }
  });

  it('refuses a relative path, a missing folder and a folder in the file’s place, writing nothing', async () => {
    const tmp = makeTempDir();
    try {
      fs.mkdirSync(path.join(tmp.dir, 'taken.xlsx'));
      for (const [target, pattern] of [
        ['relative.xlsx', /full path/],
        [path.join(tmp.dir, 'missing', 'out.xlsx'), /does not exist/],
        [path.join(tmp.dir, 'taken.xlsx'), /is a folder/],
      ] as const) {
        const response = await invokeApi(t.api, 'submissions.exportXlsx', { submissionId: t.submissionId, path: target });
        expect(response).toMatchObject({ ok: false, error: { code: 'invalid-path', where: { file: target } } });
        expect(!response.ok && response.error.message).toMatch(pattern);
      }
      expect(fs.readdirSync(tmp.dir)).toEqual(['taken.xlsx']);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('the workbook as a download', () => {
  it('gives the same workbook as bytes with a file name, for the browser to save', async () => {
    fillSubmission();
    const response = await invokeApi(t.api, 'submissions.xlsxFile', { submissionId: t.submissionId });
    if (!response.ok) throw new Error(JSON.stringify(response.error));
    const file = response.result as { fileName: string; contentBase64: string; bytes: number; neutralisedCells: number };
    expect(file).toMatchObject({ fileName: 'KEN-2025.xlsx', neutralisedCells: 11 });
    const tmp = makeTempDir();
    try {
      const saved = path.join(tmp.dir, file.fileName);
      fs.writeFileSync(saved, Buffer.from(file.contentBase64, 'base64'));
      expect(fs.statSync(saved).size).toBe(file.bytes);
      expect(readWithOpenpyxl(saved).Ratifications![1]!.map(([v]) => v)).toEqual(['ilo-c097', 'C097', 'ratified', '1965-01-01', "'=1+2"]);
    } finally {
      tmp.cleanup();
    }
  });
});
