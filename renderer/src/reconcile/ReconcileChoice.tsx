import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { PageHeading } from '../frame/PageHeading';
import { routeHref } from '../frame/route';
import { useRovingTable } from '../frame/use-roving-table';
import { useWaitingCounts } from './use-waiting-counts';
import './reconcile.css';

/**
 * `#/reconcile` with no submission: what matching to the schema is, and every submission with how
 * much waits in it, those with the most first; each opens its queue.
 */
export function ReconcileChoice() {
  const { t, i18n } = useTranslation();
  const submissions = useApiQuery('submissions.list', { locale: i18n.language });
  const waiting = useWaitingCounts();
  const roving = useRovingTable();
  const counts = new Map((waiting.data ?? []).map((w) => [w.submissionId, w]));
  const listed = [...(submissions.data ?? [])].sort((a, b) => (counts.get(b.id)?.texts ?? 0) - (counts.get(a.id)?.texts ?? 0));

  return (
    <section className="page">
      <PageHeading>{t('reconcile.choose.title')}</PageHeading>
      <p className="lead">{t('reconcile.choose.lead')}</p>
      {submissions.error && <ErrorNotice error={submissions.error} />}
      {waiting.error && <ErrorNotice error={waiting.error} />}
      {submissions.data?.length === 0 && (
        <p>
          {t('reconcile.choose.none')} <a href={routeHref({ place: 'submissions' })}>{t('reconcile.choose.toSubmissions')}</a>
        </p>
      )}
      {listed.length > 0 && (
        <div className="table-scroll">
          <table ref={roving} className="data-table" data-testid="reconcile-choice">
            <caption className="visually-hidden">{t('reconcile.choose.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reconcile.choose.submission')}</th>
                <th scope="col" className="number">
                  {t('reconcile.choose.texts')}
                </th>
                <th scope="col" className="number">
                  {t('reconcile.choose.rows')}
                </th>
              </tr>
            </thead>
            <tbody>
              {listed.map((s) => {
                const count = counts.get(s.id);
                return (
                  <tr key={s.id}>
                    <th scope="row">
                      <a href={routeHref({ place: 'reconcile', submissionId: s.id })}>
                        {t('submission.title', { country: s.countryName, year: s.year })}
                      </a>
                    </th>
                    <td className="number">{count?.texts ?? 0}</td>
                    <td className="number">{count?.rows ?? 0}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
