// First run: a two-step, friendly wizard that creates the workspace and its owner, then logs them in.
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SetupBody } from '../../schemas/auth.ts';
import type { Language } from '../../schemas/common.ts';
import { setUpWorkspace } from '../api/session.ts';
import { ApiError } from '../api/http.ts';
import { useSession } from '../session/session-context.tsx';
import { Field } from '../components/field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { TimeZoneInput } from '../components/time-zone-input.tsx';
import { CurrencyInput } from '../components/currency-input.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { fieldErrorsFrom, focusFirstInvalid, type FieldErrors } from '../forms/form-errors.ts';
import { browserTimeZone, isTimeZone } from '../forms/time-zones.ts';
import { defaultCurrency, isCurrencyCode } from '../forms/currencies.ts';
import { isEmailAddress } from '../forms/email.ts';
import { supportedLanguages } from '../i18n/language.ts';

type Step = 1 | 2;
const stepOneFields = new Set(['name', 'email', 'password']);

export function SetupPage() {
  const { t, i18n } = useTranslation();
  const { state, startSession, changeLanguage } = useSession();
  const { showToast } = useToast();
  usePageTitle(t('setup.title'));

  const [step, setStep] = useState<Step>(1);
  const [values, setValues] = useState<Omit<SetupBody, 'language'>>(() => ({
    name: '',
    email: '',
    password: '',
    workspaceName: '',
    timeZone: browserTimeZone(),
    currency: defaultCurrency(),
  }));
  const [isPasswordShown, setIsPasswordShown] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<unknown>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const isFirstWorkspace = state.status === 'anonymous' && state.setup.needsSetup;

  function set<K extends keyof typeof values>(key: K, value: (typeof values)[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function messageFor(field: string): string {
    const key = `setup.errors.${field}`;
    return i18n.exists(key) ? t(key) : t('errors.fieldGeneric');
  }

  function checkStep(which: Step): FieldErrors {
    const found: FieldErrors = {};
    if (which === 1) {
      if (!values.name.trim()) found.name = messageFor('name');
      if (!isEmailAddress(values.email)) found.email = messageFor('email');
      if (values.password.length < 8) found.password = messageFor('password');
    } else {
      if (!values.workspaceName.trim()) found.workspaceName = messageFor('workspaceName');
      if (!isTimeZone(values.timeZone.trim())) found.timeZone = messageFor('timeZone');
      if (!isCurrencyCode(values.currency.trim())) found.currency = messageFor('currency');
    }
    return found;
  }

  function goToStep(next: Step) {
    setStep(next);
    // The new step's heading takes focus so keyboard and screen-reader users start at its top.
    requestAnimationFrame(() => stepHeadingRef.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitError(undefined);
    const found = checkStep(step);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    if (step === 1) return goToStep(2);

    setIsSubmitting(true);
    try {
      const session = await setUpWorkspace({ ...values, language: i18n.language as Language, timeZone: values.timeZone.trim(), currency: values.currency.trim() });
      await startSession(session);
      showToast(t('setup.done'));
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(error, (field) =>
        error instanceof ApiError && error.code === 'conflict' && field === 'email' ? t('setup.errors.emailTaken') : messageFor(field),
      );
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length > 0) {
        if (Object.keys(fieldErrors).some((field) => stepOneFields.has(field))) setStep(1);
        focusFirstInvalid(formRef.current);
      } else {
        setSubmitError(error);
      }
      setIsSubmitting(false);
    }
  }

  return (
    <div className="page page--narrow setup">
      <PageHeading>{t('setup.title')}</PageHeading>
      <p className="lead">{isFirstWorkspace ? t('setup.intro') : t('setup.introSignup')}</p>

      <ol className="steps">
        {([1, 2] as const).map((number) => (
          <li key={number} className={`steps__item${number === step ? ' steps__item--current' : ''}${number < step ? ' steps__item--done' : ''}`} aria-current={number === step ? 'step' : undefined}>
            <span className="steps__number" aria-hidden="true">
              {number < step ? '✓' : number}
            </span>
            {t(number === 1 ? 'setup.stepYou' : 'setup.stepBusiness')}
            {number < step && <span className="visually-hidden"> ({t('setup.stepDone')})</span>}
          </li>
        ))}
      </ol>

      <form ref={formRef} className="card form" onSubmit={submit} noValidate>
        <h2 ref={stepHeadingRef} tabIndex={-1} className="form__title">
          <span className="form__eyebrow">{t('setup.progress', { step, total: 2 })}</span>
          {t(step === 1 ? 'setup.stepYou' : 'setup.stepBusiness')}
        </h2>
        <p className="form__intro">{t(step === 1 ? 'setup.youIntro' : 'setup.businessIntro')}</p>

        {submitError !== undefined && <ErrorAlert error={submitError} />}

        {step === 1 ? (
          <>
            <Field label={t('setup.name')} error={errors.name}>
              {(control) => <input {...control} className="input" name="name" autoComplete="name" value={values.name} onChange={(e) => set('name', e.target.value)} />}
            </Field>
            <Field label={t('setup.email')} hint={t('setup.emailHint')} error={errors.email}>
              {(control) => <input {...control} className="input" name="email" type="email" autoComplete="email" inputMode="email" value={values.email} onChange={(e) => set('email', e.target.value)} />}
            </Field>
            <Field label={t('setup.password')} hint={t('setup.passwordHint')} error={errors.password}>
              {(control) => (
                <input {...control} className="input" name="password" type={isPasswordShown ? 'text' : 'password'} autoComplete="new-password" value={values.password} onChange={(e) => set('password', e.target.value)} />
              )}
            </Field>
            <label className="inline-check">
              <input type="checkbox" checked={isPasswordShown} onChange={(e) => setIsPasswordShown(e.target.checked)} />
              {t('setup.showPassword')}
            </label>
          </>
        ) : (
          <>
            <Field label={t('setup.workspaceName')} hint={t('setup.workspaceNameHint')} error={errors.workspaceName}>
              {(control) => <input {...control} className="input" name="workspaceName" autoComplete="organization" value={values.workspaceName} onChange={(e) => set('workspaceName', e.target.value)} />}
            </Field>
            <Field label={t('setup.language')} hint={t('setup.languageHint')} error={errors.language}>
              {(control) => (
                <select
                  {...control}
                  className="input"
                  name="language"
                  // The workspace language is the one on screen: picking here or in the header switches both.
                  value={i18n.language}
                  onChange={(e) => void changeLanguage(e.target.value as Language)}
                >
                  {supportedLanguages.map((language) => (
                    <option key={language} value={language}>
                      {t(`languages.${language}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('setup.timeZone')} hint={t('setup.timeZoneHint')} error={errors.timeZone}>
              {(control) => <TimeZoneInput {...control} name="timeZone" value={values.timeZone} onChange={(value) => set('timeZone', value)} />}
            </Field>
            <Field label={t('setup.currency')} hint={t('setup.currencyHint')} error={errors.currency}>
              {(control) => <CurrencyInput {...control} name="currency" value={values.currency} onChange={(value) => set('currency', value)} />}
            </Field>
          </>
        )}

        <div className="form__actions">
          {step === 2 && (
            <button type="button" className="button button--secondary" onClick={() => goToStep(1)} disabled={isSubmitting}>
              {t('common.back')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
            {step === 1 ? t('common.next') : isSubmitting ? t('setup.submitting') : t('setup.submit')}
          </button>
        </div>
      </form>

      {!isFirstWorkspace && (
        <p className="page__aside">
          {t('setup.haveAccount')} <Link to="/login">{t('setup.logIn')}</Link>
        </p>
      )}
    </div>
  );
}
