// Interview a lead: the guide's questions with structured answers, red flags noticed, and the gut check, then the explained fit.
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getClient } from '../api/clients.ts';
import { getProfile } from '../api/profile.ts';
import { recordInterview } from '../api/interviews.ts';
import { ApiError } from '../api/http.ts';
import type { GutFeeling } from '../../domain/vetting/gut-check.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { focusFirstInvalid } from '../forms/form-errors.ts';
import { AnswersFields } from '../vetting/answers-fields.tsx';
import { GutCheckFields } from '../vetting/gut-check-fields.tsx';
import { RedFlagsSeen } from '../vetting/red-flags-seen.tsx';
import { answersFromDraft, blankAnswersDraft, placeAnswerError, type AnswersDraft } from '../vetting/answers-draft.ts';
import { canBeInterviewed } from '../vetting/stages.ts';

export function InterviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const client = useResource((signal) => getClient(id, signal), [id]);
  // The profile only feeds suggestions (kinds of work, own red flags); the page works without it.
  const profile = useResource((signal) => getProfile(signal).catch(() => undefined), []);
  const [draft, setDraft] = useState<AnswersDraft>();
  const [feeling, setFeeling] = useState<GutFeeling | ''>('');
  const [gutNote, setGutNote] = useState('');
  const [errorKeys, setErrorKeys] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<unknown>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const name = client.data?.name;
  const title = name ? t('interview.title', { name }) : t('interview.titleLoading');
  usePageTitle(title);

  // The blank interview starts once the client is known: their currency and zone are the likely answers.
  if (client.data && !draft) setDraft(blankAnswersDraft({ currency: client.data.currency, timeZone: client.data.timeZone }));

  const errors = Object.fromEntries(Object.entries(errorKeys).map(([path, key]) => [path, t(key)]));
  const ideal = profile.data?.profile;
  const kindSuggestions = ideal ? [...ideal.idealClient.workKinds, ...ideal.avoid.workKinds.items] : [];
  const ownRedFlags = ideal ? ideal.avoid.redFlags.items.flatMap((flag) => (flag.kind === 'own' ? [flag.text] : [])) : [];

  function change(edit: (copy: AnswersDraft) => void) {
    setDraft((current) => {
      if (!current) return current;
      const copy = structuredClone(current);
      edit(copy);
      return copy;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft || !client.data) return;
    setSubmitError(undefined);
    const { answers, errors: found } = answersFromDraft(draft);
    if (!feeling) found.gut = 'gut.errors.required';
    setErrorKeys(found);
    if (Object.keys(found).length > 0 || !feeling) return focusFirstInvalid(formRef.current);
    setIsSubmitting(true);
    try {
      const interview = await recordInterview(client.data.id, { answers, gut: { feeling, note: gutNote.trim() } });
      showToast(t('interview.recorded'));
      navigate(`/clients/${client.data.id}/interviews/${interview.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0 && error.code === 'validation_failed') {
        const placed: Record<string, string> = {};
        for (const { field } of error.fieldErrors) {
          const { path, key } = placeAnswerError(field);
          placed[path] ??= key;
        }
        setErrorKeys(placed);
        focusFirstInvalid(formRef.current);
      } else {
        setSubmitError(error);
      }
      setIsSubmitting(false);
    }
  }

  if (client.error !== undefined) {
    return (
      <div className="page page--form">
        <PageHeading>{t('interview.titleLoading')}</PageHeading>
        <ErrorAlert error={client.error} onRetry={client.reload} />
      </div>
    );
  }

  return (
    <div className="page page--form interview-page">
      <p className="back-link">
        <Link to={`/clients/${id}`}>
          <span aria-hidden="true">← </span>
          {name ?? t('client.title')}
        </Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {!client.data || !draft ? (
        <LoadingState label={t('client.loading')} />
      ) : !canBeInterviewed(client.data.stage) ? (
        <EmptyState
          title={t('interview.notNowTitle')}
          action={
            <Link to={`/clients/${client.data.id}`} className="button button--primary">
              {t('interview.backToClient', { name: client.data.name })}
            </Link>
          }
        >
          <p>{t('interview.notNowBody', { stage: t(`stages.${client.data.stage}`) })}</p>
        </EmptyState>
      ) : (
        <>
          <p className="lead">{t('interview.intro')}</p>
          <form ref={formRef} className="form interview-form" onSubmit={submit} noValidate>
            {submitError !== undefined && <ErrorAlert error={submitError} />}
            {Object.keys(errors).length > 1 && <p className="form__summary">{t('errors.checkFields')}</p>}
            <AnswersFields
              voice="freelancer"
              draft={draft}
              change={change}
              errors={errors}
              kindSuggestions={kindSuggestions}
              extra={
                <fieldset className="card form__section question-group">
                  <legend className="form__legend">{t('interview.redFlagsTitle')}</legend>
                  <p className="question-group__intro">{t('interview.redFlagsIntro')}</p>
                  <RedFlagsSeen value={draft.redFlagsSeen} ownList={ownRedFlags} onChange={(flags) => change((d) => void (d.redFlagsSeen = flags))} />
                </fieldset>
              }
            />
            <fieldset className="card form__section question-group gut-section">
              <legend className="form__legend">{t('gut.title')}</legend>
              <p className="question-group__intro">{t('gut.intro')}</p>
              <GutCheckFields feeling={feeling} note={gutNote} onFeeling={setFeeling} onNote={setGutNote} error={errors.gut} />
            </fieldset>
            <div className="form__actions">
              <Link to={`/clients/${client.data.id}`} className="button button--secondary">
                {t('common.cancel')}
              </Link>
              <button type="submit" className="button button--primary" disabled={isSubmitting} aria-busy={isSubmitting || undefined}>
                {isSubmitting ? t('interview.submitting') : t('interview.submit')}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
