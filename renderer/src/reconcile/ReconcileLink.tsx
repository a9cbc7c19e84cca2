import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../shared/import-contract';
import { routeHref } from '../frame/route';
import { useWaitingCounts } from './use-waiting-counts';
import './reconcile.css';

/** "Match 4 texts to the schema (6 rows wait)": the way from a submission to its queue, shown only while something waits. */
export function ReconcileLink({ submissionId, withRows = true }: { submissionId: string; withRows?: boolean }) {
  const { t } = useTranslation();
  const waiting = useWaitingCounts().data?.find((w) => w.submissionId === submissionId);
  if (!waiting) return null;
  return (
    <span className="reconcile-link" data-testid="reconcile-link">
      <a href={routeHref({ place: 'reconcile', submissionId })}>{t('reconcile.link', { count: waiting.texts })}</a>
      {withRows && (
        <>
          {' '}
          <span className="reconcile-link-rows">{t('reconcile.linkRows', { count: waiting.rows })}</span>
        </>
      )}
    </span>
  );
}

/**
 * In the import's review: the rows this import holds back for reconciliation and the way to the
 * queue, or that none waits. Keyed by the count, so a fix in the review asks the queue again.
 */
export function StagingReconcileNotice({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const waiting = summary.counts.needsReconciliation;
  if (waiting === 0)
    return (
      <p className="notice notice-success" data-testid="reconcile-none">
        {t('reconcile.nothingWaits')}
      </p>
    );
  return (
    <div className="notice reconcile-notice" data-testid="reconcile-waiting">
      <p>{t('reconcile.rowsWait', { count: waiting })}</p>
      {/* The rows are counted in the sentence above. */}
      <ReconcileLink key={waiting} submissionId={summary.submissionId} withRows={false} />
    </div>
  );
}
