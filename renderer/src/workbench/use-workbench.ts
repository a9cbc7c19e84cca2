import { startTransition, useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { IndicatorRow } from '../../../shared/domain';
import { api, asApiError, type ApiError } from '../api/client';
import { useApiQuery } from '../api/use-api-query';
import { withCompletenessChange, withIndicatorProblems } from './apply-outcome';
import type { CellEdit } from './IndicatorGrid';
import type { GridContext } from './grid-columns';
import { usePatchedQuery } from './use-patched-query';

/** The problem codes whose cell is the value or the score, for the grid to mark. */
const SCORE_CODES = new Set(['score-mismatch', 'score-on-unscored', 'score-missing']);
const VALUE_KIND = 'invalid-value';

/**
 * A submission's workbench state: its rows, problems, completeness, last year's answers and the undo
 * state, all from the engine. An edit goes to the engine, which says what it changed (the row, the
 * indicator's problems, the completeness counts): those are patched in place, and the grid updates that
 * one row, so an edit costs the same in a schema of ten thousand indicators as in one of a hundred.
 */
export function useWorkbench(submissionId: string, locale: string, grid: RefObject<GridApi<IndicatorRow> | undefined>) {
  // What the grid was given (a new array only when all rows are read again) and the rows as they are now.
  const [loaded, setLoaded] = useState<IndicatorRow[]>();
  const [rows, setRows] = useState<IndicatorRow[]>();
  const [rowsError, setRowsError] = useState<ApiError>();
  const [editError, setEditError] = useState<ApiError>();
  const loadRows = useCallback(() => {
    api
      .invoke('submissions.indicators', { submissionId, locale })
      .then((read) => {
        performance.mark('mrc:rows-received');
        setLoaded(read);
        setRows(read);
        setRowsError(undefined);
      })
      .catch((caught: unknown) => setRowsError(asApiError(caught)));
  }, [submissionId, locale]);
  useEffect(loadRows, [loadRows]);
  // The problems (thousands, in a large schema) are asked for once the rows are in, so reading and
  // drawing them never holds back the grid.
  const problems = usePatchedQuery('submissions.problems', { submissionId }, loaded !== undefined);
  const completeness = usePatchedQuery('submissions.completeness', { submissionId });
  const previous = useApiQuery('submissions.previous', { submissionId });
  const undo = useApiQuery('edits.state', { submissionId });

  const position = useMemo(() => new Map(loaded?.map((r, i) => [r.code, i])), [loaded]);
  const { reload: reloadProblems, patch: patchProblems } = problems;
  const { reload: reloadCompleteness, patch: patchCompleteness } = completeness;
  const { reload: reloadPrevious } = previous;
  const { reload: reloadUndo } = undo;
  const hasPrevious = previous.data?.previous != null;

  /** An edited row's answer and sources; the rest (the question in the page's language) stays as loaded. */
  const replaceRow = useCallback(
    (row: IndicatorRow) => {
      const { value, score, confidence, sourceCount, lawSourceCount } = row;
      const current = grid.current?.getRowNode(row.code)?.data;
      if (current) grid.current?.applyTransaction({ update: [{ ...current, value, score, confidence, sourceCount, lawSourceCount }] });
      setRows((all) => all?.map((r) => (r.code === row.code ? { ...r, value, score, confidence, sourceCount, lawSourceCount } : r)));
    },
    [grid],
  );

  const edit = useCallback(
    async ({ code, field, value }: CellEdit) => {
      const row = grid.current?.getRowNode(code)?.data;
      if (!row) return;
      try {
        const input =
          field === 'value'
            ? { value: value === null ? null : String(value) }
            : field === 'score'
              ? { value: row.value, score: value === null ? null : Number(value) }
              : { value: row.value, confidence: value === null ? null : (value as 'low' | 'medium' | 'high') };
        const outcome = await api.invoke('answers.set', { submissionId, indicatorId: code, ...input });
        // The row (its cells are drawn by the grid at once) and the completeness first; the problems list,
        // the panel and the undo state follow in a render of their own, so they never hold the figures back.
        patchCompleteness((counts) => withCompletenessChange(counts, outcome.completenessChange));
        setEditError(undefined);
        startTransition(() => {
          replaceRow(outcome.row);
          const at = (c: string) => position.get(c) ?? Number.MAX_SAFE_INTEGER;
          patchProblems((list) => withIndicatorProblems(list, code, outcome.problems, at));
          reloadUndo();
          // Last year's comparison holds this year's values too; without a previous year it is empty.
          if (hasPrevious) reloadPrevious();
        });
      } catch (caught) {
        setEditError(asApiError(caught));
      }
    },
    [grid, submissionId, replaceRow, position, patchProblems, patchCompleteness, reloadUndo, reloadPrevious, hasPrevious],
  );

  /** After an undo, a redo or a change of evidence: the rows again (source counts, values) and all that reads them. */
  const refresh = useCallback(() => {
    loadRows();
    reloadCompleteness();
    reloadUndo();
    reloadProblems();
    reloadPrevious();
  }, [loadRows, reloadCompleteness, reloadUndo, reloadProblems, reloadPrevious]);

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

  return { loaded, rows, rowsError, editError, edit, refresh, replaceRow, context, problems, completeness, previous, undo };
}

export type Workbench = ReturnType<typeof useWorkbench>;
