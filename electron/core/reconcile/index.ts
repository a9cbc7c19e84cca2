export { createReconcileHandlers } from './reconcile-handlers';
