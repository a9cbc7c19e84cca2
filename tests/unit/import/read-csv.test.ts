import { describe, expect, it } from 'vitest';
import { CsvTokenizer } from '../../../electron/core/import/read/csv-tokenizer.js';
import { detectEncoding } from '../../../electron/core/import/read/detect-encoding.js';
import { detectCsvDialect, readCsvBatches, readCsvFile } from '../../../electron/core/import/read/read-csv.js';
import type { RawRow } from '../../../shared/records.js';
import { encodeUtf16, encodeWindows1251, encodeWindows1252, makeTempDir, valuesOf, writeBytes } from './build-fixtures.js';

const dir = makeTempDir();

const LATIN = 'Loi,Article,Montant\nCódigo del Trabajo,Artículo 5,€ 12\nLoi sur la nationalité ç,Art. 3,über\n';
const CYRILLIC = 'Закон;Статья\nТрудовой кодекс;ст. 5\nО правовом положении иностранных граждан;ст. 13\n';

async function rowsOf(path: string): Promise<unknown[][]> {
  const workbook = await readCsvFile(path);
  return workbook.sheets[0]!.rows.map(valuesOf);
}

describe('reading CSV files in every encoding', () => {
  const cases: { name: string; bytes: Buffer; encoding: string; text: string }[] = [
    { name: 'UTF-8', bytes: Buffer.from(LATIN, 'utf8'), encoding: 'utf-8', text: LATIN },
    { name: 'UTF-8 with a BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LATIN)]), encoding: 'utf-8', text: LATIN },
    { name: 'UTF-16LE with a BOM', bytes: encodeUtf16(LATIN, 'le'), encoding: 'utf-16le', text: LATIN },
    { name: 'UTF-16BE with a BOM', bytes: encodeUtf16(LATIN, 'be'), encoding: 'utf-16be', text: LATIN },
    { name: 'Windows-1252', bytes: encodeWindows1252(LATIN), encoding: 'windows-1252', text: LATIN },
    { name: 'Windows-1251', bytes: encodeWindows1251(CYRILLIC), encoding: 'windows-1251', text: CYRILLIC },
    { name: 'UTF-8 Cyrillic', bytes: Buffer.from(CYRILLIC), encoding: 'utf-8', text: CYRILLIC },
  ];
  for (const { name, bytes, encoding, text } of cases) {
    it(`decodes a ${name} file cell by cell`, async () => {
      const path = writeBytes(dir, `${name.replace(/\W+/g, '-')}.csv`, bytes);
      expect((await detectCsvDialect(path)).encoding).toBe(encoding);
      const expected = text
        .trim()
        .split('\n')
        .map((line) => line.split(text.includes(';') ? ';' : ','));
      expect(await rowsOf(path)).toEqual(expected);
    });
  }

  it('tells Windows-1251 from Windows-1252 by how Cyrillic letters run together', () => {
    expect(detectEncoding(encodeWindows1251('Закон о миграции')).encoding).toBe('windows-1251');
    expect(detectEncoding(encodeWindows1252('Código del Trabajo, année, Müller')).encoding).toBe('windows-1252');
  });
});

describe('detecting the delimiter', () => {
  const rows = [
    ['Law', 'Article', 'Note'],
    ['Labour Code', 'Art. 5', 'amended, 2019'],
    ['Migration Act', 's. 4', 'in force'],
  ];
  for (const [name, delimiter] of [
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
  ] as const) {
    it(`splits a ${name}-separated file, commas inside quoted text notwithstanding`, async () => {
      const text = rows.map((row) => row.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(delimiter)).join('\r\n');
      const path = writeBytes(dir, `${name}.${delimiter === '\t' ? 'tsv' : 'csv'}`, text);
      expect((await detectCsvDialect(path)).delimiter).toBe(delimiter);
      expect(await rowsOf(path)).toEqual(rows);
    });
  }

  it('finds semicolons in a European file whose text holds commas and a title line', async () => {
    const path = writeBytes(dir, 'european.csv', 'Ratifications, France\nInstrument;Statut;Date\nC097;ratifiée, 1954;29/03/1954\nC189;non ratifiée;\n');
    expect((await detectCsvDialect(path)).delimiter).toBe(';');
  });
});

describe('the Excel conventions and encoding surprises of real files', () => {
  it('takes the delimiter from an Excel "sep=" first line', async () => {
    const path = writeBytes(dir, 'sep.csv', 'sep=;\nLaw;Article, paragraph\nCode;5, 2\n');
    expect((await detectCsvDialect(path)).delimiter).toBe(';');
    expect((await rowsOf(path)).slice(1)).toEqual([['Law', 'Article, paragraph'], ['Code', '5, 2']]);
  });

  it('reports bytes past the first megabyte that the detected encoding cannot decode', async () => {
    const ascii = Array.from({ length: 60_000 }, (_, i) => `Law ${i},Article ${i}`).join('\n');
    const path = writeBytes(dir, 'late-accent.csv', Buffer.concat([Buffer.from(`${ascii}\n`), encodeWindows1252('Loi sur la nationalité,Art. 1\n')]));
    const workbook = await readCsvFile(path);
    expect(workbook.csv?.encoding).toBe('utf-8');
    expect(workbook.issues).toEqual([expect.objectContaining({ code: 'undecodable-text', where: { file: 'late-accent.csv', row: expect.any(Number) } })]);
  });
});

describe('tokenizing RFC 4180', () => {
  const tokenize = (chunks: string[]): unknown[][] => {
    const tokenizer = new CsvTokenizer(',');
    const out: RawRow[] = [];
    for (const chunk of chunks) tokenizer.push(chunk, out);
    tokenizer.end(out);
    return out.map(valuesOf);
  };
  const text = 'a,"b ""quoted"", c","line 1\r\nline 2"\r\n"",x,\n\nlast,"",end';
  const expected = [['a', 'b "quoted", c', 'line 1\r\nline 2'], [null, 'x'], [], ['last', null, 'end']];

  it('reads quotes, doubled quotes, line breaks inside quotes, CRLF and LF, and blank lines', () => {
    expect(tokenize([text])).toEqual(expected);
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    for (let size = 1; size <= 7; size++) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(tokenize(chunks)).toEqual(expected);
    }
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(tokenize(['5" floppy,ok\n'])).toEqual([['5" floppy', 'ok']]);
  });

  it('reports a quote that never closes', async () => {
    const path = writeBytes(dir, 'unclosed.csv', 'Law,Note\nLabour Code,"never closed\nMigration Act,fine\n');
    const workbook = await readCsvFile(path);
    expect(workbook.issues).toEqual([expect.objectContaining({ code: 'unclosed-quote', where: { file: 'unclosed.csv', row: 2 } })]);
  });
});

