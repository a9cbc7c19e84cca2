import { z } from 'zod';

/**
 * The closed set of codes an import issue carries: stable words a program and a translator can rely on,
 * whatever the English message says.
 */
export const ImportIssueCode = z.enum([
  // the file as a whole
  'empty-file',
  'not-a-spreadsheet',
  'unsupported-format',
  'file-unreadable',
  'corrupt-file',
  'password-protected',
  'too-large',
  'too-many-cells',
  'cancelled',
  'unclosed-quote',
  'undecodable-text',
  // the mapping of columns to fields
  'missing-column',
  'duplicate-field',
  'unknown-field',
  // one cell
  'missing-value',
  'invalid-date',
  'invalid-number',
  'wrong-unit',
  'invalid-url',
  'invalid-choice',
  'out-of-range',
  'formula-not-evaluated',
  'formula-error',
  // a reference the person decided matches nothing in the schema
  'unmatched-reference',
  // a column, for the person to confirm
  'ambiguous-date-order',
  'field-defaulted',
  // the file as a whole, for the person to know
  'control-characters-removed',
]);
export type ImportIssueCode = z.infer<typeof ImportIssueCode>;

/**
 * Every code an error crossing a front door can carry: the import issues (a refused file is refused with
 * its issue's code), the engine's refusals, and those of the doors and of the renderer's client. Declared
 * once, so that a throw site with a misspelt code, or a code the UI cannot word, fails the typecheck.
 */
