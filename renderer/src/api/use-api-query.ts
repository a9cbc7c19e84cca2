import { useCallback, useEffect, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api';
import { api, asApiError, type ApiError } from './client';

export interface ApiQuery<M extends ApiMethod> {
  /** The latest answer; kept while a new one loads, so a table does not flash empty when a filter changes. */
  data: ApiOutput<M> | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/** Calls a read-only API method, again whenever its input changes; an answer to an outdated input is dropped. */
export function useApiQuery<M extends ApiMethod>(method: M, input: ApiInput<M>): ApiQuery<M> {
  const [data, setData] = useState<ApiOutput<M>>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  // Inputs are small plain objects; their JSON is a stable dependency where a fresh object literal is not.
  const inputKey = JSON.stringify(input);

  useEffect(() => {
    let current = true;
    setLoading(true);
    api
      .invoke(method, JSON.parse(inputKey) as ApiInput<M>)
      .then((result) => {
        if (!current) return;
        setData(result);
        setError(undefined);
      })
      .catch((caught: unknown) => {
        if (current) setError(asApiError(caught));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [method, inputKey, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
