import { useTranslation } from 'react-i18next';
import type { Submission } from '../../../shared/domain';
import type { Completeness } from '../../../shared/quality-contract';
import { CompletenessMeters } from '../workbench/CompletenessBars';
import { routeHref } from '../frame/route';
import { useRovingTable } from '../frame/use-roving-table';
import { SampleBadge } from './SampleBadge';
import { SUBMISSION_STATUS_KEYS } from './submission-keys';

interface SubmissionTableProps {
  submissions: Submission[];
  /** Each submission's completeness, by id; missing while it loads. */
  completeness: ReadonlyMap<string, Completeness>;
}

/** The workspace's submissions, newest first, with how complete each is; the country name opens the submission. */
export function SubmissionTable({ submissions, completeness }: SubmissionTableProps) {
  const { t } = useTranslation();
  const roving = useRovingTable();
  return (
    <table ref={roving} className="data-table" data-testid="submission-table">
      <caption className="visually-hidden">{t('submissions.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('submissions.columns.country')}</th>
          <th scope="col">{t('submissions.columns.year')}</th>
          <th scope="col">{t('submissions.columns.schema')}</th>
          <th scope="col">{t('submissions.columns.status')}</th>
          <th scope="col" className="number">
            {t('submissions.columns.answered')}
          </th>
          <th scope="col">{t('submissions.columns.completeness')}</th>
        </tr>
      </thead>
      <tbody>
        {submissions.map((s) => (
          <tr key={s.id} data-submission-id={s.id}>
            <th scope="row">
              <a href={routeHref({ place: 'submissions', submissionId: s.id })}>{s.countryName}</a>
              {s.sample && <SampleBadge />}
            </th>
            <td>{s.year}</td>
            <td>{t('submissions.schemaAtVersion', { id: s.schemaId, version: s.schemaVersion })}</td>
            <td>{t(SUBMISSION_STATUS_KEYS[s.status])}</td>
            <td className="number">{t('submissions.answeredOf', { answered: s.answered, total: s.indicatorCount })}</td>
            <td>{completeness.get(s.id) && <CompletenessMeters counts={completeness.get(s.id)!.overall} label={s.countryName} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
