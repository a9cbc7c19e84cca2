import type { ReactNode } from 'react';

/**
 * Every page starts with one of these. It can take focus (tabIndex -1) so that, after moving to
 * another place, keyboard and screen-reader users land at the top of the new page.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
