// One preference of the profile: its question, the answer's controls, and how firm it is.
import type { ReactNode } from 'react';
import type { Flexibility } from '../../domain/profile/flexibility.ts';
import { FlexibilityToggle } from '../components/flexibility-toggle.tsx';

type PreferenceProps = {
  title: string;
  hint?: ReactNode;
  children: ReactNode;
  /** Omitted for parts that have no flexibility (blocked days are non-negotiable by definition). */
  flexibility?: Flexibility;
  onFlexibility?(value: Flexibility): void;
};

export function Preference({ title, hint, children, flexibility, onFlexibility }: PreferenceProps) {
  return (
    <fieldset className="pref">
      <legend className="pref__title">{title}</legend>
      {hint && <p className="pref__hint">{hint}</p>}
      <div className="pref__body">{children}</div>
      {flexibility && onFlexibility && <FlexibilityToggle value={flexibility} onChange={onFlexibility} />}
    </fieldset>
  );
}
