import type { ProgressPhase } from '../../../shared/domain';

/** What long work is doing, as the progress line and the status bar say it. */
export const PROGRESS_PHASE_KEYS = {
  reading: 'progress.phases.reading',
  converting: 'progress.phases.converting',
  scanning: 'progress.phases.scanning',
  mapping: 'progress.phases.mapping',
  checking: 'progress.phases.checking',
  waiting: 'progress.phases.waiting',
} as const satisfies Record<ProgressPhase, string>;
