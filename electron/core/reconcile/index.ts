/** The texts that staging could not match, waiting for a person's decision; the learned matches a team shares. */
export { createReconcileHandlers } from './reconcile-handlers';
