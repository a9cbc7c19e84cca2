import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Progress, WorkspaceInfo } from '../../../shared/domain';
import { api } from '../api/client';
import { PROGRESS_PHASE_KEYS } from './progress-keys';

const PROGRESS_SHOWN_MS = 4_000;

/** The line at the bottom: which workspace file is open, its default schema, and the latest progress of long work. */
export function StatusBar({ workspace }: { workspace: WorkspaceInfo | undefined }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<Progress>();
  useEffect(() => {
    let idle: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = api.onProgress((event) => {
      setProgress(event);
      // Work reports as it goes but not when it ends: a line that stops moving is cleared.
      clearTimeout(idle);
      idle = setTimeout(() => setProgress(undefined), PROGRESS_SHOWN_MS);
    });
    return () => {
      clearTimeout(idle);
      unsubscribe();
    };
  }, []);

  const doing = progress && t(PROGRESS_PHASE_KEYS[progress.phase], progress.params);
  return (
    <footer className="status-bar" data-testid="status-bar">
      {workspace && (
        <>
          <span className="status-item" title={workspace.path}>
            {t('statusBar.workspace', { path: workspace.path })}
          </span>
          <span className="status-item">
            {t('statusBar.schema', { id: workspace.defaultSchema.id, version: workspace.defaultSchema.version })}
          </span>
        </>
      )}
      <span className="status-item status-progress" role="status">
        {progress &&
          (progress.total === null
            ? t('statusBar.progress', { message: doing })
            : t('statusBar.progressCounted', { message: doing, done: progress.done, total: progress.total }))}
      </span>
    </footer>
  );
}
