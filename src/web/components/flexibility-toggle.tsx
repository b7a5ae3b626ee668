// "How firm is this?": non-negotiable or willing to compromise, as two radio buttons next to the preference they qualify.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { flexibilities, type Flexibility } from '../../domain/profile/flexibility.ts';

type FlexibilityToggleProps = { value: Flexibility; onChange(value: Flexibility): void };

export function FlexibilityToggle({ value, onChange }: FlexibilityToggleProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="flex-toggle">
      <legend className="flex-toggle__legend">{t('flexibility.question')}</legend>
      <div className="flex-toggle__options">
        {flexibilities.map((option) => (
          <label key={option} className={`flex-toggle__option flex-toggle__option--${option}`}>
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{t(`flexibility.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The same choice, read back: a small badge with a word, never colour alone. */
export function FlexibilityBadge({ value }: { value: Flexibility }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${value === 'non_negotiable' ? 'firm' : 'flexible'}`}>
      <span aria-hidden="true">{value === 'non_negotiable' ? '● ' : '○ '}</span>
      {t(`flexibility.${value}`)}
    </span>
  );
}
