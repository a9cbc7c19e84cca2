import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submission } from '../../../shared/domain';
import { useApiQuery } from '../api/use-api-query';
import { ImportHistory } from '../import/ImportHistory';
import { ErrorNotice } from '../frame/ErrorNotice';
import { PageHeading } from '../frame/PageHeading';
import { routeHref } from '../frame/route';
import { ReconcileLink } from '../reconcile/ReconcileLink';
import { IndicatorFilters, type IndicatorFilter } from './IndicatorFilters';
import { EvidenceTable, RatificationTable } from './EvidenceTables';
import { IndicatorGrid } from './IndicatorGrid';
import { SampleBadge } from './SampleBadge';
import './submissions.css';

function SubmissionFacts({ submission }: { submission: Submission }) {
  const { t } = useTranslation();
  return (
    <dl className="facts facts-inline">
      <dt>{t('submissions.columns.schema')}</dt>
      <dd>{t('submissions.schemaAtVersion', { id: submission.schemaId, version: submission.schemaVersion })}</dd>
      <dt>{t('submissions.columns.status')}</dt>
      <dd>{t(`submissionStatus.${submission.status}`)}</dd>
      <dt>{t('submissions.columns.answered')}</dt>
      <dd>{t('submissions.answeredOf', { answered: submission.answered, total: submission.indicatorCount })}</dd>
    </dl>
  );
}

/** One submission: who and when it is about, and its indicators in a grid that can be narrowed by domain and dimension. */
export function SubmissionPage({ submissionId }: { submissionId: string }) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<IndicatorFilter>({ domain: '', dimension: '' });
  const submission = useApiQuery('submissions.get', { id: submissionId, locale: i18n.language });
  const schemas = useApiQuery('schemas.list', {});
  // The engine filters, so the grid shows exactly what the contract calls this domain's or dimension's indicators.
  const indicators = useApiQuery('submissions.indicators', {
    submissionId,
    ...(filter.domain ? { domain: filter.domain } : {}),
    ...(filter.dimension ? { dimension: filter.dimension } : {}),
  });
  const sub = submission.data;
  const domains =
    schemas.data?.find((s) => s.id === sub?.schemaId && s.version === sub?.schemaVersion)?.domains ?? [];

  return (
    <section className="page">
      <nav aria-label={t('submission.breadcrumbLabel')} className="breadcrumb">
        <a href={routeHref({ place: 'submissions' })}>{t('submission.allSubmissions')}</a>
      </nav>
      <header className="page-header">
        <PageHeading>
          {sub ? t('submission.title', { country: sub.countryName, year: sub.year }) : t('common.loading')}
        </PageHeading>
        {sub?.sample && <SampleBadge />}
        <ReconcileLink submissionId={submissionId} />
        <a className="button-link" href={routeHref({ place: 'import', submissionId })}>
          {t('import.intoThisSubmission')}
        </a>
      </header>
      {sub && <SubmissionFacts submission={sub} />}
      {submission.error && <ErrorNotice error={submission.error} />}
      {schemas.error && <ErrorNotice error={schemas.error} />}
      <section className="indicators" aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t('submission.indicatorsHeading')}</h2>
        <IndicatorFilters domains={domains} filter={filter} onChange={setFilter} shown={indicators.data?.length} />
        {indicators.error && <ErrorNotice error={indicators.error} />}
        {indicators.data && <IndicatorGrid rows={indicators.data} />}
      </section>
      <EvidenceTable submissionId={submissionId} />
      <RatificationTable submissionId={submissionId} />
      <ImportHistory submissionId={submissionId} />
    </section>
  );
}
