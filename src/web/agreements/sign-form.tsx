// Signing, for either party: the full name typed, an explicit consent box with the exact consent text, an optional drawing.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signature } from '../api/agreements.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { SignaturePad } from './signature-pad.tsx';

type SignFormProps = {
  consentText: string;
  defaultName?: string;
  onSign(signature: Signature): Promise<void>;
};

export function SignForm({ consentText, defaultName = '', onSign }: SignFormProps) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState(defaultName);
  const [hasConsented, setHasConsented] = useState(false);
  const [drawing, setDrawing] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [problems, setProblems] = useState<{ name?: string; consent?: string }>({});
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      name: fullName.trim().length < 2 ? t('agreements.sign.nameMissing') : undefined,
      consent: hasConsented ? undefined : t('agreements.sign.consentMissing'),
    };
    setProblems(found);
    if (found.name || found.consent) {
      document.getElementById(found.name ? `${id}-name` : `${id}-consent`)?.focus();
      return;
    }
    setIsBusy(true);
    setError(undefined);
    try {
      await onSign({ fullName: fullName.trim(), hasConsented: true, ...(drawing ? { drawnSignature: drawing } : {}) });
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="sign-form" onSubmit={(event) => void submit(event)} noValidate>
      {error !== undefined && <ErrorAlert error={error} />}
      <div className={`field${problems.name ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('agreements.sign.fullName')}
        </label>
        {problems.name && (
          <p className="field__error" id={`${id}-name-error`}>
            <span aria-hidden="true">! </span>
            {problems.name}
          </p>
        )}
        <input
          id={`${id}-name`}
          className="input sign-form__name"
          autoComplete="name"
          value={fullName}
          onChange={(event) => setFullName(event.target.value)}
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={problems.name ? `${id}-name-error` : undefined}
        />
      </div>
      <div className={`field field--checkbox sign-form__consent${problems.consent ? ' field--invalid' : ''}`}>
        <input
          id={`${id}-consent`}
          type="checkbox"
          checked={hasConsented}
          onChange={(event) => setHasConsented(event.target.checked)}
          aria-invalid={problems.consent ? true : undefined}
          aria-describedby={problems.consent ? `${id}-consent-error` : undefined}
        />
        <label htmlFor={`${id}-consent`}>{consentText}</label>
        {problems.consent && (
          <p className="field__error" id={`${id}-consent-error`}>
            <span aria-hidden="true">! </span>
            {problems.consent}
          </p>
        )}
      </div>
      <div className="field">
        <p className="field__label" id={`${id}-pad`}>
          {t('agreements.sign.drawLabel')} <span className="field__optional">({t('common.optional')})</span>
        </p>
        <p className="field__hint">{t('agreements.sign.drawHint')}</p>
        <SignaturePad labelId={`${id}-pad`} onChange={setDrawing} />
      </div>
      <button type="submit" className="button button--primary" disabled={isBusy} aria-busy={isBusy || undefined}>
        {isBusy ? t('agreements.sign.signing') : t('agreements.sign.submit')}
      </button>
    </form>
  );
}
