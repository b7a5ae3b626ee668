// The frame of every portal page: loads who the portal is from, opens it in the client's language, and explains a link that no longer works.
import { useEffect, useRef } from 'react';
import { Link, Outlet, useOutletContext, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getPortalHome, type PortalHome } from '../api/portal.ts';
import { ApiError } from '../api/http.ts';
import { PublicShell } from '../components/public-shell.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { isLanguage, showLanguage } from '../i18n/language.ts';
import { portalPath } from './sections.ts';
import './portal.css';

export type PortalContext = { token: string; home: PortalHome };

/** For pages inside the portal: the token and the home data the layout already loaded. */
export function usePortal(): PortalContext {
  return useOutletContext<PortalContext>();
}

function GoneOrError({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  const isGone = error instanceof ApiError && (error.status === 404 || error.status === 400);
  usePageTitle(isGone ? t('portal.gone.title') : t('portal.loadingTitle'));
  return (
    <div className="page page--narrow portal-page">
      <PageHeading>{isGone ? t('portal.gone.title') : t('portal.loadingTitle')}</PageHeading>
      {isGone ? (
        <div className="card portal-gone">
          <p>{t('portal.gone.body')}</p>
          <p className="muted">{t('portal.gone.hint')}</p>
        </div>
      ) : (
        <ErrorAlert error={error} onRetry={onRetry} />
      )}
    </div>
  );
}

function PortalFrame() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const home = useResource((signal) => getPortalHome(token, signal), [token]);
  const initialLanguage = useRef(i18n.language);

  // The client's language is the default, unless they already picked one on this visit.
  useEffect(() => {
    const language = home.data?.language;
    if (isLanguage(language) && i18n.language === initialLanguage.current) void showLanguage(i18n, language);
  }, [home.data?.language]);

  if (home.error !== undefined) return <GoneOrError error={home.error} onRetry={home.reload} />;
  if (!home.data) {
    return (
      <div className="page page--narrow portal-page">
        <LoadingState label={t('portal.loading')} />
      </div>
    );
  }
  return <Outlet context={{ token, home: home.data } satisfies PortalContext} />;
}

export function PortalLayout() {
  return (
    <PublicShell>
      <PortalFrame />
    </PublicShell>
  );
}

/** The way back to the portal home from a section page. */
export function BackToPortal() {
  const { t } = useTranslation();
  const { token } = usePortal();
  return (
    <p className="portal-back">
      <Link to={portalPath(token)}>
        <span aria-hidden="true">← </span>
        {t('portal.back')}
      </Link>
    </p>
  );
}
