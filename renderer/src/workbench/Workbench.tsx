import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridApi } from 'ag-grid-community';
import type { IndicatorRow, SchemaSummary } from '../../../shared/domain';
import type { Problem } from '../../../shared/quality-contract';
import { ErrorNotice } from '../frame/ErrorNotice';
import { CompletenessBars } from './CompletenessBars';
import { EvidencePanel } from './EvidencePanel';
import { GridFilters } from './GridFilters';
import { IndicatorGrid } from './IndicatorGrid';
import { ProblemsList } from './ProblemsList';
import { UndoControls } from './UndoControls';
import { NO_FILTER, type GridFilter } from './row-filter';
import { useWorkbench } from './use-workbench';
import './grid-modules';
import './workbench.css';

interface Target {
  code: string;
  column: 'value' | 'score';
}

const SCORE_PROBLEMS = new Set(['score-mismatch', 'score-on-unscored', 'score-missing', 'score-changed']);

/** Scrolls the grid to a row, shows the column and gives the cell the keyboard focus; false when the row is filtered out. */
function focusCell(grid: GridApi<IndicatorRow>, { code, column }: Target): boolean {
  const index = grid.getRowNode(code)?.rowIndex;
  if (index === null || index === undefined) return false;
  grid.ensureIndexVisible(index, 'middle');
  grid.ensureColumnVisible(column);
  // The rows scrolled into view are drawn on the next frame; the cell can take the focus after that.
  requestAnimationFrame(() => grid.setFocusedCell(index, column));
  return true;
}

/**
 * The submission's workbench: completeness, undo, filters, the grid and, beside it, the evidence panel
 * of the focused indicator; the problems list under them.
 */
export function Workbench({ submissionId, domains }: { submissionId: string; domains: SchemaSummary['domains'] }) {
  const { t, i18n } = useTranslation();
  const grid = useRef<GridApi<IndicatorRow>>(undefined);
  const bench = useWorkbench(submissionId, i18n.language, grid);
  const [filter, setFilter] = useState<GridFilter>(NO_FILTER);
  const [shown, setShown] = useState<number>();
  const [focused, setFocused] = useState<string>();
  const [version, setVersion] = useState(0);
  const [target, setTarget] = useState<Target>();
  const search = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLElement>(null);
  const gridArea = useRef<HTMLDivElement>(null);

  const { refresh } = bench;
  const changed = useCallback(() => {
    refresh();
    setVersion((v) => v + 1);
  }, [refresh]);

  // A jump waits until a cleared filter has let its row back into the grid.
  useEffect(() => {
    if (!target || !grid.current) return;
    if (focusCell(grid.current, target)) setTarget(undefined);
    else setFilter(NO_FILTER);
  }, [target, filter]);

  const jump = useCallback((problem: Problem) => {
    setTarget({ code: problem.indicator, column: SCORE_PROBLEMS.has(problem.code) ? 'score' : 'value' });
  }, []);

  const row = bench.rows?.find((r) => r.code === focused) ?? bench.rows?.[0];

  /** Enter or Down in the search box goes to the first row found. */
  const toFirstRow = () => {
    const first = grid.current?.getDisplayedRowAtIndex(0)?.data?.code;
    if (grid.current && first) focusCell(grid.current, { code: first, column: 'value' });
  };

  /** F6 moves between the grid (back to the panel's indicator) and the evidence panel, as between a window's panes. */
  const switchPane = (from: EventTarget) => {
    if (!panel.current?.contains(from as Node)) return panel.current?.focus();
    if (!grid.current || !row || !focusCell(grid.current, { code: row.code, column: 'value' })) toFirstRow();
  };
  return (
    <div
      className="workbench"
      onKeyDown={(event) => {
        // Ctrl+F in the grid lands in its search box: the browser's find sees only the rows drawn on screen.
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f' && gridArea.current?.contains(event.target as Node)) {
          event.preventDefault();
          search.current?.focus();
        }
        if (event.key === 'F6') {
          event.preventDefault();
          switchPane(event.target);
        }
      }}
    >
      <div className="workbench-top">
        {bench.completeness.data && <CompletenessBars completeness={bench.completeness.data} />}
        <UndoControls submissionId={submissionId} state={bench.undo.data} onDone={changed} />
      </div>
      <section className="indicators" aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t('submission.indicatorsHeading')}</h2>
        <GridFilters
          domains={domains}
          filter={filter}
          onChange={setFilter}
          shown={shown}
          searchRef={search}
          onLeaveSearch={toFirstRow}
        />
        <p className="keys-hint">{t('workbench.keysHint')}</p>
        {bench.rowsError && <ErrorNotice error={bench.rowsError} />}
        {bench.editError && <ErrorNotice error={bench.editError} />}
        <div className="workbench-main">
          {bench.loaded && (
            <div ref={gridArea} className="grid-area">
            <IndicatorGrid
              rows={bench.loaded}
              context={bench.context}
              filter={filter}
              onEdit={(edit) => void bench.edit(edit)}
              onFocusRow={setFocused}
              onReady={(api) => (grid.current = api)}
              onShownChange={setShown}
            />
            </div>
          )}
          {row && (
            <EvidencePanel
              submissionId={submissionId}
              row={row}
              previous={bench.previous.data}
              version={version}
              onChanged={changed}
              panelRef={panel}
            />
          )}
        </div>
      </section>
      {bench.problems.data && (
        <ProblemsList submissionId={submissionId} problems={bench.problems.data} onJump={jump} onChanged={changed} />
      )}
    </div>
  );
}
