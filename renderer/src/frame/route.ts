import { useEffect, useState } from 'react';

/**
 * In-app routing on the URL hash: it works the same from the desktop app's file:// URL and from the
 * browser host, survives a reload, and gives every place a link the keyboard can follow.
 */
export const PLACES = ['submissions', 'import', 'reconcile', 'review', 'keys', 'settings'] as const;
export type Place = (typeof PLACES)[number];

/** The places that can name one submission. */
type SubmissionPlace = 'submissions' | 'import' | 'reconcile';

/**
 * Submissions, Import and Reconcile can name one submission: `#/submissions/<id>` opens it,
 * `#/import/<id>` imports into it, `#/import/<id>/<importId>` comes back to an unfinished import,
 * `#/reconcile/<id>` is the queue of texts of its imports waiting for a decision. Without an id,
 * each lists the submissions to choose from.
 */
export type Route =
  | { place: 'submissions'; submissionId?: string }
  | { place: 'import'; submissionId?: string; importId?: string }
  | { place: 'reconcile'; submissionId?: string }
  | { place: Exclude<Place, SubmissionPlace> };

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
