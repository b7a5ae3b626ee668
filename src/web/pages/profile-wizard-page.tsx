// The profile, step by step: right after first-run setup (a guided walk, skippable) and later to edit one section.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getProfile, saveProfile } from '../api/profile.ts';
import { ApiError } from '../api/http.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { focusFirstInvalid } from '../forms/form-errors.ts';
import { ProfileStepForm } from '../profile/profile-step-form.tsx';
import { draftFromProfile, isProfileStep, placeServerError, profileFromDraft, profileSteps, stepOfPath, type ProfileDraft, type ProfileStep } from '../profile/profile-draft.ts';

type Mode = 'setup' | 'edit';

export function ProfileWizardPage({ mode }: { mode: Mode }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const params = useParams();
  const step: ProfileStep = isProfileStep(params.step) ? params.step : 'dream-business';
  const stepIndex = profileSteps.indexOf(step);
  const isLast = stepIndex === profileSteps.length - 1;
  const stepTitle = t(`profileSteps.${step}.title`);
  const title = mode === 'setup' ? t('profileWizard.title') : t('profileWizard.editTitle', { section: stepTitle });
  usePageTitle(mode === 'setup' ? `${stepTitle} · ${t('profileWizard.title')}` : title);

  const loaded = useResource((signal) => getProfile(signal), []);
  const [draft, setDraft] = useState<ProfileDraft>();
  const [version, setVersion] = useState(0);
  const [errorKeys, setErrorKeys] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<unknown>();
  const [hasConflict, setHasConflict] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const reloadRef = useRef<HTMLButtonElement>(null);

  // A fresh copy each time the saved profile is (re)loaded; saving keeps the copy, so nothing typed jumps.
  useEffect(() => {
    if (!loaded.data) return;
    setDraft(draftFromProfile(loaded.data.profile, i18n.language));
    setVersion(loaded.data.version);
    setErrorKeys({});
  }, [loaded.data?.version, loaded.data === undefined]);

  useEffect(() => {
    if (hasConflict) reloadRef.current?.focus();
  }, [hasConflict]);

  const errors = Object.fromEntries(Object.entries(errorKeys).map(([path, key]) => [path, t(key)]));

  function change(edit: (copy: ProfileDraft) => void) {
    setDraft((current) => {
      if (!current) return current;
      const copy = structuredClone(current);
      edit(copy);
      return copy;
    });
  }

  function goTo(next: ProfileStep) {
    navigate(`/profile/${mode}/${next}`);
    requestAnimationFrame(() => {
      stepHeadingRef.current?.focus();
      stepHeadingRef.current?.scrollIntoView({ block: 'start' });
    });
  }

  function showErrors(found: Record<string, string>) {
    setErrorKeys(found);
    const paths = Object.keys(found);
    const first = paths.find((path) => stepOfPath(path) === step) ?? paths[0];
    if (first === undefined) return;
    const errorStep = stepOfPath(first);
    if (errorStep !== step) navigate(`/profile/${mode}/${errorStep}`);
    focusFirstInvalid(formRef.current);
  }

  function finish(message: string, tone: 'success' | 'info' = 'success') {
    showToast(message, tone);
    navigate(mode === 'setup' ? '/clients' : '/profile');
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setSaveError(undefined);
    const { profile, errors: found } = profileFromDraft(draft);
    if (Object.keys(found).length > 0) return showErrors(found);
    setErrorKeys({});
    setIsSaving(true);
    try {
      const saved = await saveProfile(profile, version);
      setVersion(saved.version);
      if (mode === 'edit') return finish(t('profileWizard.saved'));
      if (isLast) return finish(t('profileWizard.finished'));
      showToast(t('profileWizard.stepSaved', { step: stepTitle }));
      goTo(profileSteps[stepIndex + 1] ?? step);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') {
        setHasConflict(true);
      } else if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const placed: Record<string, string> = {};
        for (const { field } of error.fieldErrors) {
          const { path, key } = placeServerError(field, draft);
          placed[path] ??= key;
        }
        showErrors(placed);
      } else {
        setSaveError(error);
      }
    } finally {
      setIsSaving(false);
    }
  }

  function reload() {
    setHasConflict(false);
    loaded.reload();
  }

  const isComplete = loaded.data?.isComplete ?? false;

  return (
    <div className="page page--form profile-wizard">
      {mode === 'edit' && (
        <p className="back-link">
          <Link to="/profile">
            <span aria-hidden="true">← </span>
            {t('profilePage.title')}
          </Link>
        </p>
      )}
      <PageHeading>{title}</PageHeading>
      {mode === 'setup' && <p className="lead">{isComplete ? t('profileWizard.introAgain') : t('profileWizard.intro')}</p>}

      {loaded.error !== undefined ? (
        <ErrorAlert error={loaded.error} onRetry={loaded.reload} />
      ) : !draft ? (
        <LoadingState label={t('profileWizard.loading')} />
      ) : (
        <>
          {mode === 'setup' && (
            <nav aria-label={t('profileWizard.stepsLabel')}>
              <ol className="steps steps--profile">
                {profileSteps.map((name, index) => (
                  <li key={name} className={`steps__item${name === step ? ' steps__item--current' : ''}${index < stepIndex ? ' steps__item--done' : ''}`}>
                    <Link to={`/profile/setup/${name}`} className="steps__link" aria-current={name === step ? 'step' : undefined}>
                      <span className="steps__number" aria-hidden="true">
                        {index + 1}
                      </span>
                      <span className="steps__name">{t(`profileSteps.${name}.short`)}</span>
                    </Link>
                  </li>
                ))}
              </ol>
            </nav>
          )}

          <form ref={formRef} className="form profile-form" onSubmit={save} noValidate>
            {hasConflict && (
              <ErrorAlert title={t('profileWizard.conflictTitle')} message={t('profileWizard.conflictBody')}>
                <button ref={reloadRef} type="button" className="button button--primary" onClick={reload}>
                  {t('profileWizard.reload')}
                </button>
              </ErrorAlert>
            )}
            {saveError !== undefined && <ErrorAlert error={saveError} />}

            <div className="card profile-form__step">
              <h2 ref={stepHeadingRef} tabIndex={-1} className="form__title">
                {mode === 'setup' && <span className="form__eyebrow">{t('profileWizard.progress', { step: stepIndex + 1, total: profileSteps.length })}</span>}
                {stepTitle}
              </h2>
              <p className="form__intro">{t(`profileSteps.${step}.intro`)}</p>
              {Object.keys(errors).length > 0 && <p className="form__summary">{t('errors.checkFields')}</p>}
              <ProfileStepForm step={step} draft={draft} change={change} errors={errors} />
            </div>

            <div className="form__actions profile-form__actions">
              {mode === 'setup' ? (
                <>
                  {stepIndex > 0 && (
                    <button type="button" className="button button--secondary" onClick={() => goTo(profileSteps[stepIndex - 1] ?? step)} disabled={isSaving}>
                      {t('common.back')}
                    </button>
                  )}
                  <button type="button" className="button button--ghost" onClick={() => finish(isLast ? t('profileWizard.skippedFinances') : t('profileWizard.later'), 'info')} disabled={isSaving}>
                    {isLast ? t('profileWizard.skipFinances') : t('profileWizard.finishLater')}
                  </button>
                  <button type="submit" className="button button--primary" disabled={isSaving || hasConflict} aria-busy={isSaving || undefined}>
                    {isSaving ? t('profileWizard.saving') : isLast ? t('profileWizard.saveAndFinish') : t('profileWizard.saveAndContinue')}
                  </button>
                </>
              ) : (
                <>
                  <Link to="/profile" className="button button--secondary">
                    {t('common.cancel')}
                  </Link>
                  <button type="submit" className="button button--primary" disabled={isSaving || hasConflict} aria-busy={isSaving || undefined}>
                    {isSaving ? t('profileWizard.saving') : t('profileWizard.save')}
                  </button>
                </>
              )}
            </div>
          </form>
        </>
      )}
    </div>
  );
}
