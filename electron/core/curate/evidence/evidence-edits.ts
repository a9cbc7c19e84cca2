import type { EvidenceChanges, EvidenceFields, EvidenceRow } from '../../../../shared/curate-contract';
import { MrcError } from '../../../../shared/errors';
import type { Db } from '../../db';
import { type ChangeTracker, undoable } from '../edit/undoable';
import { submissionIndicator } from '../submission-indicator';
import { requireSubmission } from '../submissions';
import {
  deleteEvidenceRow,
  deleteLink,
  evidenceLinkedTo,
  evidenceOfSubmission,
  findEvidence,
  insertEvidence,
  insertLink,
  sameEvidence,
  type StoredEvidence,
  updateEvidenceRow,
} from './evidence-store';

const toRow = (e: StoredEvidence): EvidenceRow => ({ ...e, indicators: e.indicators ? e.indicators.split(',') : [] });

function requireEvidence(db: Db, id: number): EvidenceRow {
  const found = findEvidence(db, id);
  if (!found) throw new MrcError('unknown-evidence', `There is no evidence ${id} in this workspace.`, { params: { evidence: id } });
  return toRow(found);
}

export function listEvidence(db: Db, submissionId: string): EvidenceRow[] {
  requireSubmission(db, submissionId);
  return evidenceOfSubmission(db, submissionId).map(toRow);
}

export function evidenceOfIndicator(db: Db, submissionId: string, indicator: string): EvidenceRow[] {
  submissionIndicator(db, submissionId, indicator);
  return evidenceLinkedTo(db, submissionId, indicator).map(toRow);
}

function refuseDuplicate(db: Db, submissionId: string, fields: EvidenceFields, self?: number): void {
  const other = sameEvidence(db, submissionId, fields);
  if (other !== undefined && other !== self)
    throw new MrcError(
      'duplicate-evidence',
      `The submission already cites ${fields.type === 'law' ? 'the law' : 'the source'} "${fields.title}"${fields.citation ? `, ${fields.citation}` : ''} (evidence ${other}): link that one instead.`,
      { params: { type: fields.type, title: fields.title, citation: fields.citation ?? '', evidence: other } },
    );
}

const trackLink = (tracker: ChangeTracker, evidenceId: number, indicator: string) =>
  tracker.track('evidence_links', { evidence_id: evidenceId, indicator });

export async function addEvidence(db: Db, actor: string, submissionId: string, fields: EvidenceFields, indicatorIds: readonly string[]): Promise<EvidenceRow> {
  requireSubmission(db, submissionId);
  const codes = [...new Set(indicatorIds.map((code) => submissionIndicator(db, submissionId, code).code))];
  const id = await undoable(db, { actor, submissionId, action: 'evidence.add', indicators: codes }, (tracker) => {
    refuseDuplicate(db, submissionId, fields);
    const created = insertEvidence(db, submissionId, fields);
    tracker.track('evidence', { id: created }, true);
    for (const code of codes) {
      trackLink(tracker, created, code);
      insertLink(db, created, code);
    }
    return created;
  });
  return requireEvidence(db, id);
}

export async function updateEvidence(db: Db, actor: string, evidenceId: number, changes: EvidenceChanges): Promise<EvidenceRow> {
  const current = requireEvidence(db, evidenceId);
  const fields: EvidenceFields = { ...current, ...changes };
  await undoable(db, { actor, submissionId: current.submissionId, action: 'evidence.update', indicators: current.indicators }, (tracker) => {
    refuseDuplicate(db, current.submissionId, fields, evidenceId);
    tracker.track('evidence', { id: evidenceId });
    updateEvidenceRow(db, evidenceId, fields);
  });
  return requireEvidence(db, evidenceId);
}

export async function removeEvidence(db: Db, actor: string, evidenceId: number): Promise<{ removed: number }> {
  const current = requireEvidence(db, evidenceId);
  await undoable(db, { actor, submissionId: current.submissionId, action: 'evidence.remove', indicators: current.indicators }, (tracker) => {
    for (const code of current.indicators) trackLink(tracker, evidenceId, code);
    tracker.track('evidence', { id: evidenceId });
    deleteEvidenceRow(db, evidenceId);
  });
  return { removed: evidenceId };
}

export async function linkEvidence(db: Db, actor: string, evidenceId: number, indicator: string, linked: boolean): Promise<EvidenceRow> {
  const current = requireEvidence(db, evidenceId);
  const code = submissionIndicator(db, current.submissionId, indicator).code;
  const action = linked ? 'evidence.link' : 'evidence.unlink';
  await undoable(db, { actor, submissionId: current.submissionId, action, indicators: [code] }, (tracker) => {
    trackLink(tracker, evidenceId, code);
    if (linked) insertLink(db, evidenceId, code);
    else deleteLink(db, evidenceId, code);
  });
  return requireEvidence(db, evidenceId);
}
