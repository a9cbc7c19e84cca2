import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { PageHeading } from '../frame/PageHeading';
import { routeHref } from '../frame/route';
import { ImportWizard } from './ImportWizard';
import './import.css';

/** Without a submission: what importing is, and the submissions to import into (links, so the keyboard follows them). */
function SubmissionChoice() {
  const { t, i18n } = useTranslation();
  const submissions = useApiQuery('submissions.list', { locale: i18n.language });
  return (
    <section className="page">
      <PageHeading>{t('nav.import')}</PageHeading>
      <p className="lead">{t('import.intro')}</p>
      {submissions.error && <ErrorNotice error={submissions.error} />}
      {submissions.data?.length === 0 && (
        <p>
          {t('import.noSubmission')} <a href={routeHref({ place: 'submissions' })}>{t('import.toSubmissions')}</a>
        </p>
      )}
      {submissions.data && submissions.data.length > 0 && (
        <>
          <h2 id="import-into-heading">{t('import.chooseSubmission')}</h2>
          <ul className="link-list" aria-labelledby="import-into-heading">
            {submissions.data.map((s) => (
              <li key={s.id}>
                <a href={routeHref({ place: 'import', submissionId: s.id })}>
                  {t('import.submissionName', { country: s.countryName, year: s.year })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SubmissionImport({ submissionId, importId }: { submissionId: string; importId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const submission = useApiQuery('submissions.get', { id: submissionId, locale: i18n.language });
  const sub = submission.data;
  const name = sub ? t('import.submissionName', { country: sub.countryName, year: sub.year }) : '';
  return (
    <section className="page">
      <nav aria-label={t('submission.breadcrumbLabel')} className="breadcrumb">
        <a href={routeHref({ place: 'submissions', submissionId })}>{name || t('submission.allSubmissions')}</a>
      </nav>
      <PageHeading>{sub ? t('import.title', { submission: name }) : t('common.loading')}</PageHeading>
      {submission.error && <ErrorNotice error={submission.error} />}
      {sub && <ImportWizard key={importId ?? ''} submissionId={submissionId} submissionName={name} resumeImportId={importId} />}
    </section>
  );
}

/**
 * The Import place: `#/import` asks which submission, `#/import/<id>` runs the wizard for that submission,
 * `#/import/<id>/<importId>` opens the wizard at the review of that staged import (coming back from Reconciliation).
 */
export function ImportPage({ submissionId, importId }: { submissionId: string | undefined; importId?: string | undefined }) {
  return submissionId ? (
    <SubmissionImport key={submissionId} submissionId={submissionId} importId={importId} />
  ) : (
    <SubmissionChoice />
  );
}
