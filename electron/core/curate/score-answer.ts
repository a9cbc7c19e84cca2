import type { Indicator } from '../../../shared/indicator-schema';

/** The score an answer earns under its indicator's scoring rule; null when the rule cannot score it. */
export function scoreAnswer(indicator: Pick<Indicator, 'scoring'>, value: string | null): number | null {
  if (value === null || value === '') return null;
  const rule = indicator.scoring;
  switch (rule.kind) {
    case 'by-option':
      return rule.scores[value] ?? null;
    case 'bands': {
      const n = Number(value);
      if (!Number.isFinite(n)) return null;
      const band = rule.bands.find((b) => (b.min === null || n >= b.min) && (b.max === null || n < b.max));
      return band?.score ?? null;
    }
    case 'expert':
    case 'unscored':
      return null;
  }
}
