import { useTranslation } from 'react-i18next';
import type { SchemaSummary } from '../../../shared/domain';
import { Dimension, MigrantCategory } from '../../../shared/indicator-schema';
import type { GridFilter } from './row-filter';
import { ROW_STATUSES, type RowStatus } from './row-status';
import { CATEGORY_KEYS, DIMENSION_KEYS, ROW_STATUS_KEYS } from './workbench-keys';

interface GridFiltersProps {
  domains: SchemaSummary['domains'];
  filter: GridFilter;
  onChange(filter: GridFilter): void;
  shown: number | undefined;
  /** The quick filter's input, for Ctrl+F in the grid to land in. */
  searchRef: React.Ref<HTMLInputElement>;
  /** Enter or Down in the search box: on to the rows it found. */
  onLeaveSearch(): void;
}

function oneOf<T extends string>(options: readonly T[], value: string): T | '' {
  return (options as readonly string[]).includes(value) ? (value as T) : '';
}

/** Narrows the grid by domain, dimension, migrant category, status and words, and says how many indicators that leaves. */
export function GridFilters({ domains, filter, onChange, shown, searchRef, onLeaveSearch }: GridFiltersProps) {
  const { t } = useTranslation();
  return (
    <div className="filters" role="group" aria-label={t('submission.filtersLabel')}>
      <label className="filter-search">
        <span>{t('workbench.search')}</span>
        <input
          ref={searchRef}
          type="search"
          value={filter.text}
          placeholder={t('workbench.searchPlaceholder')}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === 'ArrowDown') {
              event.preventDefault();
              onLeaveSearch();
            }
          }}
        />
      </label>
      <label>
        <span>{t('submission.domainFilter')}</span>
        <select value={filter.domain} onChange={(event) => onChange({ ...filter, domain: event.target.value })}>
          <option value="">{t('submission.allDomains')}</option>
          {domains.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('submission.dimensionFilter')}</span>
        <select
          value={filter.dimension}
          onChange={(event) => onChange({ ...filter, dimension: oneOf(Dimension.options, event.target.value) })}
        >
          <option value="">{t('submission.allDimensions')}</option>
          {Dimension.options.map((d) => (
            <option key={d} value={d}>
              {t(DIMENSION_KEYS[d])}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('workbench.categoryFilter')}</span>
        <select
          value={filter.category}
          onChange={(event) => onChange({ ...filter, category: oneOf(MigrantCategory.options, event.target.value) })}
        >
          <option value="">{t('workbench.allCategories')}</option>
          {MigrantCategory.options.map((c) => (
            <option key={c} value={c}>
              {t(CATEGORY_KEYS[c])}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('workbench.statusFilter')}</span>
        <select
          value={filter.status}
          onChange={(event) => onChange({ ...filter, status: oneOf<RowStatus>(ROW_STATUSES, event.target.value) })}
        >
          <option value="">{t('workbench.allStatuses')}</option>
          {ROW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(ROW_STATUS_KEYS[s])}
            </option>
          ))}
        </select>
      </label>
      <p className="filter-count" role="status" data-testid="indicator-count">
        {shown === undefined ? t('common.loading') : t('submission.indicatorCount', { count: shown })}
      </p>
    </div>
  );
}