export const ErrorCode = z.enum([
  ...ImportIssueCode.options,
  // the workspace
  'workspace-busy',
  'workspace-damaged',
  'workspace-read-only',
  'workspace-too-new',
  'workspace-uncreatable',
  'workspace-unreadable',
  'workspace-wrong-type',
  'workspace-truncated',
  'workspace-migration-failed',
  'not-a-workspace',
  'disk-full',
  'disk-space',
  // things asked for by id or name
  'unknown-submission',
  'unknown-country',
  'unknown-schema',
  'unknown-import',
  'unknown-row',
  'unknown-session',
  'unknown-sheet',
  'unknown-mapping',
  'unknown-reference',
  'unknown-target',
  'no-matching-sheet',
  // what the person asked for cannot be done as it stands
  'schema-conflict',
  'malformed-schema',
  'malformed-aliases',
  'mapping-incomplete',
  'rows-disagree',
  'import-closed',
  'file-not-chosen',
  // the call itself
  'invalid-input',
  'unknown-method',
  'internal-error',
  // the engine process and the browser host
  'engine-stopped',
  'engine-not-open',
  'already-open',
  'malformed-message',
  'method-not-allowed',
  'unsupported-media-type',
  'bad-request',
  'forbidden',
  'unauthorized',
  'not-found',
  // curation: answers, evidence, edits and their undo, problems, export; {params} each sentence is made of
  'unknown-indicator', // {indicator}
  'unknown-evidence', // {evidence}: the evidence's id
  'unknown-problem', // {indicator, key}
  'duplicate-evidence', // {type, title, citation, evidence}: the evidence already cited, and its id
  'score-from-rule', // {indicator}
  'score-not-allowed', // {indicator, score, allowed}: allowed is the scores the rule allows, comma-separated
  'score-unchanged', // {indicator}
  'no-previous-submission', // {country, year}: the submission's country code and reference year
  'ambiguous-date', // {indicator, found, dayFirst, monthFirst}: the text and the two dates it reads as
  'too-long', // {indicator, max, length}
  'nothing-to-undo',
  'nothing-to-redo',
  'edit-superseded', // {seq, record}: the edit's number, and the key of the record changed since (detail: undo or redo)
  'audit-entry-missing', // {seq}
  'export-failed', // {path, reason}: reason is the system's own words
  'invalid-path', // {path, folder}: see its details
  // identities and the keyring
  'wrong-passphrase', // {keyId}
  'not-an-identity', // {file}
  'not-a-public-key', // {file}
  'unknown-key', // {keyId}
  'key-id-taken', // {keyId}
  'fingerprint-mismatch', // {checked, fingerprint}
  // packages
  'unaccepted-problems', // {count}
  // the renderer's own client
  'host-unreachable',
  'bad-response',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * When one code is said in several sentences, which one: `<code>.<variant>`. The UI words an issue or an
 * error from its detail when it has one, else from its code.
 */
export const MessageDetail = z.enum([
  'empty-file.blank',
  'empty-file.no-sheet',
  'empty-file.only-sheet-empty',
  'empty-file.all-sheets-empty',
  'not-a-spreadsheet.text',
  'not-a-spreadsheet.binary-text',
  'not-a-spreadsheet.binary-workbook',
  'not-a-spreadsheet.zip-without-workbook',
  'not-a-spreadsheet.office-not-workbook',
  'file-unreadable.open',
  'file-unreadable.read',
  'file-unreadable.reader',
  'corrupt-file.zip',
  'corrupt-file.office-structure',
  'corrupt-file.part',
  'corrupt-file.unreadable',
  'corrupt-file.sheet',
  'corrupt-file.no-sheet-read',
  'too-large.unpacked',
  'too-large.zip-bomb',
  'too-large.part-overflow',
  'too-large.long-cell',
  'too-large.long-cell-in-part',
  'too-large.memory',
  'too-large.csv-cell',
  'too-large.csv-cell-quote',
  'too-large.csv-row',
  'too-large.csv-row-quote',
  'too-large.csv-line',
  'too-many-cells.row',
  'undecodable-text.row',
  'undecodable-text.more-rows',
  'undecodable-text.from-row',
  'duplicate-field.text-joined',
  'duplicate-field.values-differ',
  'missing-value.no-column',
  'missing-value.article-without-law',
  'missing-value.date-without-law',
  'missing-value.url-without-source',
  'invalid-date.year-alone',
  'invalid-date.answer',
  'formula-not-evaluated.uncalculated',
  'formula-not-evaluated.as-text',
  'invalid-number.answer',
  'invalid-number.not-a-unit',
  'invalid-number.not-finite',
  'wrong-unit.unitless',
  'wrong-unit.misfit',
  'out-of-range.not-whole',
  'out-of-range.answer',
  'out-of-range.answer-min',
  'out-of-range.answer-max',
  'invalid-choice.status',
  'invalid-choice.status-means',
  'cancelled.staging',
  'cancelled.waiting',
  'cancelled.not-confirmed',
  'unknown-field.no-column',
  'unknown-field.no-reference',
  'import-closed.edit',
  'malformed-schema.json',
  'malformed-aliases.json',
  'workspace-busy.stays-staged',
  'workspace-damaged.check',
  'workspace-uncreatable.folder',
  'workspace-uncreatable.create-folder',
  'workspace-read-only.folder',
  'workspace-wrong-type.folder',
  'workspace-wrong-type.not-regular',
  'not-a-workspace.empty',
  'unknown-schema.version',
  'unknown-reference.context',
  'unknown-mapping.listed',
  'edit-superseded.undo',
  'edit-superseded.redo',
  'invalid-path.relative',
  'invalid-path.no-folder',
  'invalid-path.folder',
]);
export type MessageDetail = z.infer<typeof MessageDetail>;

/**
 * The values a message is made of (a file name, a limit, what was found): what the UI puts into the
 * sentence of the person's language. Text from the person's own file stays as they wrote it.
 */
export const MessageParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageParams = z.infer<typeof MessageParams>;

/**
 * What a cell problem expected, as a word the UI can translate: "expected {expected}, found …".
 * Its values (min, max, options, example) ride in the same params.
 */
export const Expectation = z.enum([
  'calculated-value',
  'value',
  'number',
  'number-range',
  'date-day-first',
  'date-month-first',
  'url',
  'options',
  'text',
]);
export type Expectation = z.infer<typeof Expectation>;
