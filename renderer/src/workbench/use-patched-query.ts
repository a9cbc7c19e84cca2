import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import { api, asApiError, type ApiError } from '../api/client';

export interface PatchedQuery<M extends ApiMethod> {
  data: ApiOutput<M> | undefined;
  error: ApiError | undefined;
  /** Asks the engine again. */
  reload(): void;
  /** Changes the data in place, as an edit the engine has confirmed changed it, without asking again. */
  patch(change: (data: ApiOutput<M>) => ApiOutput<M>): void;
}

/**
 * A read-only API method's answer that edits patch where they know what changed (an edit's row, problems
 * and completeness), so a submission of thousands of indicators is not read whole after each one. An answer
 * that was on its way while a patch landed may predate the edit: it is dropped and the method asked again.
 * Nothing is asked until `ready`, so what the page needs first can be asked first.
 */
export function usePatchedQuery<M extends ApiMethod>(method: M, input: ApiInput<M>, ready = true): PatchedQuery<M> {
  const [data, setData] = useState<ApiOutput<M>>();
  const [error, setError] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  const patchedWhileLoading = useRef(false);
  const loading = useRef(false);
  // Inputs are small plain objects; their JSON is a stable dependency where a fresh object literal is not.
  const inputKey = JSON.stringify(input);

  useEffect(() => {
    if (!ready) return;
    let current = true;
    loading.current = true;
    patchedWhileLoading.current = false;
    api
      .invoke(method, JSON.parse(inputKey) as ApiInput<M>)
      .then((result) => {
        if (!current) return;
        loading.current = false;
        if (patchedWhileLoading.current) return setGeneration((g) => g + 1);
        setData(result);
        setError(undefined);
      })
      .catch((caught: unknown) => {
        if (!current) return;
        loading.current = false;
        setError(asApiError(caught));
      });
    return () => {
      current = false;
    };
  }, [method, inputKey, generation, ready]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const patch = useCallback((change: (data: ApiOutput<M>) => ApiOutput<M>) => {
    if (loading.current) patchedWhileLoading.current = true;
    setData((current) => (current === undefined ? current : change(current)));
  }, []);
  return { data, error, reload, patch };
}
