// The portal home: who this space is from, and every section this client can open.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/page-heading.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { formatDate } from '../i18n/format.ts';
import { usePortal } from './portal-layout.tsx';
import { portalPath, portalSectionKey } from './sections.ts';

export function PortalHomePage() {
  const { t, i18n } = useTranslation();
  const { token, home } = usePortal();
  usePageTitle(t('portal.home.title', { freelancer: home.freelancerName }));
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <div className="page page--narrow portal-page">
      <PageHeading>{t('portal.home.greeting', { client: home.clientName })}</PageHeading>
      <p className="lead">{t('portal.home.intro', { freelancer: home.freelancerName, workspace: home.workspaceName })}</p>
      <h2 className="visually-hidden">{t('portal.home.sectionsHeading')}</h2>
      <ul className="portal-sections">
        {home.sections.map((section) => (
          <li key={section} className="card portal-section">
            <h3 className="portal-section__title">
              <Link to={portalPath(token, section)}>{t(portalSectionKey(section, 'title'), { freelancer: home.freelancerName })}</Link>
            </h3>
            <p className="portal-section__body">{t(portalSectionKey(section, 'body'), { freelancer: home.freelancerName })}</p>
          </li>
        ))}
      </ul>
      <p className="muted portal-privacy">{t('portal.home.privacy', { date: formatDate(home.expiresAt, { language: i18n.language, timeZone: browserZone }), freelancer: home.freelancerName })}</p>
    </div>
  );
}
