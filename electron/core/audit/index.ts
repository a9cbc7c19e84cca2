export { appendAudit } from './audit-log';
