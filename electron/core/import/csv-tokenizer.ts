import type { RawRow } from '../../../shared/records.js';
import type { Delimiter } from './sheet-model.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * An RFC 4180 tokenizer fed with text in chunks of any size: quoted fields, doubled quotes, line
 * breaks inside quotes, CRLF, LF or lone CR. A quote in the middle of an unquoted field is kept as
 * a character, as Excel does. Every record, even a blank line, is a row, so that row numbers match
 * what a spreadsheet shows for the same file.
 */
export class CsvTokenizer {
  private readonly delimiter: number;
  private row: RawRow = [];
  private field = '';
  private atFieldStart = true;
  private inQuotes = false;
  /** A quote ended the previous chunk inside a quoted field: the next character decides. */
  private quoteAtChunkEnd = false;
  /** A CR ended the previous chunk: an LF starting the next one belongs to it. */
  private crAtChunkEnd = false;
  private rowsDone = 0;
  /** The row where a quoted field opened and never closed, if it did not. */
  unclosedQuoteRow: number | null = null;

  constructor(delimiter: Delimiter) {
    this.delimiter = delimiter.charCodeAt(0);
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
          this.field += text.slice(start, n);
          return;
        }
        this.field += text.slice(start, quote);
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
        this.atFieldStart = false;
        start = ++i;
      } else {
        this.atFieldStart = false;
        i++;
      }
    }
    if (start < n) {
      this.field += text.slice(start, n);
      this.atFieldStart = false;
    }
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
    this.row.push(text === '' ? null : { value: text, type: 's' });
    this.field = '';
    this.atFieldStart = true;
  }

  private endRow(out: RawRow[]): void {
    const row = this.row;
    let length = row.length;
    while (length > 0 && row[length - 1] === null) length--;
    row.length = length;
    out.push(row);
    this.row = [];
    this.rowsDone++;
  }
}
