import { useEffect, useRef } from 'react';
import type { WorkspaceInfo } from '../../../shared/domain';
import { useApiQuery } from '../api/use-api-query';
import { ImportPage } from '../import/ImportPage';
import { ReconcileChoice } from '../reconcile/ReconcileChoice';
import { ReconcilePage } from '../reconcile/ReconcilePage';
import { SettingsPage } from '../settings/SettingsPage';
import { SubmissionPage } from '../submissions/SubmissionPage';
import { SubmissionsPage } from '../submissions/SubmissionsPage';
import { UpcomingPage } from '../upcoming/UpcomingPage';
import { ErrorNotice } from './ErrorNotice';
import { Navigation } from './Navigation';
import { routeHref, useRoute, type Route } from './route';
import { StatusBar } from './StatusBar';

function PageFor({ route, workspace }: { route: Route; workspace: WorkspaceInfo | undefined }) {
  switch (route.place) {
    case 'submissions':
      return route.submissionId ? (
        <SubmissionPage key={route.submissionId} submissionId={route.submissionId} />
      ) : (
        <SubmissionsPage defaultSchema={workspace?.defaultSchema} />
      );
    case 'import':
      return <ImportPage submissionId={route.submissionId} importId={route.importId} />;
    case 'reconcile':
      return route.submissionId ? (
        <ReconcilePage key={route.submissionId} submissionId={route.submissionId} />
      ) : (
        <ReconcileChoice />
      );
    case 'review':
    case 'keys':
      return <UpcomingPage place={route.place} />;
    case 'settings':
      return <SettingsPage workspace={workspace} />;
  }
}

/** After moving to another place, focus goes to its heading; on first load it stays where the browser put it. */
function useFocusHeadingOnNavigation(route: Route): void {
  const href = routeHref(route);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [href]);
}

/** The frame: places on the left, the current page, and the status bar along the bottom. */
export function App() {
  const route = useRoute();
  const workspace = useApiQuery('workspace.info', {});
  useFocusHeadingOnNavigation(route);
  return (
    <div className="app">
      <Navigation current={route.place} />
      <main className="app-main">
        {workspace.error && <ErrorNotice error={workspace.error} />}
        <PageFor route={route} workspace={workspace.data} />
      </main>
      <StatusBar workspace={workspace.data} />
    </div>
  );
}
