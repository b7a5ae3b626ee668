// "Plan the exit" on the health card: a button that opens the exit-plan panel (src/web/offboarding) on the client page.
import { useTranslation } from 'react-i18next';

export function ExitPlanAction({ isOpen, onOpen }: { isOpen: boolean; onOpen(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--primary" aria-expanded={isOpen} aria-controls="exit-plan" onClick={onOpen}>
      {t('relationship.health.createExitPlan')}
    </button>
  );
}
