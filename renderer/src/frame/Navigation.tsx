import { useTranslation } from 'react-i18next';
import { PLACES, routeHref, type Place } from './route';

/** The left-hand list of places; plain links, so Tab reaches them and Enter follows them. */
export function Navigation({ current }: { current: Place }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <div className="app-nav-inner">
        <p className="app-name">{t('app.title')}</p>
        <ul>
          {PLACES.map((place) => (
            <li key={place}>
              <a href={routeHref({ place })} aria-current={place === current ? 'page' : undefined}>
                {t(`nav.${place}`)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