describe('streaming a large CSV', () => {
  it('yields a 300,000-row file in batches before reading all of it, numbered as a spreadsheet would', async () => {
    const lines = ['Indicator,Value,Score'];
    for (let i = 1; i <= 300_000; i++) lines.push(`SP-${String(i % 100).padStart(2, '0')},"value ${i}",${i % 101}`);
    const path = writeBytes(dir, 'large.csv', lines.join('\n'));
    const dialect = await detectCsvDialect(path);
    let rows = 0;
    let batches = 0;
    let firstBatchBytes = 0;
    let totalBytes = 0;
    let last: RawRow | undefined;
    for await (const batch of readCsvBatches(path, dialect, { batchSize: 10_000 })) {
      expect(batch.rows.length).toBeLessThanOrEqual(10_000);
      expect(batch.firstRowNumber).toBe(rows + 1);
      if (batches === 0) firstBatchBytes = batch.bytesRead;
      totalBytes = batch.totalBytes;
      rows += batch.rows.length;
      batches++;
      last = batch.rows.at(-1);
    }
    expect(rows).toBe(300_001);
    expect(batches).toBe(31);
    expect(firstBatchBytes).toBeLessThan(totalBytes / 2);
    expect(valuesOf(last)).toEqual(['SP-00', 'value 300000', String(300_000 % 101)]);
  });
});
