// A dash for an empty cell that screen readers hear as "none" instead of "dash".
import { useTranslation } from 'react-i18next';

export function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('common.none')}</span>
    </>
  );
}
