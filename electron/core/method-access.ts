import type { ApiMethod } from '../../shared/api';

/**
 * Which methods write to the workspace. A 'write' runs on the one writer connection, in turn with the other writes;
 * a 'read' runs at once on a read-only connection (query_only), so a write sent there by mistake fails loudly.
 * A new method must be placed here: the type wants every method.
 */
export const METHOD_ACCESS: Readonly<Record<ApiMethod, 'read' | 'write'>> = {
  'workspace.info': 'read',
  'schemas.list': 'read',
  'schemas.get': 'read',
  'countries.list': 'read',
  'submissions.create': 'write',
  'submissions.list': 'read',
  'submissions.get': 'read',
  'submissions.indicators': 'read',
  'submissions.evidence': 'read',
  'submissions.ratifications': 'read',
  'samples.open': 'write',
  // Opening reads the file and the workspace; it writes nothing until the import is staged.
  'imports.open': 'read',
  'imports.preview': 'read',
  'imports.stage': 'write',
  'imports.get': 'read',
  'imports.rows': 'read',
  'imports.editCell': 'write',
  'imports.exclude': 'write',
  'imports.requeue': 'write',
  'imports.conflicts': 'read',
  'imports.commit': 'write',
  'imports.abandon': 'write',
  'imports.history': 'read',
  'mappings.list': 'read',
  'reconcile.queue': 'read',
  'reconcile.waiting': 'read',
  'reconcile.search': 'read',
  'reconcile.decide': 'write',
  // It writes when asked to apply, and counts what it would accept otherwise: a write either way.
  'reconcile.acceptAbove': 'write',
  'aliases.export': 'read',
  'aliases.import': 'write',
  'answers.set': 'write',
  'evidence.list': 'read',
  'evidence.ofIndicator': 'read',
  'evidence.add': 'write',
  'evidence.update': 'write',
  'evidence.remove': 'write',
  'evidence.link': 'write',
  'evidence.unlink': 'write',
  'edits.state': 'read',
  'edits.undo': 'write',
  'edits.redo': 'write',
  'edits.history': 'read',
  'audit.verify': 'read',
  'submissions.problems': 'read',
  'problems.accept': 'write',
  'problems.unaccept': 'write',
  'submissions.completeness': 'read',
  'submissions.completenessAll': 'read',
  'submissions.previous': 'read',
  'answers.justify': 'write',
  'submissions.derivedAnswers': 'read',
  // The workbook goes to a file the person chose; the workspace is only read.
  'submissions.exportXlsx': 'read',
  'submissions.xlsxFile': 'read',
  // Cancelling touches no table, and must never wait behind the work it cancels.
  'tasks.cancel': 'read',
};
