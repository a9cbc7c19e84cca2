import { EventEmitter } from 'node:events';
import type { Progress } from '../../../shared/domain';

/** Long work reports here; each front door forwards these events to its UI. */
export class ProgressBus extends EventEmitter<{ progress: [Progress] }> {
  report(event: Progress): void {
    this.emit('progress', event);
  }
}
