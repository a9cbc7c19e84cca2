import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submission, WorkspaceInfo } from '../../../shared/domain';
import { api, asApiError, type ApiError } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { ErrorNotice } from '../frame/ErrorNotice';
import { PageHeading } from '../frame/PageHeading';
import { navigate } from '../frame/route';
import { NewSubmissionDialog } from './NewSubmissionDialog';
import { SubmissionTable } from './SubmissionTable';
import './submissions.css';

/** A fresh workspace has nothing to show; it offers the Demoland sample so a new user sees a filled submission at once. */
function EmptyWorkspace({ onOpenSample, opening }: { onOpenSample(): void; opening: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="empty-state">
      <p>{t('submissions.empty')}</p>
      <button type="button" onClick={onOpenSample} disabled={opening}>
        {opening ? t('submissions.openingSample') : t('submissions.openSample')}
      </button>
    </div>
  );
}

export function SubmissionsPage({ defaultSchema }: { defaultSchema: WorkspaceInfo['defaultSchema'] | undefined }) {
  const { t, i18n } = useTranslation();
  const submissions = useApiQuery('submissions.list', { locale: i18n.language });
  const completeness = useApiQuery('submissions.completenessAll', {});
  const completenessById = useMemo(
    () => new Map((completeness.data ?? []).map((c) => [c.submissionId, c])),
    [completeness.data],
  );
  const [creating, setCreating] = useState(false);
  const [openingSample, setOpeningSample] = useState(false);
  const [sampleRefusal, setSampleRefusal] = useState<ApiError>();

  const open = (submission: Submission) => navigate({ place: 'submissions', submissionId: submission.id });

  async function openSample() {
    setOpeningSample(true);
    setSampleRefusal(undefined);
    try {
      open(await api.invoke('samples.open', { locale: i18n.language }));
    } catch (caught) {
      setSampleRefusal(asApiError(caught));
      setOpeningSample(false);
    }
  }

  return (
    <section className="page">
      <header className="page-header">
        <PageHeading>{t('nav.submissions')}</PageHeading>
        <button type="button" className="button-primary" onClick={() => setCreating(true)}>
          {t('submissions.new')}
        </button>
      </header>
      {submissions.error && <ErrorNotice error={submissions.error} />}
      {sampleRefusal && <ErrorNotice error={sampleRefusal} />}
      {submissions.data === undefined ? (
        submissions.loading && <p>{t('common.loading')}</p>
      ) : submissions.data.length === 0 ? (
        <EmptyWorkspace onOpenSample={() => void openSample()} opening={openingSample} />
      ) : (
        <SubmissionTable submissions={submissions.data} completeness={completenessById} />
      )}
      {creating && (
        <NewSubmissionDialog defaultSchema={defaultSchema} onCreated={open} onClose={() => setCreating(false)} />
      )}
    </section>
  );
}
