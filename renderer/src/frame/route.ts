import { useEffect, useState } from 'react';

/**
 * In-app routing on the URL hash: it works the same from the desktop app's file:// URL and from the
 * browser host, survives a reload, and gives every place a link the keyboard can follow.
 */
export const PLACES = ['submissions', 'import', 'review', 'keys', 'settings'] as const;
export type Place = (typeof PLACES)[number];

/**
 * Submissions and Import can name one submission: `#/submissions/<id>` opens it, `#/import/<id>` imports into it,
 * `#/import/<id>/<importId>` comes back to a staged import. `#/reconcile/<id>` is the reconciliation queue of a
 * submission: not a place of its own in the navigation, it belongs to importing.
 */
export type Route =
  | { place: 'submissions'; submissionId?: string }
  | { place: 'import'; submissionId?: string; importId?: string }
  | { place: 'reconcile'; submissionId: string }
  | { place: Exclude<Place, 'submissions' | 'import'> };

function isPlace(name: string): name is Place {
  return (PLACES as readonly string[]).includes(name);
}

export function parseRoute(hash: string): Route {
  const [name = '', id, importId] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (name === 'import' && id) return importId ? { place: name, submissionId: id, importId } : { place: name, submissionId: id };
  if ((name === 'submissions' || name === 'reconcile') && id) return { place: name, submissionId: id };
  if (isPlace(name)) return { place: name };
  return { place: 'submissions' };
}

export function routeHref(route: Route): string {
  if (route.place === 'import' && route.submissionId && route.importId)
    return `#/import/${encodeURIComponent(route.submissionId)}/${encodeURIComponent(route.importId)}`;
  if ((route.place === 'submissions' || route.place === 'import' || route.place === 'reconcile') && route.submissionId)
    return `#/${route.place}/${encodeURIComponent(route.submissionId)}`;
  return `#/${route.place}`;
}

/** The place of the navigation a route belongs to. */
export function placeOf(route: Route): Place {
  return route.place === 'reconcile' ? 'import' : route.place;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
