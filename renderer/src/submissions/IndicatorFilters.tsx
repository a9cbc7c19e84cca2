import { useTranslation } from 'react-i18next';
import type { SchemaSummary } from '../../../shared/domain';
import { Dimension } from '../../../shared/indicator-schema';

export interface IndicatorFilter {
  /** A domain id, or '' for all domains. */
  domain: string;
  dimension: Dimension | '';
}

interface IndicatorFiltersProps {
  domains: SchemaSummary['domains'];
  filter: IndicatorFilter;
  onChange(filter: IndicatorFilter): void;
  shown: number | undefined;
}

function asDimension(value: string): Dimension | '' {
  const parsed = Dimension.safeParse(value);
  return parsed.success ? parsed.data : '';
}

/** Narrows the grid to one domain and/or one dimension, and says how many indicators that leaves. */
export function IndicatorFilters({ domains, filter, onChange, shown }: IndicatorFiltersProps) {
  const { t } = useTranslation();
  return (
    <div className="filters" role="group" aria-label={t('submission.filtersLabel')}>
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
          onChange={(event) => onChange({ ...filter, dimension: asDimension(event.target.value) })}
        >
          <option value="">{t('submission.allDimensions')}</option>
          {Dimension.options.map((d) => (
            <option key={d} value={d}>
              {t(`dimension.${d}`)}
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
