import { useTranslation } from 'react-i18next';
import { useWaitingCounts } from '../reconcile/use-waiting-counts';
import { NAV_KEYS } from './place-keys';
import { PLACES, routeHref, type Place } from './route';

/** The number of texts waiting for a decision, beside "Match to schema": shown as a badge, read out in words. */
function WaitingBadge() {
  const { t } = useTranslation();
  const waiting = useWaitingCounts();
  const texts = (waiting.data ?? []).reduce((sum, w) => sum + w.texts, 0);
  if (texts === 0) return null;
  return (
    <>
      {' '}
      <span className="nav-badge" aria-hidden="true" data-testid="nav-waiting">
        {texts}
      </span>
      <span className="visually-hidden">{t('nav.waiting', { count: texts })}</span>
    </>
  );
}

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
                {t(NAV_KEYS[place])}
                {place === 'reconcile' && <WaitingBadge />}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
