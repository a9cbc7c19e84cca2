import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/import-contract';
import type { ImportIssue } from '../../../shared/records';
import { columnLetter } from './column-letter';
import { IssueText } from './IssueText';
import { useMessageText } from '../messages/message-text';
import { fieldName } from './import-keys';

/** The first rows as read with the current mapping; every cell with a problem is tinted, and its problem is listed below. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const { issueText } = useMessageText();
  const fieldOf = (column: number) => preview.mapping.find((m) => m.column === column)?.field ?? null;
  const problems = preview.rows.flatMap((row) => row.problems);
  const columnCount = Math.max(preview.headers.length, ...preview.rows.map((row) => row.cells.length));
  const columns = Array.from({ length: columnCount }, (_, index) => index);

  const problemsAt = (issues: ImportIssue[], letter: string | undefined) =>
    issues.filter((issue) => issue.where.column === letter);

  return (
    <>
      <div className="table-scroll">
        <table className="data-table preview-table" data-testid="preview-table">
          <caption className="visually-hidden">{t('import.mapping.previewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.row')}</th>
              {columns.map((column) => {
                const field = fieldOf(column);
                return (
                  <th scope="col" key={column}>
                    <span className="column-letter">{columnLetter(column)}</span> {preview.headers[column] ?? ''}
                    <span className={`mapped-field${field ? '' : ' mapped-field-none'}`}>
                      {field ? fieldName(t, field) : t('import.mapping.notImported')}
                    </span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => {
              // A problem that names no column (a required field with no column) belongs to the whole row.
              const rowProblems = problemsAt(row.problems, undefined);
              return (
                <tr key={row.row}>
                  <th
                    scope="row"
                    className={rowProblems.length > 0 ? 'cell-problem' : undefined}
                    title={rowProblems.map(issueText).join('\n') || undefined}
                  >
                    {row.row}
                  </th>
                  {columns.map((column) => {
                    const cellProblems = problemsAt(row.problems, columnLetter(column));
                    const unmapped = fieldOf(column) === null;
                    const classes = [cellProblems.length > 0 ? 'cell-problem' : '', unmapped ? 'cell-unmapped' : '']
                      .filter(Boolean)
                      .join(' ');
                    return (
                      <td
                        key={column}
                        className={classes || undefined}
                        title={cellProblems.map(issueText).join('\n') || undefined}
                        data-problem={cellProblems.length > 0 ? cellProblems.map((p) => p.code).join(' ') : undefined}
                      >
                        {row.cells[column] ?? ''}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {problems.length > 0 && (
        <section className="problem-list" aria-labelledby="preview-problems-heading">
          <h3 id="preview-problems-heading">{t('import.mapping.problemsHeading', { count: problems.length })}</h3>
          <ul>
            {problems.map((issue, index) => (
              <li key={index} data-row={issue.where.row} data-column={issue.where.column}>
                <IssueText issue={issue} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
