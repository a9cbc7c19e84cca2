import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';

/**
 * An API error in words: what went wrong, where (file, sheet, row, column) and each input problem.
 * The engine's messages already say what to do; the client's own codes are worded from the translations.
 */
export function ErrorNotice({ error }: { error: ApiError }) {
  const { t, i18n } = useTranslation();
  const known = `errors.${error.code}`;
  const message = i18n.exists(known) ? t(known) : error.message;
  const where = error.where ? Object.entries(error.where).filter(([, value]) => value !== undefined) : [];
  return (
    <div className="error-notice" role="alert">
      <p>{message}</p>
      {where.length > 0 && (
        <p className="error-where">
          {where.map(([part, value]) => t(`errors.where.${part}`, { value })).join(', ')}
        </p>
      )}
      <InputIssues error={error} />
    </div>
  );
}

/** Each problem the contract found in the input, one per line. */
export function InputIssues({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  if (error.issues.length === 0) return null;
  return (
    <ul>
      {error.issues.map((issue) => (
        <li key={`${issue.path}:${issue.message}`}>{t('errors.issue', issue)}</li>
      ))}
    </ul>
  );
}
