// The frame around every page: skip link, header, the <main> landmark, and a loading line while a page's code arrives.
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SiteHeader } from './site-header.tsx';
import { LoadingState } from './loading-state.tsx';

export function AppShell() {
  const { t } = useTranslation();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus the landmark directly: a hash change would add a history entry the router does not need.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<LoadingState label={t('app.loading')} />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
