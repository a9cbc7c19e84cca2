/** The append-only, hash-chained audit log that every write appends to, and the check that it holds. */
export { appendAudit } from './audit-log';
export { verifyAuditChain } from './verify-audit-chain';
