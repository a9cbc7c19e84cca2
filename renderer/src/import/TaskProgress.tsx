import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { ErrorNotice } from '../frame/ErrorNotice';
import type { LongTask } from './use-long-task';
import { TASK_LABEL_KEYS } from './import-keys';
import { PROGRESS_PHASE_KEYS } from '../frame/progress-keys';

/** While a long call runs: what it is doing, how far it got, and a Cancel button once the engine has named the task. */
export function TaskProgress({ task }: { task: LongTask }) {
  const { t } = useTranslation();
  if (!task.running) return null;
  const { progress } = task;
  const counted = progress && progress.total !== null && progress.total > 0;
  const doing = progress && t(PROGRESS_PHASE_KEYS[progress.phase], progress.params);
  return (
    <div className="task-progress" data-testid="task-progress">
      <p role="status" className="task-progress-text">
        <span>{t(TASK_LABEL_KEYS[task.running])}</span>
        {progress && (
          <span>
            {counted ? t('import.progress.counted', { message: doing, done: progress.done, total: progress.total }) : doing}
          </span>
        )}
      </p>
      {counted ? (
        <progress value={progress.done} max={progress.total ?? undefined} aria-hidden="true" />
      ) : (
        <progress aria-hidden="true" />
      )}
      <button
        type="button"
        onClick={task.cancel}
        disabled={!progress || task.cancelling}
        title={progress ? undefined : t('import.progress.cancelNotYet')}
      >
        {task.cancelling ? t('import.progress.cancelling') : t('common.cancel')}
      </button>
      {task.cancelError && <ErrorNotice error={task.cancelError} />}
    </div>
  );
}

/** A failed call in words; a cancelled one is said plainly, as what the person asked for. */
export function TaskError({ error }: { error: ApiError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error.code === 'cancelled')
    return (
      <p className="notice" role="status">
        {t('import.progress.cancelled')}
      </p>
    );
  return <ErrorNotice error={error} />;
}
