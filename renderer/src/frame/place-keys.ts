import type { Place } from './route';

/** The name of each place, as the navigation and its page heading say it. */
export const NAV_KEYS = {
  submissions: 'nav.submissions',
  import: 'nav.import',
  reconcile: 'nav.reconcile',
  review: 'nav.review',
  keys: 'nav.keys',
  settings: 'nav.settings',
} as const satisfies Record<Place, string>;
