/** The append-only, hash-chained audit log that every write appends to. */
export { appendAudit } from './audit-log';
