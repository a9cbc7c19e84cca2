import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Completeness, CompletenessCounts } from '../../../shared/quality-contract';

const percent = (share: number) => Math.floor(share * 100);

/** Two bars for one set of indicators: answered, and answered with a source, each with its percentage. */
export function CompletenessMeters({ counts, label }: { counts: CompletenessCounts; label: string }) {
  const { t } = useTranslation();
  return (
    <span className="completeness-meters">
      <meter
        min={0}
        max={1}
        value={counts.answeredShare}
        aria-label={t('completeness.answeredOf', { label })}
        title={t('completeness.answered', { answered: counts.answered, total: counts.indicators })}
      />
      <span className="completeness-figure">
        {t('completeness.answeredPercent', { percent: percent(counts.answeredShare) })}
      </span>
      <meter
        className="with-source"
        min={0}
        max={1}
        value={counts.answeredWithSourceShare}
        aria-label={t('completeness.withSourceOf', { label })}
        title={t('completeness.withSource', { answered: counts.answeredWithSource, total: counts.indicators })}
      />
      <span className="completeness-figure">
        {t('completeness.withSourcePercent', { percent: percent(counts.answeredWithSourceShare) })}
      </span>
    </span>
  );
}

/**
 * A labelled line of completeness meters. Drawn again only when its counts change: an edit moves one
 * domain's counts, and a schema may have a hundred domains.
 */
export const CompletenessBar = memo(function CompletenessBar({ counts, label }: { counts: CompletenessCounts; label: string }) {
  return (
    <div className="completeness-bar">
      <span className="completeness-label">{label}</span>
      <CompletenessMeters counts={counts} label={label} />
    </div>
  );
});

/** How complete a submission is, overall and per domain; the domains fold away under the overall figures. */
export function CompletenessBars({ completeness }: { completeness: Completeness }) {
  const { t } = useTranslation();
  const { overall } = completeness;
  return (
    <section className="completeness" aria-labelledby="completeness-heading" data-testid="completeness">
      <h2 id="completeness-heading" className="completeness-heading">
        {t('completeness.heading')}
      </h2>
      <p className="completeness-overall" data-testid="completeness-overall">
        {t('completeness.summary', {
          answered: overall.answered,
          withSource: overall.answeredWithSource,
          total: overall.indicators,
        })}
      </p>
      <CompletenessBar counts={overall} label={t('completeness.overall')} />
      <details>
        <summary>{t('completeness.byDomain')}</summary>
        <div className="completeness-domains">
          {completeness.domains.map((d) => (
            <CompletenessBar key={d.domain} counts={d} label={d.domainTitle} />
          ))}
        </div>
      </details>
    </section>
  );
}
