// Settings: language, the workspace at a glance, your profile, the intake link, API tokens, and where the API is documented.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/page-heading.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useActiveSession } from '../session/session-context.tsx';
import { currencyName } from '../i18n/format.ts';
import { LanguageSettings } from '../settings/language-settings.tsx';
import { ApiTokens } from '../settings/api-tokens.tsx';
import { IntakeLinkSettings } from '../settings/intake-link-settings.tsx';
import { RelationshipSettingsForm } from '../settings/relationship-settings.tsx';
import { ReadinessSettingsForm } from '../settings/readiness-settings.tsx';
import { InvoicingSettingsSection } from '../invoicing-settings/invoicing-settings-section.tsx';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const session = useActiveSession();
  usePageTitle(t('settings.title'));

  return (
    <div className="page page--reading">
      <PageHeading>{t('settings.title')}</PageHeading>

      <section className="card settings-section" aria-labelledby="settings-language">
        <h2 id="settings-language" className="section-title">
          {t('settings.languageTitle')}
        </h2>
        <p className="section-intro">{t('settings.languageIntro')}</p>
        <LanguageSettings />
      </section>

      <section className="card settings-section" aria-labelledby="settings-workspace">
        <h2 id="settings-workspace" className="section-title">
          {t('settings.workspaceTitle')}
        </h2>
        <dl className="details details--compact">
          <div className="details__row">
            <dt>{t('settings.workspaceName')}</dt>
            <dd>{session.workspace.name}</dd>
          </div>
          <div className="details__row">
            <dt>{t('settings.account')}</dt>
            <dd>
              {session.user.name} · {session.user.email}
            </dd>
          </div>
          <div className="details__row">
            <dt>{t('settings.timeZone')}</dt>
            <dd>{session.workspace.timeZone}</dd>
          </div>
          <div className="details__row">
            <dt>{t('settings.currency')}</dt>
            <dd>
              {session.workspace.currency} · {currencyName(session.workspace.currency, i18n.language)}
            </dd>
          </div>
        </dl>
      </section>

      <section className="card settings-section" aria-labelledby="settings-profile">
        <h2 id="settings-profile" className="section-title">
          {t('settings.profileTitle')}
        </h2>
        <p className="section-intro">{t('settings.profileIntro')}</p>
        <div className="page__actions">
          <Link to="/profile" className="button button--secondary">
            {t('settings.profileLink')}
          </Link>
          <Link to="/profile/setup/dream-business" className="button button--ghost">
            {t('settings.profileWizardLink')}
          </Link>
        </div>
      </section>

      <section className="card settings-section" aria-labelledby="settings-relationship"><h2 id="settings-relationship" className="section-title">{t('relationship.settings.title')}</h2><p className="section-intro">{t('relationship.settings.intro')}</p><RelationshipSettingsForm /></section>

      <section className="card settings-section" aria-labelledby="settings-readiness"><h2 id="settings-readiness" className="section-title">{t('readiness.settings.title')}</h2><p className="section-intro">{t('readiness.settings.intro')}</p><ReadinessSettingsForm /></section>

      <InvoicingSettingsSection />

      <section className="card settings-section" aria-labelledby="settings-intake">
        <h2 id="settings-intake" className="section-title">
          {t('intakeLink.title')}
        </h2>
        <p className="section-intro">{t('intakeLink.intro')}</p>
        <IntakeLinkSettings />
      </section>

      <section className="card settings-section" aria-labelledby="settings-tokens">
        <h2 id="settings-tokens" className="section-title">
          {t('settings.tokensTitle')}
        </h2>
        <p className="section-intro">{t('settings.tokensIntro')}</p>
        <ApiTokens />
      </section>

      <section className="card settings-section" aria-labelledby="settings-docs">
        <h2 id="settings-docs" className="section-title">
          {t('settings.docsTitle')}
        </h2>
        <p className="section-intro">{t('settings.docsBody')}</p>
        {/* A full page load on purpose: the docs are served by the API, not by this app. */}
        <a className="button button--secondary" href="/api/docs">
          {t('settings.docsLink')}
        </a>
      </section>
    </div>
  );
}
