import { listEvidence, listProblems, submissionRatifications, type QualityInputs } from '../curate';
import type { Db } from '../db';
import { answerRemarks } from '../export';
import type { CsvCell } from './write-csv';

/** One CSV table of a package and its Frictionless field types and keys. */
export interface PackageTable {
  name: string;
  fields: readonly { name: string; type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'datetime'; required?: boolean }[];
  primaryKey: readonly string[];
  foreignKeys?: readonly { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: CsvCell[][];
}

/**
 * The submission as tables for programs: answers (the expert's, and those derived from ratifications, marked),
 * evidence and its links to indicators, ratifications, and the problems accepted with their notes. Rows are in
 * a fixed order, so the same data gives the same bytes.
 */
export function packageTables(db: Db, inputs: QualityInputs): PackageTable[] {
  const submissionId = inputs.submission.id;
  const remarks = new Map(answerRemarks(db, submissionId).map((r) => [r.indicator, r]));
  const evidence = listEvidence(db, submissionId).sort((a, b) => a.id - b.id);
  const accepted = listProblems(db, inputs).items.filter((p) => p.accepted !== null).sort((a, b) => a.key.localeCompare(b.key));
  return [
    {
      name: 'answers',
      fields: [
        { name: 'indicator', type: 'string', required: true },
        { name: 'value', type: 'string' },
        { name: 'score', type: 'number' },
        { name: 'derived_from_ratification', type: 'boolean', required: true },
        { name: 'confidence', type: 'string' },
        { name: 'note', type: 'string' },
      ],
      primaryKey: ['indicator'],
      rows: inputs.schema.indicators.map((indicator) => {
        const answer = inputs.effective.get(indicator.code)!;
        const remark = remarks.get(indicator.code);
        return [indicator.code, answer.value, answer.score, answer.derived ? 'true' : 'false', remark?.confidence ?? null, remark?.note ?? null];
      }),
    },
    {
      name: 'evidence',
      fields: [
        { name: 'id', type: 'integer', required: true },
        { name: 'type', type: 'string', required: true },
        { name: 'title', type: 'string', required: true },
        { name: 'citation', type: 'string' },
        { name: 'date', type: 'string' },
        { name: 'url', type: 'string' },
        { name: 'excerpt', type: 'string' },
      ],
      primaryKey: ['id'],
      rows: evidence.map((e) => [e.id, e.type, e.title, e.citation, e.date, e.url, e.excerpt]),
    },
    {
      name: 'evidence_links',
      fields: [
        { name: 'evidence_id', type: 'integer', required: true },
        { name: 'indicator', type: 'string', required: true },
      ],
      primaryKey: ['evidence_id', 'indicator'],
      foreignKeys: [
        { fields: ['evidence_id'], reference: { resource: 'evidence', fields: ['id'] } },
        { fields: ['indicator'], reference: { resource: 'answers', fields: ['indicator'] } },
      ],
      rows: evidence.flatMap((e) => [...e.indicators].sort().map((indicator): CsvCell[] => [e.id, indicator])),
    },
    {
      name: 'ratifications',
      fields: [
        { name: 'instrument', type: 'string', required: true },
        { name: 'status', type: 'string', required: true },
        { name: 'date', type: 'string' },
        { name: 'reservations', type: 'string' },
      ],
      primaryKey: ['instrument'],
      rows: submissionRatifications(db, submissionId).map((r) => [r.instrument, r.status, r.date, r.reservations]),
    },
    {
      name: 'accepted_problems',
      fields: [
        { name: 'key', type: 'string', required: true },
        { name: 'indicator', type: 'string', required: true },
        { name: 'code', type: 'string', required: true },
        { name: 'message', type: 'string', required: true },
        { name: 'note', type: 'string', required: true },
        { name: 'accepted_by', type: 'string', required: true },
        { name: 'accepted_at', type: 'datetime', required: true },
      ],
      primaryKey: ['key'],
      foreignKeys: [{ fields: ['indicator'], reference: { resource: 'answers', fields: ['indicator'] } }],
      rows: accepted.map((p) => [p.key, p.indicator, p.code, p.message, p.accepted!.note, p.accepted!.actor, p.accepted!.at]),
    },
  ];
}
