import { useTranslation } from 'react-i18next';

/** Marks the fictional Demoland submission wherever it appears, so sample answers are never mistaken for research. */
export function SampleBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-sample">{t('common.sampleBadge')}</span>;
}
