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

export function refuse(code: ImportIssueCode, message: string, where: IssueLocation = {}): never {
  throw new ImportRefusal({ code, message, where });
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
