import type { MessageDetail, MessageParams } from '../../../shared/error-codes.js';
import type { ImportIssue, ImportIssueCode, IssueLocation } from '../../../shared/records.js';

/** Thrown when a whole file is refused: nothing of it is returned, only the reason. */
export class ImportRefusal extends Error {
  readonly issue: ImportIssue;

  constructor(issue: ImportIssue) {
    super(issue.message);
    this.name = 'ImportRefusal';
    this.issue = issue;
  }

  get code(): ImportIssueCode {
    return this.issue.code;
  }
}

/** Refuses a whole file: `message` in English for the CLI and logs, `params` (and `detail`) for the UI to word it. */
export function refuse(code: ImportIssueCode, message: string, where: IssueLocation, params: MessageParams, detail?: MessageDetail): never {
  throw new ImportRefusal(issue(code, message, where, params, detail));
}

/** An issue with what the UI needs to word it in the person's language. */
export function issue(code: ImportIssueCode, message: string, where: IssueLocation, params: MessageParams, detail?: MessageDetail): ImportIssue {
  return detail ? { code, message, where, detail, params } : { code, message, where, params };
}

/** 0 → "A", 25 → "Z", 26 → "AA": the letter a person sees above the column. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const MB = 1024 * 1024;

/** 1536 → "2 KB", 3_000_000_000 → "2861 MB": sizes as a person reads them in a message. */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${Math.round(bytes / MB)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** 1048576 → "1,048,576": a count as the English message writes it (the UI formats the number in the person's language). */
export function groupThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
