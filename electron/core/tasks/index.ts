/** Long work: its progress events, and the tasks a person can cancel. */
export { ProgressBus } from './progress-bus';
export { TaskRegistry } from './task-registry';
