import type { z } from 'zod';
import type { SubmissionStatus } from '../../../shared/domain';
import type { EvidenceType } from '../../../shared/records';

export const SUBMISSION_STATUS_KEYS = {
  draft: 'submissionStatus.draft',
  submitted: 'submissionStatus.submitted',
  reviewed: 'submissionStatus.reviewed',
} as const satisfies Record<z.infer<typeof SubmissionStatus>, string>;

/** An evidence item's type, as the submission's evidence table names it. */
export const SUBMISSION_EVIDENCE_TYPE_KEYS = {
  law: 'submission.evidence.types.law',
  practice: 'submission.evidence.types.practice',
} as const satisfies Record<EvidenceType, string>;
