import type { RawRow } from '../../../../shared/records.js';
import type { Delimiter } from '../sheet-model.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** How much one field and one row may hold: a hostile file (200 MB in one field) is stopped as it is read. */
export interface CsvBounds {
  /** Characters in one field. */
  maxFieldChars: number;
  /** Characters in one row, its fields together. */
  maxRowChars: number;
  maxRowCells: number;
}

export class CsvBoundExceeded extends Error {
  constructor(
    readonly bound: 'field' | 'row' | 'cells',
    /** The 1-based record number, as a spreadsheet numbers rows. */
    readonly row: number,
    /** The 0-based column of the field. */
    readonly column: number,
    /** The field is quoted: an unclosed quote is the likely reason. */
    readonly quoted: boolean,
  ) {
    super(`CSV ${bound} bound exceeded at row ${row}`);
  }
}

const UNBOUNDED: CsvBounds = { maxFieldChars: Infinity, maxRowChars: Infinity, maxRowCells: Infinity };

/**
 * An RFC 4180 tokenizer fed with text in chunks of any size: quoted fields, doubled quotes, line
 * breaks inside quotes, CRLF, LF or lone CR. A quote in the middle of an unquoted field is kept as
 * a character, as Excel does. Every record, even a blank line, is a row, so that row numbers match
 * what a spreadsheet shows for the same file. Fields and rows are bounded (CsvBounds), checked as
 * they grow: CsvBoundExceeded is thrown as soon as one is passed.
 */
export class CsvTokenizer {
  private readonly delimiter: number;
  private row: RawRow = [];
  private rowChars = 0;
  private field = '';
  private atFieldStart = true;
  private inQuotes = false;
  /** The field being read opened with a quote. */
  private quoted = false;
  /** A quote ended the previous chunk inside a quoted field: the next character decides. */
  private quoteAtChunkEnd = false;
  /** A CR ended the previous chunk: an LF starting the next one belongs to it. */
  private crAtChunkEnd = false;
  private rowsDone = 0;
  /** The row where a quoted field opened and never closed, if it did not. */
  unclosedQuoteRow: number | null = null;

  constructor(
    delimiter: Delimiter,
    private readonly bounds: CsvBounds = UNBOUNDED,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The record the next character belongs to (1-based). */
  get rowInProgress(): number {
    return this.rowsDone + 1;
  }

  /** Tokenizes a chunk, appending the rows it completes to `out`. */
  push(text: string, out: RawRow[]): void {
    const n = text.length;
    let i = 0;
    if (this.crAtChunkEnd) {
      this.crAtChunkEnd = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    if (this.quoteAtChunkEnd) {
      this.quoteAtChunkEnd = false;
      if (text.charCodeAt(i) === QUOTE) {
        this.field += '"';
        i++;
      } else this.inQuotes = false;
    }
    let start = i;
    while (i < n) {
      if (this.inQuotes) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          this.grow(text.slice(start, n));
          return;
        }
        this.grow(text.slice(start, quote));
        if (quote + 1 === n) {
          this.quoteAtChunkEnd = true;
          return;
        }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          this.field += '"';
          i = quote + 2;
        } else {
          this.inQuotes = false;
          i = quote + 1;
        }
        start = i;
        continue;
      }
      const code = text.charCodeAt(i);
      if (code === this.delimiter) {
        this.endField(text.slice(start, i));
        start = ++i;
      } else if (code === LF || code === CR) {
        this.endField(text.slice(start, i));
        this.endRow(out);
        i++;
        if (code === CR) {
          if (i === n) this.crAtChunkEnd = true;
          else if (text.charCodeAt(i) === LF) i++;
        }
        start = i;
      } else if (code === QUOTE && this.atFieldStart && i === start) {
        this.inQuotes = true;
        this.quoted = true;
        this.atFieldStart = false;
        start = ++i;
      } else {
        this.atFieldStart = false;
        i++;
      }
    }
    if (start < n) {
      this.grow(text.slice(start, n));
      this.atFieldStart = false;
    }
  }

  /** Adds text to the field being read, which a chunk boundary or a quote has cut. */
  private grow(text: string): void {
    this.field += text;
    this.checkField(this.field.length);
  }

  private checkField(length: number): void {
    if (length > this.bounds.maxFieldChars) this.exceeded('field');
    if (this.rowChars + length > this.bounds.maxRowChars) this.exceeded('row');
  }

  private exceeded(bound: CsvBoundExceeded['bound']): never {
    throw new CsvBoundExceeded(bound, this.rowsDone + 1, this.row.length, this.quoted);
  }

  /** Ends the input: a last record without a final line break is still a row. */
  end(out: RawRow[]): void {
    if (this.inQuotes && !this.quoteAtChunkEnd) this.unclosedQuoteRow = this.rowsDone + 1;
    this.inQuotes = false;
    this.quoteAtChunkEnd = false;
    if (this.field !== '' || this.row.length > 0) {
      this.endField('');
      this.endRow(out);
    }
  }

  private endField(tail: string): void {
    const text = this.field === '' ? tail : this.field + tail;
    this.checkField(text.length);
    if (this.row.length >= this.bounds.maxRowCells) this.exceeded('cells');
    this.row.push(text === '' ? null : { value: text, type: 's' });
    this.rowChars += text.length;
    this.field = '';
    this.atFieldStart = true;
    this.quoted = false;
  }

  private endRow(out: RawRow[]): void {
    const row = this.row;
    let length = row.length;
    while (length > 0 && row[length - 1] === null) length--;
    row.length = length;
    out.push(row);
    this.row = [];
    this.rowChars = 0;
    this.rowsDone++;
  }
}
