// The public intake form: a prospect, with no account, tells a freelancer about their project in their own words, in English or Spanish.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../schemas/common.ts';
import { getIntakeWorkspace, submitIntake } from '../api/intake.ts';
import { ApiError } from '../api/http.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { TimeZoneInput } from '../components/time-zone-input.tsx';
import { Field } from '../components/field.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { focusFirstInvalid } from '../forms/form-errors.ts';
import { browserTimeZone, isTimeZone } from '../forms/time-zones.ts';
import { defaultCurrency } from '../forms/currencies.ts';
import { isEmailAddress } from '../forms/email.ts';
import { isLanguage, showLanguage } from '../i18n/language.ts';
import { AnswersFields } from '../vetting/answers-fields.tsx';
import { answersFromDraft, blankAnswersDraft, placeAnswerError, type AnswersDraft } from '../vetting/answers-draft.ts';

type Contact = { name: string; email: string; company: string; phone: string; timeZone: string };

export function IntakePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const workspace = useResource((signal) => getIntakeWorkspace(token, signal), [token]);
  const [contact, setContact] = useState<Contact>(() => ({ name: '', email: '', company: '', phone: '', timeZone: browserTimeZone() }));
  const [draft, setDraft] = useState<AnswersDraft>(() => blankAnswersDraft({ currency: defaultCurrency() }));
  const [website, setWebsite] = useState('');
  const [errorKeys, setErrorKeys] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<unknown>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [sentBy, setSentBy] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);
  const thanksRef = useRef<HTMLHeadingElement>(null);
  const initialLanguage = useRef(i18n.language);
  const name = workspace.data?.workspaceName;
  usePageTitle(sentBy ? t('intake.thanksTitle', { name: sentBy }) : name ? t('intake.title', { name }) : t('intake.titleLoading'));

  // The freelancer's language is the default, unless the visitor already picked one here.
  useEffect(() => {
    const language = workspace.data?.language;
    if (isLanguage(language) && i18n.language === initialLanguage.current) void showLanguage(i18n, language);
  }, [workspace.data?.language]);

  useEffect(() => {
    if (sentBy) thanksRef.current?.focus();
  }, [sentBy]);

  const errors = Object.fromEntries(Object.entries(errorKeys).map(([path, key]) => [path, t(key)]));

  function change(edit: (copy: AnswersDraft) => void) {
    setDraft((current) => {
      const copy = structuredClone(current);
      edit(copy);
      return copy;
    });
  }

  function setField<K extends keyof Contact>(key: K, value: Contact[K]) {
    setContact((current) => ({ ...current, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitError(undefined);
    const { answers, errors: found } = answersFromDraft({ ...draft, timeZone: contact.timeZone });
    if (!contact.name.trim()) found.name = 'intake.errors.name';
    if (!isEmailAddress(contact.email)) found.email = 'intake.errors.email';
    if (!isTimeZone(contact.timeZone.trim())) found.contactTimeZone = 'intake.errors.timeZone';
    delete found.timeZone;
    setErrorKeys(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    setIsSubmitting(true);
    try {
      const { redFlagsSeen: _notAsked, ...prospectAnswers } = answers;
      await submitIntake(token, {
        name: contact.name.trim(),
        email: contact.email.trim(),
        company: contact.company.trim(),
        phone: contact.phone.trim(),
        language: i18n.language as Language,
        timeZone: contact.timeZone.trim(),
        answers: prospectAnswers,
        website,
      });
      setSentBy(contact.name.trim());
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation_failed' && error.fieldErrors.length > 0) {
        const placed: Record<string, string> = {};
        for (const { field } of error.fieldErrors) {
          if (field === 'name' || field === 'email') placed[field] = `intake.errors.${field}`;
          else if (field === 'timeZone') placed.contactTimeZone = 'intake.errors.timeZone';
          else {
            const { path, key } = placeAnswerError(field);
            placed[path] ??= key;
          }
        }
        setErrorKeys(placed);
        focusFirstInvalid(formRef.current);
      } else {
        setSubmitError(error);
      }
    } finally {
      setIsSubmitting(false);
    }
  }

  if (workspace.error !== undefined) {
    const isGone = workspace.error instanceof ApiError && (workspace.error.status === 404 || workspace.error.status === 400);
    return (
      <div className="page page--narrow intake-page">
        <PageHeading>{isGone ? t('intake.goneTitle') : t('intake.titleLoading')}</PageHeading>
        {isGone ? (
          <div className="card intake-gone">
            <p>{t('intake.goneBody')}</p>
            <p className="muted">{t('intake.goneHint')}</p>
          </div>
        ) : (
          <ErrorAlert error={workspace.error} onRetry={workspace.reload} />
        )}
      </div>
    );
  }

  if (!workspace.data || !name) {
    return (
      <div className="page page--narrow intake-page">
        <LoadingState label={t('intake.loading')} />
      </div>
    );
  }

  if (sentBy) {
    return (
      <div className="page page--narrow intake-page">
        <div className="card intake-thanks">
          <span className="intake-thanks__mark" aria-hidden="true">
            ✓
          </span>
          <h1 ref={thanksRef} tabIndex={-1} className="page-heading">
            {t('intake.thanksTitle', { name: sentBy })}
          </h1>
          <p className="lead">{t('intake.thanksBody', { workspace: name })}</p>
          <p className="muted">{t('intake.thanksClose')}</p>
        </div>
      </div>
    );
  }

  return (
    <div className="page page--form intake-page">
      <PageHeading>{t('intake.title', { name })}</PageHeading>
      <p className="lead">{t('intake.intro', { name })}</p>
      <p className="intake-page__privacy">{t('intake.privacy', { name })}</p>
      <form ref={formRef} className="form intake-form" onSubmit={submit} noValidate>
        {submitError !== undefined && <ErrorAlert error={submitError} />}
        {Object.keys(errors).length > 1 && <p className="form__summary">{t('errors.checkFields')}</p>}

        <fieldset className="card form__section question-group">
          <legend className="form__legend">{t('intake.aboutYou')}</legend>
          <div className="form__grid">
            <Field label={t('intake.name')} error={errors.name}>
              {(control) => <input {...control} className="input" name="name" autoComplete="name" maxLength={200} value={contact.name} onChange={(e) => setField('name', e.target.value)} />}
            </Field>
            <Field label={t('intake.email')} hint={t('intake.emailHint')} error={errors.email}>
              {(control) => <input {...control} className="input" name="email" type="email" inputMode="email" autoComplete="email" maxLength={320} value={contact.email} onChange={(e) => setField('email', e.target.value)} />}
            </Field>
            <Field label={t('intake.company')} isOptional>
              {(control) => <input {...control} className="input" name="company" autoComplete="organization" maxLength={200} value={contact.company} onChange={(e) => setField('company', e.target.value)} />}
            </Field>
            <Field label={t('intake.phone')} isOptional>
              {(control) => <input {...control} className="input" name="phone" type="tel" inputMode="tel" autoComplete="tel" maxLength={50} value={contact.phone} onChange={(e) => setField('phone', e.target.value)} />}
            </Field>
          </div>
          <Field label={t('intake.timeZone')} hint={t('intake.timeZoneHint')} error={errors.contactTimeZone}>
            {(control) => <TimeZoneInput {...control} name="timeZone" value={contact.timeZone} onChange={(value) => setField('timeZone', value)} />}
          </Field>
          {/* Only bots fill this in: hidden from people, from screen readers and from the Tab key. */}
          <div className="honeypot" aria-hidden="true">
            <label htmlFor="intake-website">{t('intake.honeypot')}</label>
            <input id="intake-website" name="website" type="text" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
          </div>
        </fieldset>

        <AnswersFields voice="prospect" draft={draft} change={change} errors={errors} />

        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
            {isSubmitting ? t('intake.sending') : t('intake.send', { name })}
          </button>
        </div>
      </form>
    </div>
  );
}
