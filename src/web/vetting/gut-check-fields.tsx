// The gut check: at ease, unsure or uneasy, with a note in your own words. Required, because it is often right.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { gutFeelings, type GutFeeling } from '../../domain/vetting/gut-check.ts';
import { Field } from '../components/field.tsx';

type GutCheckFieldsProps = {
  feeling: GutFeeling | '';
  note: string;
  onFeeling(feeling: GutFeeling): void;
  onNote(note: string): void;
  error?: string;
  /** The question, when it is not asked right after a conversation (intake answers are read, not heard). */
  question?: string;
};

const marks: Record<GutFeeling, string> = { at_ease: '☺', unsure: '~', uneasy: '!' };

export function GutCheckFields({ feeling, note, onFeeling, onNote, error, question }: GutCheckFieldsProps) {
  const { t } = useTranslation();
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <div className="gut">
      <fieldset className={`gut__feelings${error ? ' field--invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
        <legend className="field__label">{question ?? t('gut.question')}</legend>
        <p className="field__hint gut__hint">{t('gut.hint')}</p>
        {error && (
          <p className="field__error" id={errorId}>
            <span aria-hidden="true">! </span>
            {error}
          </p>
        )}
        <div className="gut__options">
          {gutFeelings.map((option) => (
            <label key={option} className={`gut__option gut__option--${option}`}>
              <input type="radio" name={name} value={option} checked={feeling === option} onChange={() => onFeeling(option)} aria-invalid={error ? true : undefined} />
              <span className="gut__mark" aria-hidden="true">
                {marks[option]}
              </span>
              <span className="gut__text">
                <span className="gut__label">{t(`vetting.gut.${option}`)}</span>
                <span className="gut__description">{t(`gut.descriptions.${option}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t('gut.note')} isOptional hint={t('gut.noteHint')}>
        {(control) => <textarea {...control} className="input textarea" rows={3} maxLength={2000} value={note} onChange={(e) => onNote(e.target.value)} />}
      </Field>
    </div>
  );
}
