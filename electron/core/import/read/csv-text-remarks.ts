import type { ImportIssue, RawRow } from '../../../../shared/records.js';
import type { CsvTokenizer } from './csv-tokenizer.js';
import type { TextPiece } from './decode-csv-text.js';
import type { TextEncoding } from '../sheet-model.js';
import { issue } from '../import-issue.js';

/**
 * Hands decoded text to the tokenizer, taking note on the way of what a person must hear about:
 * lines read in another encoding than the file's (each flagged on its row), control characters
 * (NUL and the like, which no spreadsheet shows: removed, and said so), and undecodable bytes.
 * Row numbers are the tokenizer's own, so a line inside a quoted multi-line cell counts as its row.
 */

// Control characters are what these look for: every one but tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
/** Lines in another encoding listed one by one among the file's remarks; the rest are counted. */
const LISTED_LINES = 10;
const SAMPLE_CHARS = 60;

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252 (Western European)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
};

export class CsvTextRemarks {
  private readonly fileEncoding: string;
  private readonly encoding: TextEncoding;
  private rowIssues: ImportIssue[] = [];
  private readonly listed: ImportIssue[] = [];
  private otherLines = 0;
  private controls = 0;
  private firstControlRow = 0;
  private undecodableRow: number | null = null;

  constructor(
    private readonly file: string,
    encoding: TextEncoding,
  ) {
    this.fileEncoding = ENCODING_NAMES[encoding];
    this.encoding = encoding;
  }

  feed(piece: TextPiece, tokenizer: CsvTokenizer, out: RawRow[]): void {
    if (piece.readAs) this.flagLine(tokenizer.rowInProgress, piece.readAs, piece.text);
    if (piece.undecodable && this.undecodableRow === null) this.undecodableRow = tokenizer.rowInProgress;
    if (!CONTROL.test(piece.text)) {
      tokenizer.push(piece.text, out);
      return;
    }
    // Line by line, so that the note names the row where the first one was.
    for (const line of piece.text.split(/(?<=\n)/)) {
      const cleaned = line.replace(CONTROLS, '');
      if (cleaned.length !== line.length) {
        if (this.controls === 0) this.firstControlRow = tokenizer.rowInProgress;
        this.controls += line.length - cleaned.length;
      }
      tokenizer.push(cleaned, out);
    }
  }

  /** The problems of rows up to `lastRow`, for the batch that ends there. */
  takeRowIssues(lastRow: number): ImportIssue[] {
    if (this.rowIssues.length === 0) return [];
    const taken = this.rowIssues.filter((issue) => (issue.where.row ?? 0) <= lastRow);
    this.rowIssues = this.rowIssues.filter((issue) => (issue.where.row ?? 0) > lastRow);
    return taken;
  }

  /** The remarks about the file as a whole, once it has been read. */
  fileIssues(): ImportIssue[] {
    const { file, encoding } = this;
    const issues = [...this.listed];
    const unlisted = this.otherLines - this.listed.length;
    if (unlisted > 0) {
      issues.push(
        issue(
          'undecodable-text',
          `${unlisted} more row${unlisted === 1 ? '' : 's'} of "${file}" are not in ${this.fileEncoding} either; each is flagged in the review, to be checked.`,
          { file },
          { file, count: unlisted, encoding },
          'undecodable-text.more-rows',
        ),
      );
    }
    if (this.controls > 0) {
      issues.push(
        issue(
          'control-characters-removed',
          `"${file}" holds ${this.controls} control character${this.controls === 1 ? '' : 's'} (such as NUL) that no spreadsheet shows, the first on row ${this.firstControlRow}; ` +
            'they were removed. If the text around them looks wrong, the file is damaged: export it again.',
          { file, row: this.firstControlRow },
          { file, count: this.controls, row: this.firstControlRow },
        ),
      );
    }
    if (this.undecodableRow !== null) {
      issues.push(
        issue(
          'undecodable-text',
          `From about row ${this.undecodableRow}, "${file}" holds bytes that are not valid ${this.fileEncoding}; they show as �. Save the file as UTF-8 and import it again.`,
          { file, row: this.undecodableRow },
          { file, row: this.undecodableRow, encoding },
          'undecodable-text.from-row',
        ),
      );
    }
    return issues;
  }

  private flagLine(row: number, readAs: TextEncoding, text: string): void {
    // A quoted cell of several lines is one row, flagged once.
    if (this.rowIssues.at(-1)?.where.row === row) return;
    const trimmed = text.replace(CONTROLS, '').trim();
    const sample = trimmed.length > SAMPLE_CHARS ? `${trimmed.slice(0, SAMPLE_CHARS)}…` : trimmed;
    const flagged = issue(
      'undecodable-text',
      `Row ${row} of "${this.file}" is not in ${this.fileEncoding} like the rest of the file (it was pasted from another file?): ` +
        `it was read as ${ENCODING_NAMES[readAs]}, "${sample}". Check that its text reads right.`,
      { file: this.file, row },
      { file: this.file, row, encoding: this.encoding, readAs, sample },
      'undecodable-text.row',
    );
    this.otherLines++;
    this.rowIssues.push(flagged);
    if (this.listed.length < LISTED_LINES) this.listed.push(flagged);
  }
}
