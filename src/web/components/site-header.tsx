// The top bar: brand, main navigation (a menu button on phones), language and log out.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-context.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { useToast } from './toast-provider.tsx';
import { describeError } from './describe-error.ts';

function Brand({ isLink }: { isLink: boolean }) {
  const { t } = useTranslation();
  const content = (
    <>
      <img src="/favicon.svg" alt="" width="28" height="28" className="brand__mark" />
      <span className="brand__name">{t('app.name')}</span>
    </>
  );
  return isLink ? (
    <Link to="/clients" className="brand">
      {content}
    </Link>
  ) : (
    <span className="brand">{content}</span>
  );
}

export function SiteHeader() {
  const { t } = useTranslation();
  const { state, endSession } = useSession();
  const { showToast } = useToast();
  const location = useLocation();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const [isLoggingOut, setIsLoggingOut] = useState(false);
  const isActive = state.status === 'active';
  const toggleRef = useRef<HTMLButtonElement>(null);

  // Escape closes the phone menu, like any other pop-up, and hands focus back to its button.
  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !isMenuOpen) return;
    setIsMenuOpen(false);
    toggleRef.current?.focus();
  }

  // A followed link closes the phone menu, so the new page is not hidden behind it.
  useEffect(() => setIsMenuOpen(false), [location.pathname]);

  async function logOut() {
    setIsLoggingOut(true);
    try {
      await endSession();
      showToast(t('app.loggedOut'), 'info');
    } catch (error) {
      showToast(describeError(error, t), 'info');
    } finally {
      setIsLoggingOut(false);
    }
  }

  return (
    <header className="site-header" onKeyDown={closeOnEscape}>
      <div className="site-header__inner">
        <Brand isLink={isActive} />
        {isActive && (
          <button
            ref={toggleRef}
            type="button"
            className="menu-toggle"
            aria-expanded={isMenuOpen}
            aria-controls="site-menu"
            onClick={() => setIsMenuOpen((open) => !open)}
          >
            <span className="menu-toggle__icon" aria-hidden="true" />
            {t('app.menu')}
          </button>
        )}
        <div id="site-menu" className={`site-menu${isActive ? ' site-menu--collapsible' : ''}${isMenuOpen ? ' site-menu--open' : ''}`}>
          {isActive && (
            <nav className="site-nav" aria-label={t('app.mainNav')}>
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t('relationship.nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/clients">{t('nav.clients')}</NavLink>
                </li>
                <li>
                  <NavLink to="/waitlist">{t('nav.waitlist')}</NavLink>
                </li>
                <li>
                  <NavLink to="/readiness">{t('readiness.nav')}</NavLink>
                </li>
                <li><NavLink to="/agreements">{t('agreements.nav')}</NavLink></li>
                <li><NavLink to="/invoices">{t('invoices.nav')}</NavLink></li>
                <li>
                  <NavLink to="/outbox">{t('nav.outbox')}</NavLink>
                </li>
                <li>
                  <NavLink to="/profile">{t('nav.profile')}</NavLink>
                </li>
                <li>
                  <NavLink to="/settings">{t('nav.settings')}</NavLink>
                </li>
              </ul>
            </nav>
          )}
          <div className="site-tools">
            <LanguageSwitcher />
            {isActive && (
              <button type="button" className="button button--ghost" onClick={() => void logOut()} disabled={isLoggingOut}>
                {isLoggingOut ? t('app.loggingOut') : t('app.logOut')}
              </button>
            )}
          </div>
        </div>
      </div>
    </header>
  );
}
