import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { useRovingTable } from '../frame/use-roving-table';
import { RATIFICATION_STATUS_KEYS } from '../messages/message-keys';
import { SUBMISSION_EVIDENCE_TYPE_KEYS } from './submission-keys';

/** A link only for web addresses: imported text never becomes a javascript: or file: link. */
function SourceLink({ url, children }: { url: string | null; children: string }) {
  if (!url || !/^https?:\/\//i.test(url)) return <>{children}</>;
  return (
    <a href={url} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}

/** The laws and evidence of practice committed to a submission. */
export function EvidenceTable({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation();
  const evidence = useApiQuery('submissions.evidence', { submissionId });
  const roving = useRovingTable();
  return (
    <section className="evidence" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t('submission.evidence.heading')}</h2>
      {evidence.error && <ErrorNotice error={evidence.error} />}
      {evidence.data?.length === 0 && <p>{t('submission.evidence.empty')}</p>}
      {evidence.data && evidence.data.length > 0 && (
        <div className="table-scroll">
          <table ref={roving} className="data-table" data-testid="evidence-table">
            <thead>
              <tr>
                <th scope="col">{t('submission.evidence.type')}</th>
                <th scope="col">{t('submission.evidence.title')}</th>
                <th scope="col">{t('submission.evidence.citation')}</th>
                <th scope="col">{t('submission.evidence.date')}</th>
                <th scope="col">{t('submission.evidence.categories')}</th>
                <th scope="col">{t('submission.evidence.indicators')}</th>
              </tr>
            </thead>
            <tbody>
              {evidence.data.map((e) => (
                <tr key={`${e.type}|${e.title}|${e.citation}`}>
                  <td>{t(SUBMISSION_EVIDENCE_TYPE_KEYS[e.type])}</td>
                  <th scope="row">
                    <SourceLink url={e.url}>{e.title}</SourceLink>
                  </th>
                  <td>{e.citation}</td>
                  <td className="no-wrap">{e.date ?? ''}</td>
                  <td>{e.categories ?? ''}</td>
                  <td>{e.indicators ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Where the submission's country stands with each international instrument. */
export function RatificationTable({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation();
  const ratifications = useApiQuery('submissions.ratifications', { submissionId });
  const roving = useRovingTable();
  return (
    <section className="ratifications" aria-labelledby="ratifications-heading">
      <h2 id="ratifications-heading">{t('submission.ratifications.heading')}</h2>
      {ratifications.error && <ErrorNotice error={ratifications.error} />}
      {ratifications.data?.length === 0 && <p>{t('submission.ratifications.empty')}</p>}
      {ratifications.data && ratifications.data.length > 0 && (
        <div className="table-scroll">
          <table ref={roving} className="data-table" data-testid="ratification-table">
            <thead>
              <tr>
                <th scope="col">{t('submission.ratifications.instrument')}</th>
                <th scope="col">{t('submission.ratifications.status')}</th>
                <th scope="col">{t('submission.ratifications.date')}</th>
                <th scope="col">{t('submission.ratifications.reservations')}</th>
              </tr>
            </thead>
            <tbody>
              {ratifications.data.map((r) => (
                <tr key={r.instrument}>
                  <th scope="row">{r.instrumentTitle}</th>
                  <td>{t(RATIFICATION_STATUS_KEYS[r.status])}</td>
                  <td className="no-wrap">{r.date ?? ''}</td>
                  <td>{r.reservations ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
