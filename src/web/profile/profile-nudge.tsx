// A gentle reminder on the landing page while the profile has never been saved: vetting compares prospects with it.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getProfile } from '../api/profile.ts';
import { useResource } from '../hooks/use-resource.ts';

export function ProfileNudge() {
  const { t } = useTranslation();
  const profile = useResource((signal) => getProfile(signal).catch(() => undefined), []);
  if (!profile.data || profile.data.isComplete) return null;
  return (
    <aside className="nudge-card" aria-labelledby="profile-nudge-title">
      <h2 id="profile-nudge-title" className="nudge-card__title">
        {t('profileNudge.title')}
      </h2>
      <p>{t('profileNudge.body')}</p>
      <Link to="/profile/setup/dream-business" className="button button--primary button--small">
        {t('profileNudge.action')}
      </Link>
    </aside>
  );
}
