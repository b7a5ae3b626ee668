// The profile at a glance, section by section, with a way to edit each one and the one-page PDF in either language.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getProfile, profilePdfUrl } from '../api/profile.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { formatDateTime } from '../i18n/format.ts';
import { languageAutonyms, supportedLanguages } from '../i18n/language.ts';
import { ProfileSummary } from '../profile/profile-summary.tsx';

export function ProfilePage() {
  const { t } = useTranslation();
  const formatContext = useFormatContext();
  usePageTitle(t('profilePage.title'));
  const profile = useResource((signal) => getProfile(signal), []);
  const view = profile.data;

  return (
    <div className="page page--reading profile-page">
      <div className="page__header">
        <div className="page__title-block">
          <PageHeading>{t('profilePage.title')}</PageHeading>
          {view?.updatedAt && <p className="page__subtitle">{t('profilePage.updated', { date: formatDateTime(view.updatedAt, formatContext) })}</p>}
        </div>
        <div className="page__actions pdf-links" role="group" aria-label={t('profilePage.pdfLabel')}>
          {supportedLanguages.map((language) => (
            // A real link: the browser downloads the PDF with the session cookie; nothing runs in the page.
            <a key={language} className="button button--secondary" href={profilePdfUrl(language)} download>
              <span aria-hidden="true">⤓ </span>
              {t('profilePage.downloadPdf')}
              <span className="pdf-links__lang" lang={language}>
                {' '}
                ({languageAutonyms[language]})
              </span>
            </a>
          ))}
        </div>
      </div>
      <p className="lead">{t('profilePage.intro')}</p>

      {profile.error !== undefined ? (
        <ErrorAlert error={profile.error} onRetry={profile.reload} />
      ) : !view ? (
        <LoadingState label={t('profileWizard.loading')} />
      ) : (
        <>
          {!view.isComplete && (
            <div className="alert alert--info nudge">
              <p className="alert__title">{t('profilePage.notFinishedTitle')}</p>
              <p>{t('profilePage.notFinishedBody')}</p>
              <div className="alert__actions">
                <Link to="/profile/setup/dream-business" className="button button--primary">
                  {t('profilePage.startWizard')}
                </Link>
              </div>
            </div>
          )}
          <ProfileSummary profile={view.profile} />
        </>
      )}
    </div>
  );
}
