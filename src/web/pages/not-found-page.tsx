// A wrong address inside the app: say so kindly and offer the way back.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/page-heading.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="page page--narrow">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p className="lead">{t('notFound.body')}</p>
      <Link to="/clients" className="button button--primary">
        {t('notFound.back')}
      </Link>
    </div>
  );
}
