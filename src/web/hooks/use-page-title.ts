// Names the browser tab after the page, so tabs, history and screen readers say where you are.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(page: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('app.pageTitle', { page }) : t('app.name');
  }, [page, t]);
}
