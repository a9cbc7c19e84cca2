import { useTranslation } from 'react-i18next';
import type { Submission } from '../../../shared/domain';
import { useApiQuery } from '../api/use-api-query';
import { ImportHistory } from '../import/ImportHistory';
import { ErrorNotice } from '../frame/ErrorNotice';
import { PageHeading } from '../frame/PageHeading';
import { routeHref } from '../frame/route';
import { ReconcileLink } from '../reconcile/ReconcileLink';
import { EvidenceTable, RatificationTable } from './EvidenceTables';
import { ExportXlsx } from './ExportXlsx';
import { Workbench } from '../workbench/Workbench';
import { SampleBadge } from './SampleBadge';
import './submissions.css';
import { SUBMISSION_STATUS_KEYS } from './submission-keys';

function SubmissionFacts({ submission }: { submission: Submission }) {
  const { t } = useTranslation();
  return (
    <dl className="facts facts-inline">
      <dt>{t('submissions.columns.schema')}</dt>
      <dd>{t('submissions.schemaAtVersion', { id: submission.schemaId, version: submission.schemaVersion })}</dd>
      <dt>{t('submissions.columns.status')}</dt>
      <dd>{t(SUBMISSION_STATUS_KEYS[submission.status])}</dd>
    </dl>
  );
}

/** One submission: who and when it is about, its workbench (grid, evidence, problems), its evidence, ratifications and imports. */
export function SubmissionPage({ submissionId }: { submissionId: string }) {
  const { t, i18n } = useTranslation();
  const submission = useApiQuery('submissions.get', { id: submissionId, locale: i18n.language });
  const schemas = useApiQuery('schemas.list', {});
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
        {sub && <ExportXlsx submission={sub} />}
      </header>
      {sub && <SubmissionFacts submission={sub} />}
      {submission.error && <ErrorNotice error={submission.error} />}
      {schemas.error && <ErrorNotice error={schemas.error} />}
      {/* Not held back for the submission's facts: the grid's rows are the first thing the page asks for. */}
      <Workbench submissionId={submissionId} domains={domains} />
      <EvidenceTable submissionId={submissionId} />
      <RatificationTable submissionId={submissionId} />
      <ImportHistory submissionId={submissionId} />
    </section>
  );
}
