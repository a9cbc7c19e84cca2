/*
 * The words AG Grid shows or reads out in the workbench's grid, by AG Grid's own locale key. AG Grid asks for
 * every text by that key at run time; those listed here are said in the person's language, any other keeps
 * AG Grid's English default (the grid's features we leave off never ask for theirs). Found by recording the
 * keys the grid asks for while the curation end-to-end test fills the sample, plus the empty-grid overlay.
 */
export const AG_GRID_KEYS = {
  ariaSortableColumn: 'agGrid.ariaSortableColumn',
  ariaInputEditor: 'agGrid.ariaInputEditor',
  ariaLabelSelectField: 'agGrid.ariaLabelSelectField',
  noRowsToShow: 'agGrid.noRowsToShow',
} as const;

export function isTranslatedGridKey(key: string): key is keyof typeof AG_GRID_KEYS {
  return Object.hasOwn(AG_GRID_KEYS, key);
}
