// The client writes a testimonial: their words, how their name appears, and whether it may be published.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sendTestimonial } from '../api/portal.ts';
import { ApiError } from '../api/http.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { CheckboxField, Field } from '../components/field.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { focusFirstInvalid } from '../forms/form-errors.ts';
import { BackToPortal, usePortal } from './portal-layout.tsx';

type Draft = { text: string; name: string; role: string; canPublish: boolean };
type FieldName = 'text' | 'name' | 'role';

const errorKeys: Record<FieldName, string> = { text: 'portal.testimonial.errors.text', name: 'portal.testimonial.errors.name', role: 'portal.testimonial.errors.role' };

export function TestimonialPage() {
  const { t } = useTranslation();
  const { token, home } = usePortal();
  const freelancer = home.freelancerName;
  const [draft, setDraft] = useState<Draft>({ text: '', name: home.clientName, role: '', canPublish: false });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [submitError, setSubmitError] = useState<unknown>();
  const [isSending, setIsSending] = useState(false);
  const [isSent, setIsSent] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const thanksRef = useRef<HTMLHeadingElement>(null);
  usePageTitle(isSent ? t('portal.testimonial.thanksTitle') : t('portal.testimonial.title', { freelancer }));

  useEffect(() => {
    if (isSent) thanksRef.current?.focus();
  }, [isSent]);

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitError(undefined);
    const found: Partial<Record<FieldName, string>> = {};
    if (!draft.text.trim()) found.text = errorKeys.text;
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    setIsSending(true);
    try {
      await sendTestimonial(token, { text: draft.text.trim(), name: draft.name.trim(), role: draft.role.trim(), canPublish: draft.canPublish });
      setIsSent(true);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldErrors.map((e) => e.field).filter((f): f is FieldName => f in errorKeys) : [];
      if (fields.length > 0) {
        setErrors(Object.fromEntries(fields.map((field) => [field, errorKeys[field]])));
        focusFirstInvalid(formRef.current);
      } else {
        setSubmitError(error);
      }
    } finally {
      setIsSending(false);
    }
  }

  if (isSent) {
    return (
      <div className="page page--narrow portal-page">
        <div className="card portal-thanks">
          <span className="portal-thanks__mark" aria-hidden="true">
            ✓
          </span>
          <h1 ref={thanksRef} tabIndex={-1} className="page-heading">
            {t('portal.testimonial.thanksTitle')}
          </h1>
          <p className="lead">{t('portal.testimonial.thanksBody', { freelancer })}</p>
        </div>
        <BackToPortal />
      </div>
    );
  }

  return (
    <div className="page page--narrow portal-page">
      <BackToPortal />
      <PageHeading>{t('portal.testimonial.title', { freelancer })}</PageHeading>
      <p className="lead">{t('portal.testimonial.intro', { freelancer })}</p>
      {submitError !== undefined && <ErrorAlert error={submitError} />}
      <form ref={formRef} className="card portal-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field label={t('portal.testimonial.text')} hint={t('portal.testimonial.textHint')} error={errors.text && t(errors.text)}>
          {(control) => <textarea {...control} className="textarea" rows={7} maxLength={5000} value={draft.text} onChange={(e) => set('text', e.target.value)} />}
        </Field>
        <Field label={t('portal.testimonial.name')} isOptional error={errors.name && t(errors.name)}>
          {(control) => <input {...control} className="input" autoComplete="name" maxLength={200} value={draft.name} onChange={(e) => set('name', e.target.value)} />}
        </Field>
        <Field label={t('portal.testimonial.role')} hint={t('portal.testimonial.roleHint')} isOptional error={errors.role && t(errors.role)}>
          {(control) => <input {...control} className="input" autoComplete="organization-title" maxLength={200} value={draft.role} onChange={(e) => set('role', e.target.value)} />}
        </Field>
        <CheckboxField label={t('portal.testimonial.canPublish', { freelancer })} hint={t('portal.testimonial.canPublishHint', { freelancer })} checked={draft.canPublish} onChange={(value) => set('canPublish', value)} name="canPublish" />
        <div className="portal-form__actions">
          <button type="submit" className="button button--primary" disabled={isSending} aria-busy={isSending || undefined}>
            {isSending ? t('portal.testimonial.sending') : t('portal.testimonial.send')}
          </button>
        </div>
      </form>
    </div>
  );
}
