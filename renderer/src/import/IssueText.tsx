import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../shared/records';

/**
 * One problem in words. The engine's messages already name the sheet, row and column; when one does
 * not, the place is said first, so the person can always find the cell by hand.
 */
export function IssueText({ issue }: { issue: ImportIssue }) {
  const { t } = useTranslation();
  const { row, column, sheet } = issue.where;
  const named = row === undefined || new RegExp(`\\brow ${row}\\b`, 'i').test(issue.message);
  if (named) return <>{issue.message}</>;
  const place = [
    sheet !== undefined ? t('errors.where.sheet', { value: sheet }) : undefined,
    t('errors.where.row', { value: row }),
    column !== undefined ? t('errors.where.column', { value: column }) : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <span className="issue-place">{t('import.issuePlace', { place })}</span> {issue.message}
    </>
  );
}
