// One repeated item in a part (a deliverable, a milestone, a payment): a fieldset with its name and a remove button.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ItemBox({ legend, onRemove, children }: { legend: string; onRemove(): void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="agreement-item">
      <legend className="agreement-item__legend">{legend}</legend>
      <div className="agreement-item__fields">{children}</div>
      <button type="button" className="button button--ghost-danger button--small agreement-item__remove" onClick={onRemove}>
        {t('agreements.editor.remove', { name: legend })}
      </button>
    </fieldset>
  );
}
