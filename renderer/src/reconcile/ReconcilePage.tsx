import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { PageHeading } from '../frame/PageHeading';
import { routeHref } from '../frame/route';
import { ReconcileQueue } from './ReconcileQueue';
import './reconcile.css';

/** `#/reconcile/<id>`: every text of the submission's staged rows that waits for a decision, one at a time. */
export function ReconcilePage({ submissionId }: { submissionId: string }) {
  const { t, i18n } = useTranslation();
  const submission = useApiQuery('submissions.get', { id: submissionId, locale: i18n.language });
  const sub = submission.data;
  const name = sub ? t('submission.title', { country: sub.countryName, year: sub.year }) : '';
  return (
    <section className="page reconcile-page">
      <nav aria-label={t('submission.breadcrumbLabel')} className="breadcrumb">
        <a href={routeHref({ place: 'submissions', submissionId })}>{name || t('submission.allSubmissions')}</a>
      </nav>
      <PageHeading>{sub ? t('reconcile.title', { submission: name }) : t('common.loading')}</PageHeading>
      {submission.error && <ErrorNotice error={submission.error} />}
      {sub && <ReconcileQueue submissionId={submissionId} />}
    </section>
  );
}
