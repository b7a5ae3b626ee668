// The frame for pages a prospect opens without an account: skip link, a quiet header with the language switch, <main>. No session.
import { Suspense, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../schemas/common.ts';
import { LanguageButtons } from './language-switcher.tsx';
import { LoadingState } from './loading-state.tsx';
import { showLanguage } from '../i18n/language.ts';

export function PublicShell({ children }: { children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="site-header site-header--public">
        <div className="site-header__inner">
          <span className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" className="brand__mark" />
            <span className="brand__name">{t('app.name')}</span>
          </span>
          <div className="site-tools">
            {/* A visitor's choice applies to this visit only; it is not stored on their device or anywhere else. */}
            <LanguageButtons onChoose={(language: Language) => void showLanguage(i18n, language)} />
          </div>
        </div>
      </header>
      <main id="main" className="main main--public" tabIndex={-1}>
        <Suspense fallback={<LoadingState label={t('app.loading')} />}>{children ?? <Outlet />}</Suspense>
      </main>
    </>
  );
}
