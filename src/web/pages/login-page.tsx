// Log in with email and password; a link to create a workspace when signup is open.
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { logIn } from '../api/session.ts';
import { ApiError } from '../api/http.ts';
import { useSession } from '../session/session-context.tsx';
import { Field } from '../components/field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { focusFirstInvalid, type FieldErrors } from '../forms/form-errors.ts';
import { isEmailAddress } from '../forms/email.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const { state, startSession } = useSession();
  usePageTitle(t('login.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<{ error?: unknown; message?: string }>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const isSignupOpen = state.status === 'anonymous' && state.setup.isSignupOpen;
  const hasExpired = state.status === 'anonymous' && state.reason === 'expired';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitError(undefined);
    const found: FieldErrors = {};
    if (!isEmailAddress(email)) found.email = t('login.errors.email');
    if (!password) found.password = t('login.errors.password');
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);

    setIsSubmitting(true);
    try {
      const session = await logIn({ email: email.trim(), password });
      await startSession(session, { keepShownLanguage: true });
    } catch (error) {
      const isWrongPassword = error instanceof ApiError && error.status === 401;
      setSubmitError(isWrongPassword ? { message: t('login.failed') } : { error });
      setIsSubmitting(false);
    }
  }

  return (
    <div className="page page--narrow">
      <PageHeading>{t('login.title')}</PageHeading>
      <p className="lead">{t('login.intro')}</p>
      {hasExpired && !submitError && <p className="alert alert--info">{t('login.expired')}</p>}
      <form ref={formRef} className="card form" onSubmit={submit} noValidate>
        {submitError && <ErrorAlert error={submitError.error} message={submitError.message} />}
        <Field label={t('login.email')} error={errors.email}>
          {(control) => <input {...control} className="input" name="email" type="email" autoComplete="username" inputMode="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('login.password')} error={errors.password}>
          {(control) => <input {...control} className="input" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
            {isSubmitting ? t('login.submitting') : t('login.submit')}
          </button>
        </div>
      </form>
      {isSignupOpen && (
        <p className="page__aside">
          {t('login.noAccount')} <Link to="/setup">{t('login.createWorkspace')}</Link>
        </p>
      )}
    </div>
  );
}
