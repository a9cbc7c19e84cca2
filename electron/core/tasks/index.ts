export { ProgressBus } from './progress-bus';
export { TaskRegistry } from './task-registry';
