import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { routeHref } from '../frame/route';

/** The ways back: to each import of the submission still in staging (to commit it), and to the submission. */
export function BackLinks({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation();
  const history = useApiQuery('imports.history', { submissionId });
  const staged = (history.data ?? []).filter((h) => h.status === 'staged');
  return (
    <ul className="reconcile-back-links">
      {staged.map((h) => (
        <li key={h.importId}>
          <a href={routeHref({ place: 'import', submissionId, importId: h.importId })}>
            {t('reconcile.backToImport', { file: h.fileName, sheet: h.sheet })}
          </a>
        </li>
      ))}
      <li>
        <a href={routeHref({ place: 'submissions', submissionId })}>{t('reconcile.openSubmission')}</a>
      </li>
    </ul>
  );
}
