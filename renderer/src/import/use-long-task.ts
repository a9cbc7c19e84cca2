import { useCallback, useEffect, useRef, useState } from 'react';
import type { Progress } from '../../../shared/domain';
import { api, asApiError, type ApiError } from '../api/client';

/** The long calls of the wizard, each worded in the progress line. */
export type TaskLabel = 'opening' | 'staging' | 'committing';

export interface LongTask {
  /** What is running now, if anything. */
  running: TaskLabel | undefined;
  /** The latest progress event seen while it runs; its `task` is what Cancel cancels. */
  progress: Progress | undefined;
  cancelling: boolean;
  /** Why the last cancel request failed, if it did. */
  cancelError: ApiError | undefined;
  run<T>(label: TaskLabel, work: () => Promise<T>): Promise<T>;
  cancel(): void;
}

/**
 * Runs one long call at a time and follows its progress events. The engine names its task only in
 * those events, so Cancel becomes possible from the first event on.
 */
export function useLongTask(): LongTask {
  const [running, setRunning] = useState<TaskLabel>();
  const [progress, setProgress] = useState<Progress>();
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<ApiError>();
  const runningRef = useRef(false);

  // Subscribed for as long as the wizard is shown, so the first event of a task is not missed while subscribing.
  useEffect(
    () =>
      api.onProgress((event) => {
        if (runningRef.current) setProgress(event);
      }),
    [],
  );

  const run = useCallback(async <T,>(label: TaskLabel, work: () => Promise<T>): Promise<T> => {
    runningRef.current = true;
    setProgress(undefined);
    setCancelError(undefined);
    setRunning(label);
    try {
      return await work();
    } finally {
      runningRef.current = false;
      setRunning(undefined);
      setProgress(undefined);
      setCancelling(false);
    }
  }, []);

  const task = progress?.task;
  const cancel = useCallback(() => {
    if (!task) return;
    setCancelling(true);
    api.invoke('tasks.cancel', { task }).catch((caught: unknown) => {
      setCancelError(asApiError(caught));
      setCancelling(false);
    });
  }, [task]);

  return { running, progress, cancelling, cancelError, run, cancel };
}
