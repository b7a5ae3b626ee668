// A yes / no / not known yet question: "not known" is a real answer, so vetting says "still to ask" instead of guessing.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type TriStateFieldProps = {
  legend: string;
  hint?: string;
  value: boolean | null;
  onChange(value: boolean | null): void;
  /** The words for "not known": the freelancer has not asked yet; a prospect is not sure. */
  unknownLabel: string;
};

export function TriStateField({ legend, hint, value, onChange, unknownLabel }: TriStateFieldProps) {
  const { t } = useTranslation();
  const name = useId();
  const options = [
    { key: 'yes', label: t('common.yes'), value: true },
    { key: 'no', label: t('common.no'), value: false },
    { key: 'unknown', label: unknownLabel, value: null },
  ] as const;
  return (
    <fieldset className="choice-field">
      <legend className="field__label">{legend}</legend>
      {hint && <p className="field__hint choice-field__hint">{hint}</p>}
      <div className="choice-row">
        {options.map((option) => (
          <label key={option.key} className="choice">
            <input type="radio" name={name} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
