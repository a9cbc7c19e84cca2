import { useTranslation } from 'react-i18next';
import { PageHeading } from '../frame/PageHeading';

/** Review and Keys are not built yet: each page says plainly what will come there, and offers nothing that does nothing. */
export function UpcomingPage({ place }: { place: 'review' | 'keys' }) {
  const { t } = useTranslation();
  return (
    <section className="page upcoming-page">
      <PageHeading>{t(`nav.${place}`)}</PageHeading>
      <p className="lead">{t(`upcoming.${place}`)}</p>
    </section>
  );
}
