// Sends people to the right door: setup on first run, login when logged out, the app when logged in.
import type { ReactNode } from 'react';
import { Navigate, useLocation, type Location } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from './session-context.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageHeading } from '../components/page-heading.tsx';

function Waiting() {
  const { t } = useTranslation();
  const { state, retry } = useSession();
  if (state.status === 'unreachable') {
    return (
      <div className="page page--narrow">
        <PageHeading>{t('errors.unreachableTitle')}</PageHeading>
        <ErrorAlert error={state.error} onRetry={retry} />
      </div>
    );
  }
  return <LoadingState label={t('app.loading')} />;
}

export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading' || state.status === 'unreachable') return <Waiting />;
  if (state.status === 'anonymous') {
    // After an expired session, logging in returns to the page; after a deliberate logout it starts afresh.
    return <Navigate to={state.setup.needsSetup ? '/setup' : '/login'} replace state={state.reason === 'logged-out' ? null : { from: location }} />;
  }
  return children;
}

type AnonymousOnlyProps = { page: 'setup' | 'login'; children: ReactNode };

export function AnonymousOnly({ page, children }: AnonymousOnlyProps) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading' || state.status === 'unreachable') return <Waiting />;
  if (state.status === 'active') {
    // A workspace just created goes on to the profile wizard: vetting compares every prospect with that profile.
    if (page === 'setup') return <Navigate to="/profile/setup/dream-business" replace />;
    const from = (location.state as { from?: Location } | null)?.from;
    return <Navigate to={from ? `${from.pathname}${from.search}` : '/clients'} replace />;
  }
  if (page === 'login' && state.setup.needsSetup) return <Navigate to="/setup" replace />;
  if (page === 'setup' && !state.setup.needsSetup && !state.setup.isSignupOpen) return <Navigate to="/login" replace />;
  return children;
}
