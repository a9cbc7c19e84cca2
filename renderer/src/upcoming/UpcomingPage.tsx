import { useTranslation } from 'react-i18next';
import { NAV_KEYS } from '../frame/place-keys';
import { PageHeading } from '../frame/PageHeading';

const UPCOMING_KEYS = { review: 'upcoming.review', keys: 'upcoming.keys' } as const;

/** Review and Keys are not built yet: each page says plainly what will come there, and offers nothing that does nothing. */
export function UpcomingPage({ place }: { place: keyof typeof UPCOMING_KEYS }) {
  const { t } = useTranslation();
  return (
    <section className="page upcoming-page">
      <PageHeading>{t(NAV_KEYS[place])}</PageHeading>
      <p className="lead">{t(UPCOMING_KEYS[place])}</p>
    </section>
  );
}
