import type { Workspace } from '../../../electron/core/workspace/workspace';
import type { RatificationStatus } from '../../../shared/instrument-statuses';
import { useKenyaWorkspace } from '../import-flow/kenya-workspace';

/** A fresh workspace per test with a Kenya 2025 submission; the rows a test needs are written as imports leave them. */
export const useQualityWorkspace = () => useKenyaWorkspace({ year: 2025 });

/** Stores an answer as an import (of any earlier version of the app) left it: value and score as given, unchecked. */
export function storeAnswer(ws: Workspace, submissionId: string, indicator: string, value: string | null, score: number | null, extra: { note?: string; confidence?: string } = {}): void {
  ws.db
    .prepare(
      `INSERT INTO answers (submission_id, indicator, value, score, confidence, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')
       ON CONFLICT (submission_id, indicator) DO UPDATE SET value = excluded.value, score = excluded.score`,
    )
    .run(submissionId, indicator, value, score, extra.confidence ?? null, extra.note ?? null);
}

/** Adds an evidence row linked to the given indicators; its id. */
export function storeEvidence(
  ws: Workspace,
  submissionId: string,
  type: 'law' | 'practice',
  title: string,
  indicators: string[],
  extra: { citation?: string; url?: string; excerpt?: string } = {},
): number {
  const id = Number(
    ws.db
      .prepare('INSERT INTO evidence (submission_id, type, title, citation, url, excerpt) VALUES (?, ?, ?, ?, ?, ?)')
      .run(submissionId, type, title, extra.citation ?? '', extra.url ?? null, extra.excerpt ?? null).lastInsertRowid,
  );
  for (const indicator of indicators) ws.db.prepare('INSERT INTO evidence_links (evidence_id, indicator) VALUES (?, ?)').run(id, indicator);
  return id;
}

export function storeRatification(ws: Workspace, submissionId: string, instrument: string, status: RatificationStatus, date: string | null = null): void {
  ws.db
    .prepare('INSERT INTO ratifications (submission_id, instrument, status, date) VALUES (?, ?, ?, ?) ON CONFLICT (submission_id, instrument) DO UPDATE SET status = excluded.status')
    .run(submissionId, instrument, status, date);
}

export function auditActions(ws: Workspace): { action: string; entity: string; details: Record<string, unknown> }[] {
  return (ws.db.prepare('SELECT action, entity, details FROM audit_log ORDER BY seq').all() as { action: string; entity: string; details: string }[]).map((r) => ({
    ...r,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}
