import { z } from 'zod';
import { ImportIssueCode, MessageDetail, MessageParams } from './error-codes';

/**
 * What an imported spreadsheet row becomes, and what can go wrong on the way.
 * Reference texts (indicator, instrument, status) are kept as written: reconciliation resolves them later.
 */

export const RecordKind = z.enum(['answers', 'evidence', 'ratifications']);
export type RecordKind = z.infer<typeof RecordKind>;

const Text = z.string().min(1);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written yyyy-mm-dd');

export const Confidence = z.enum(['low', 'medium', 'high']);
export type Confidence = z.infer<typeof Confidence>;

export const EvidenceType = z.enum(['law', 'practice']);
export type EvidenceType = z.infer<typeof EvidenceType>;

export const AnswerRecord = z.object({
  indicator: Text,
  value: Text,
  score: z.number().min(0).max(100).optional(),
  confidence: Confidence.optional(),
  citation: Text.optional(),
  note: Text.optional(),
  /** A citation on the answer: the law, its article, date and address, and a source of practice. */
  law: Text.optional(),
  article: Text.optional(),
  lawdate: IsoDate.optional(),
  url: z.url().optional(),
  practice: Text.optional(),
});
export type AnswerRecord = z.infer<typeof AnswerRecord>;

export const EvidenceRecord = z.object({
  type: EvidenceType,
  title: Text,
  citation: Text,
  date: IsoDate.optional(),
  url: z.url().optional(),
  excerpt: Text.optional(),
  categories: Text.optional(),
  indicators: Text.optional(),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;

export const RatificationRecord = z.object({
  instrument: Text,
  status: Text,
  date: IsoDate.optional(),
  reservations: Text.optional(),
});
export type RatificationRecord = z.infer<typeof RatificationRecord>;

export const RECORD_SCHEMAS = {
  answers: AnswerRecord,
  evidence: EvidenceRecord,
  ratifications: RatificationRecord,
} as const;

export interface RecordByKind {
  answers: AnswerRecord;
  evidence: EvidenceRecord;
  ratifications: RatificationRecord;
}

/** A record as read from one row: any field may be missing until its problems are fixed. */
export type CandidateRecord<K extends RecordKind> = Partial<RecordByKind[K]>;

export const ValueType = z.enum(['text', 'number', 'date', 'url', 'enum']);
export type ValueType = z.infer<typeof ValueType>;

export const FieldSpec = z.object({
  id: z.string().regex(/^[a-z]+$/),
  required: z.boolean(),
  valueType: ValueType,
  /** The accepted values of an enum field. */
  options: z.array(z.string()).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** What a required field takes when no column is mapped to it: a sheet of laws rarely says "law" on every row. */
  fallback: z.string().optional(),
});
export type FieldSpec = z.infer<typeof FieldSpec>;

export const FIELDS: Readonly<Record<RecordKind, readonly FieldSpec[]>> = {
  answers: [
    { id: 'indicator', required: true, valueType: 'text' },
    { id: 'value', required: true, valueType: 'text' },
    { id: 'score', required: false, valueType: 'number', min: 0, max: 100 },
    { id: 'confidence', required: false, valueType: 'enum', options: Confidence.options },
    { id: 'citation', required: false, valueType: 'text' },
    { id: 'note', required: false, valueType: 'text' },
    { id: 'law', required: false, valueType: 'text' },
    { id: 'article', required: false, valueType: 'text' },
    { id: 'lawdate', required: false, valueType: 'date' },
    { id: 'url', required: false, valueType: 'url' },
    { id: 'practice', required: false, valueType: 'text' },
  ],
  evidence: [
    { id: 'type', required: true, valueType: 'enum', options: EvidenceType.options, fallback: 'law' },
    { id: 'title', required: true, valueType: 'text' },
    { id: 'citation', required: true, valueType: 'text' },
    { id: 'date', required: false, valueType: 'date' },
    { id: 'url', required: false, valueType: 'url' },
    { id: 'excerpt', required: false, valueType: 'text' },
    { id: 'categories', required: false, valueType: 'text' },
    { id: 'indicators', required: false, valueType: 'text' },
  ],
  ratifications: [
    // The status stays text as written: reconciliation maps "ratifié", "ратифицирована"… to a status of the instrument's kind.
    { id: 'instrument', required: true, valueType: 'text' },
    { id: 'status', required: true, valueType: 'text' },
    { id: 'date', required: false, valueType: 'date' },
    { id: 'reservations', required: false, valueType: 'text' },
  ],
};

export { ImportIssueCode } from './error-codes';

export const IssueLocation = z.object({
  file: z.string().optional(),
  sheet: z.string().optional(),
  /** The 1-based row number as the spreadsheet shows it. */
  row: z.number().int().positive().optional(),
  /** The column letter as the spreadsheet shows it: "C", "AA". */
  column: z.string().regex(/^[A-Z]+$/).optional(),
});
export type IssueLocation = z.infer<typeof IssueLocation>;

/**
 * A problem of the file, the mapping or one cell. `message` is English, for the CLI and logs; the UI words
 * the issue from its code (or detail) and params, and names the place from `where`. Issues staged before
 * params existed have none: the UI then shows their message.
 */
export const ImportIssue = z.object({
  code: ImportIssueCode,
  message: z.string().min(1),
  where: IssueLocation,
  detail: MessageDetail.optional(),
  params: MessageParams.optional(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const CellProblem = ImportIssue;
export type CellProblem = ImportIssue;

/**
 * One cell as read, before interpretation. `type` is SheetJS's: s text, n number, b boolean, e error, d date.
 * `format` is kept only when it is a date or percentage format, so a date serial or a fraction shown as 45% can be told from a plain number.
 * `uncalculated` marks a formula saved without its result (openpyxl writes these): its value is the
 * formula's text ("=SUM(B2:B9)"), which is no value at all.
 */
export const RawCell = z.object({
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  type: z.enum(['s', 'n', 'b', 'e', 'd', 'z']),
  link: z.string().optional(),
  format: z.string().optional(),
  uncalculated: z.literal(true).optional(),
});
export type RawCell = z.infer<typeof RawCell>;

/** A row as read: index 0 is column A; an empty cell is null. */
export const RawRow = z.array(RawCell.nullable());
export type RawRow = z.infer<typeof RawRow>;

/** Which field each column feeds, by 0-based column index; a saved template is the same list. */
export const ColumnMapping = z.array(
  z.object({
    column: z.number().int().min(0),
    header: z.string(),
    field: z.string().nullable(),
  }),
);
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const ColumnSuggestion = z.object({
  column: z.number().int().min(0),
  header: z.string(),
  field: z.string().nullable(),
  /** 1 for an exact synonym, lower for a synonym found inside a longer header, 0 for none. */
  confidence: z.number().min(0).max(1),
});
export type ColumnSuggestion = z.infer<typeof ColumnSuggestion>;
