// A client's exit plan (DOMAIN.md section 9), for the client page and the health card's "plan the exit": offers to
// create one with Sana's suggested date when none exists; otherwise the date, why, the steps to tick off, and the way on.
import { useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { cancelExitPlan, createExitPlan, findExitPlan, suggestExitPlan, updateExitPlan, type ExitPlan } from '../api/exit-plans.ts';
import { ApiError } from '../api/http.ts';
import { startOffboarding } from '../api/offboarding.ts';
import { getClient } from '../api/clients.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { formatPlainDate } from '../vetting/overlap-chart.tsx';
import { exitReasonText } from './exit-reason.ts';
import './offboarding.css';

type ExitPlanPanelProps = {
  clientId: string;
  /** "health" when opened from the health card's recommendation. */
  origin?: 'health' | 'manual';
  headingLevel?: 2 | 3;
  /** Called instead of going to the offboarding page when the panel already sits on it. */
  onOffboardingStarted?: () => void;
};

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The calendar date `days` before `date` (both YYYY-MM-DD): when to give notice for a chosen last day. */
function daysBefore(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() - days);
  return value.toISOString().slice(0, 10);
}

export function ExitPlanPanel({ clientId, origin = 'manual', headingLevel = 2, onOffboardingStarted }: ExitPlanPanelProps) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const navigate = useNavigate();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const plan = useResource((signal) => findExitPlan(clientId, signal), [clientId]);
  const suggestion = useResource((signal) => suggestExitPlan(clientId, signal), [clientId]);
  // The stage decides what "no plan" means: nothing yet, offboarding already under way, or a relationship that ended.
  const client = useResource((signal) => getClient(clientId, signal), [clientId]);
  const stage = client.data?.stage;
  const hasEnded = stage === 'past' || stage === 'declined';
  const offboardingPath = `/clients/${encodeURIComponent(clientId)}/offboarding`;
  const [isCreating, setIsCreating] = useState(false);
  const [draftDate, setDraftDate] = useState('');
  const [draftSteps, setDraftSteps] = useState('');
  const [dateError, setDateError] = useState<string>();
  const [isEditingDate, setIsEditingDate] = useState(false);
  const [newStep, setNewStep] = useState('');
  const [isConfirmingCancel, setIsConfirmingCancel] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const createRef = useRef<HTMLButtonElement>(null);
  const date = (value: string) => formatPlainDate(value, i18n.language);

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    setIsBusy(true);
    setActionError(undefined);
    try {
      return await work();
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'version_conflict' || error.code === 'conflict')) plan.reload();
      setActionError(error);
      return undefined;
    } finally {
      setIsBusy(false);
    }
  }

  function openCreate() {
    setDraftDate(suggestion.data?.suggestion.date ?? '');
    setDraftSteps((suggestion.data?.steps ?? []).join('\n'));
    setDateError(undefined);
    setIsCreating(true);
  }

  async function create() {
    if (!isDate(draftDate)) return setDateError(t('offboarding.plan.dateError'));
    if (suggestion.data && draftDate < suggestion.data.suggestion.today) return setDateError(t('offboarding.plan.pastDate'));
    const steps = draftSteps.split('\n').map((line) => line.trim()).filter(Boolean).map((title) => ({ title }));
    const created = await run(() => createExitPlan(clientId, { origin, targetDate: draftDate, steps }));
    setIsCreating(false);
    if (created) {
      plan.setData(created);
      showToast(t('offboarding.plan.created', { date: date(created.targetDate) }));
    }
  }

  async function save(current: ExitPlan, changes: { targetDate?: string; steps?: ExitPlan['steps'] }) {
    // Ticking a step shows at once; if the save fails, the plan is read again so the page never shows what is not stored.
    if (changes.steps) plan.setData({ ...current, steps: changes.steps });
    const saved = await run(() => updateExitPlan(clientId, { version: current.version, ...changes }));
    if (saved) plan.setData(saved);
    else if (changes.steps) plan.reload();
    return saved;
  }

  async function saveDate(current: ExitPlan) {
    if (!isDate(draftDate)) return setDateError(t('offboarding.plan.dateError'));
    if (await save(current, { targetDate: draftDate })) {
      setIsEditingDate(false);
      showToast(t('offboarding.plan.dateSaved', { date: date(draftDate) }));
    }
  }

  async function cancel() {
    const done = await run(async () => {
      await cancelExitPlan(clientId);
      return true;
    });
    setIsConfirmingCancel(false);
    if (done) {
      plan.setData(null);
      showToast(t('offboarding.plan.cancelled'));
    }
  }

  async function offboard(current: ExitPlan) {
    if (current.status === 'offboarding') return navigate(`/clients/${encodeURIComponent(clientId)}/offboarding`);
    const started = await run(() => startOffboarding(clientId));
    if (!started) return;
    if (onOffboardingStarted) {
      plan.reload();
      onOffboardingStarted();
    } else navigate(`/clients/${encodeURIComponent(clientId)}/offboarding`);
  }

  const current = plan.data;
  return (
    <section id="exit-plan" className="card exit-plan" aria-labelledby={headingId}>
      <Heading id={headingId} className="section-title">
        {t('offboarding.plan.title')}
      </Heading>
      {actionError !== undefined && <ErrorAlert error={actionError} />}
      {plan.error !== undefined ? (
        <ErrorAlert error={plan.error} onRetry={plan.reload} />
      ) : current === undefined ? (
        <LoadingState label={t('offboarding.plan.loading')} />
      ) : current === null && hasEnded ? (
        <div className="exit-plan__none">
          <p className="section-intro">{t('offboarding.plan.ended')}</p>
          {stage === 'past' && (
            <p>
              <Link to={offboardingPath}>{t('offboarding.plan.endedLink')}</Link>
            </p>
          )}
        </div>
      ) : current === null ? (
        <div className="exit-plan__none">
          <p className="section-intro">{t('offboarding.plan.none')}</p>
          {stage === 'offboarding' && (
            <p>
              <Link to={offboardingPath}>{t('offboarding.plan.openOffboarding')}</Link>
            </p>
          )}
          {suggestion.data && <p>{t('offboarding.plan.suggested', { date: date(suggestion.data.suggestion.date), reason: exitReasonText(suggestion.data.suggestion.reason, t, i18n.language) })}</p>}
          {suggestion.error !== undefined && <ErrorAlert error={suggestion.error} onRetry={suggestion.reload} />}
          <button ref={createRef} type="button" className="button button--primary" onClick={openCreate} disabled={!suggestion.data}>
            {t('offboarding.plan.create')}
          </button>
        </div>
      ) : (
        <div className="exit-plan__body">
          <p className="exit-plan__date">
            <strong>{t('offboarding.plan.lastDay', { date: date(current.targetDate) })}</strong>{' '}
            <span className="muted">{t('offboarding.plan.noticeOn', { date: date(current.noticeOn) })}</span>
          </p>
          <p className="muted">
            {current.suggestion.date === current.targetDate
              ? exitReasonText(current.suggestion.reason, t, i18n.language)
              : t('offboarding.plan.suggestedInstead', { date: date(current.suggestion.date), reason: exitReasonText(current.suggestion.reason, t, i18n.language) })}
          </p>
          {isEditingDate ? (
            <form
              className="inline-fields"
              onSubmit={(event) => {
                event.preventDefault();
                void saveDate(current);
              }}
            >
              <Field label={t('offboarding.plan.targetDate')} error={dateError}>
                {(control) => <input {...control} className="input input--date" type="date" value={draftDate} min={current.suggestion.today} onChange={(e) => setDraftDate(e.target.value)} />}
              </Field>
              <div className="exit-plan__row">
                <button type="submit" className="button button--primary button--small" disabled={isBusy}>
                  {t('offboarding.plan.saveDate')}
                </button>
                <button type="button" className="button button--secondary button--small" onClick={() => setIsEditingDate(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          ) : (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setDraftDate(current.targetDate);
                setDateError(undefined);
                setIsEditingDate(true);
              }}
            >
              {t('offboarding.plan.changeDate')}
            </button>
          )}

          <p className="exit-plan__steps-title">{t('offboarding.plan.steps', { done: current.steps.filter((s) => s.isDone).length, total: current.steps.length })}</p>
          <ul className="check-list exit-plan__steps">
            {current.steps.map((step, index) => (
              <li key={`${index}-${step.title}`} className="check-list__item">
                <input
                  id={`${headingId}-step-${index}`}
                  type="checkbox"
                  checked={step.isDone}
                  disabled={isBusy}
                  onChange={(event) => void save(current, { steps: current.steps.map((s, i) => (i === index ? { ...s, isDone: event.target.checked } : s)) })}
                />
                <label htmlFor={`${headingId}-step-${index}`} className={step.isDone ? 'exit-plan__done' : undefined}>
                  {step.title}
                </label>
                <button
                  type="button"
                  className="button button--ghost button--small exit-plan__remove"
                  disabled={isBusy}
                  onClick={() => void save(current, { steps: current.steps.filter((_, i) => i !== index) })}
                >
                  {t('offboarding.plan.removeStep')}
                  <span className="visually-hidden">: {step.title}</span>
                </button>
              </li>
            ))}
          </ul>
          <form
            className="exit-plan__add"
            onSubmit={(event) => {
              event.preventDefault();
              if (!newStep.trim()) return;
              void save(current, { steps: [...current.steps, { title: newStep.trim(), isDone: false }] }).then((saved) => saved && setNewStep(''));
            }}
          >
            <Field label={t('offboarding.plan.newStep')}>{(control) => <input {...control} className="input" value={newStep} maxLength={200} onChange={(e) => setNewStep(e.target.value)} />}</Field>
            <button type="submit" className="button button--secondary button--small" disabled={isBusy || !newStep.trim()}>
              {t('offboarding.plan.addStep')}
            </button>
          </form>

          <div className="exit-plan__actions">
            {/* On the offboarding page itself, the page's own "Start offboarding" is the one to press. */}
            {!onOffboardingStarted && (
              <button type="button" className="button button--primary" onClick={() => void offboard(current)} disabled={isBusy}>
                {current.status === 'offboarding' ? t('offboarding.plan.openOffboarding') : t('offboarding.plan.startOffboarding')}
              </button>
            )}
            <button type="button" className="button button--ghost-danger" onClick={() => setIsConfirmingCancel(true)} disabled={isBusy}>
              {t('offboarding.plan.cancel')}
            </button>
          </div>
        </div>
      )}

      <FormDialog
        isOpen={isCreating}
        title={t('offboarding.plan.createTitle')}
        intro={suggestion.data && <p>{t('offboarding.plan.suggested', { date: date(suggestion.data.suggestion.date), reason: exitReasonText(suggestion.data.suggestion.reason, t, i18n.language) })}</p>}
        submitLabel={t('offboarding.plan.createConfirm')}
        isBusy={isBusy}
        onSubmit={() => void create()}
        onCancel={() => setIsCreating(false)}
        fallbackFocus={() => document.getElementById(headingId)}
        wide
      >
        <Field label={t('offboarding.plan.targetDate')} error={dateError} hint={suggestion.data && isDate(draftDate) ? t('offboarding.plan.noticeHint', { date: date(daysBefore(draftDate, suggestion.data.suggestion.reason.noticeDays)) }) : undefined}>
          {(control) => <input {...control} className="input input--date" type="date" value={draftDate} min={suggestion.data?.suggestion.today} onChange={(e) => setDraftDate(e.target.value)} />}
        </Field>
        <Field label={t('offboarding.plan.stepsField')} hint={t('offboarding.plan.stepsHint')}>
          {(control) => <textarea {...control} className="input textarea" rows={6} value={draftSteps} onChange={(e) => setDraftSteps(e.target.value)} />}
        </Field>
      </FormDialog>

      <ConfirmDialog
        isOpen={isConfirmingCancel}
        title={t('offboarding.plan.cancelTitle')}
        confirmLabel={t('offboarding.plan.cancelConfirm')}
        isDestructive
        isBusy={isBusy}
        onConfirm={() => void cancel()}
        onCancel={() => setIsConfirmingCancel(false)}
        fallbackFocus={() => createRef.current ?? document.getElementById(headingId)}
      >
        <p>{t('offboarding.plan.cancelBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
