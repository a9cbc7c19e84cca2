import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { WHERE_KEYS } from '../messages/message-keys';
import { useMessageText } from '../messages/message-text';

/**
 * An API error in words: what went wrong, where (file, sheet, row, column) and each input problem.
 * The words come from the error's code and params, in the person's language, never from the engine's English.
 */
export function ErrorNotice({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const { messageText } = useMessageText();
  const where = error.where ? (Object.keys(WHERE_KEYS) as (keyof typeof WHERE_KEYS)[]).filter((part) => error.where?.[part] !== undefined) : [];
  return (
    <div className="error-notice" role="alert">
      <p>{messageText(error)}</p>
      {where.length > 0 && <p className="error-where">{where.map((part) => t(WHERE_KEYS[part], { value: error.where?.[part] })).join(', ')}</p>}
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
