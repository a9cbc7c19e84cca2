import { useCallback, useEffect, useMemo, useState } from 'react';
import type { IndicatorRow } from '../../../shared/domain';
import { api, asApiError, type ApiError } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import type { CellEdit } from './IndicatorGrid';
import type { GridContext } from './grid-columns';

/** The problem codes whose cell is the value or the score, for the grid to mark. */
const SCORE_CODES = new Set(['score-mismatch', 'score-on-unscored', 'score-missing']);
const VALUE_KIND = 'invalid-value';

/**
 * A submission's workbench state: its rows, problems, completeness, last year's answers and the undo
 * state, all from the engine. An edit goes to the engine, its row comes back into the grid at once,
 * and what depends on it (problems, completeness, undo) is asked again.
 */
export function useWorkbench(submissionId: string, locale: string) {
  const [rows, setRows] = useState<IndicatorRow[]>();
  const [rowsError, setRowsError] = useState<ApiError>();
  const [editError, setEditError] = useState<ApiError>();
  // The rows first: the engine answers one call at a time, and the grid is what the expert waits for.
  const loadRows = useCallback(() => {
    api
      .invoke('submissions.indicators', { submissionId, locale })
      .then((loaded) => {
        performance.mark('mrc:rows-received');
        setRows(loaded);
        setRowsError(undefined);
      })
      .catch((caught: unknown) => setRowsError(asApiError(caught)));
  }, [submissionId, locale]);
  useEffect(loadRows, [loadRows]);
  const problems = useApiQuery('submissions.problems', { submissionId });
  const completeness = useApiQuery('submissions.completeness', { submissionId });
  const previous = useApiQuery('submissions.previous', { submissionId });
  const undo = useApiQuery('edits.state', { submissionId });

  const { reload: reloadProblems } = problems;
  const { reload: reloadCompleteness } = completeness;
  const { reload: reloadPrevious } = previous;
  const { reload: reloadUndo } = undo;
  /** After any write: everything that reads the answers and the edit log. */
  // The engine answers in turn: completeness first, for it is what the expert watches move.
  const afterWrite = useCallback(() => {
    reloadCompleteness();
    reloadUndo();
    reloadProblems();
    reloadPrevious();
  }, [reloadProblems, reloadCompleteness, reloadPrevious, reloadUndo]);

  /** An edited row's answer and sources; the rest (the question in the page's language) stays as loaded. */
  const replaceRow = useCallback((row: IndicatorRow) => {
    const { value, score, confidence, sourceCount, lawSourceCount } = row;
    setRows((current) =>
      current?.map((r) => (r.code === row.code ? { ...r, value, score, confidence, sourceCount, lawSourceCount } : r)),
    );
  }, []);

  const edit = useCallback(
    async ({ code, field, value }: CellEdit) => {
      const row = rows?.find((r) => r.code === code);
      if (!row) return;
      try {
        const input =
          field === 'value'
            ? { value: value === null ? null : String(value) }
            : field === 'score'
              ? { value: row.value, score: value === null ? null : Number(value) }
              : { value: row.value, confidence: value === null ? null : (value as 'low' | 'medium' | 'high') };
        replaceRow(await api.invoke('answers.set', { submissionId, indicatorId: code, ...input }));
        setEditError(undefined);
        afterWrite();
      } catch (caught) {
        setEditError(asApiError(caught));
      }
    },
    [rows, submissionId, replaceRow, afterWrite],
  );

  /** After an undo, a redo or a change of evidence: the rows again (source counts, values) and what reads them. */
  const refresh = useCallback(() => {
    loadRows();
    afterWrite();
  }, [loadRows, afterWrite]);

  const context = useMemo<GridContext>(() => {
    const open = problems.data?.items.filter((p) => p.accepted === null) ?? [];
    return {
      flagged: new Set(open.map((p) => p.indicator)),
      invalid: new Set(
        open.filter((p) => p.kind === VALUE_KIND).map((p) => `${p.indicator}:${SCORE_CODES.has(p.code) ? 'score' : 'value'}`),
      ),
      previous: new Map(
        previous.data?.previous ? previous.data.items.map((item) => [item.indicator, item.previousValue]) : [],
      ),
    };
  }, [problems.data, previous.data]);

  return { rows, rowsError, editError, edit, refresh, replaceRow, context, problems, completeness, previous, undo };
}

export type Workbench = ReturnType<typeof useWorkbench>;
