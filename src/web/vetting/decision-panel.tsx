// The decision after vetting: accept, trial project, decline (an editable message to the outbox) or waitlist. You decide; Sana advises.
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../schemas/clients.ts';
import { isAgainstRecommendation, suggestedOutcome, vettingOutcomes, type VettingOutcome } from '../../domain/vetting/outcome.ts';
import { decideOutcome, getDeclineTemplate, type DeclineDraft, type Interview } from '../api/interviews.ts';
import { ApiError } from '../api/http.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { Field } from '../components/field.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { canBeDecided } from './stages.ts';
import { localDatePlus, waitlistReasons } from './waitlist-reasons.ts';
import type { WaitlistReasonKey } from '../api/waitlist.ts';

type DecisionPanelProps = { client: Client; interview: Interview; onDecided(client: Client): void };

const marks: Record<VettingOutcome, string> = { accept: '✓', trial_project: '◐', decline: '✕', waitlist: '◷' };

export function DecisionPanel({ client, interview, onDecided }: DecisionPanelProps) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const recommendation = interview.fit.recommendation;
  const [confirming, setConfirming] = useState<'accept' | 'trial_project'>();
  const [isDeclining, setIsDeclining] = useState(false);
  const [isWaitlisting, setIsWaitlisting] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [template, setTemplate] = useState<DeclineDraft>();
  const [templateError, setTemplateError] = useState<unknown>();
  const [message, setMessage] = useState({ subject: '', body: '' });
  const [messageErrors, setMessageErrors] = useState<{ subject?: string; body?: string }>({});
  const [waitlist, setWaitlist] = useState<{ reason: WaitlistReasonKey; followUpOn: string; note: string }>({ reason: 'asked_while_busy', followUpOn: localDatePlus(30), note: '' });
  const [waitlistError, setWaitlistError] = useState<string>();
  const actionsRef = useRef<HTMLDivElement>(null);

  if (!canBeDecided(client.stage)) {
    return (
      <div className="decision decision--done">
        <p className="decision__done-title">
          <span aria-hidden="true">✓ </span>
          {t('decision.doneTitle')}
        </p>
        <p>{client.stage === 'proposal' ? t(client.isTrial ? 'decision.done.trial' : 'decision.done.accept', { name: client.name }) : client.stage === 'declined' ? t('decision.done.decline', { name: client.name }) : t('decision.done.other', { name: client.name, stage: t(`stages.${client.stage}`) })}</p>
        <div className="alert__actions">
          <Link to={`/clients/${client.id}`} className="button button--secondary">
            {t('interview.backToClient', { name: client.name })}
          </Link>
          {client.stage === 'declined' && (
            <Link to="/outbox" className="button button--secondary">
              {t('decision.seeOutbox')}
            </Link>
          )}
        </div>
      </div>
    );
  }

  if (!recommendation) return <p className="alert alert--info">{t('decision.gutFirst')}</p>;

  const suggested = suggestedOutcome(recommendation);

  async function decide(body: Parameters<typeof decideOutcome>[1]): Promise<boolean> {
    setIsBusy(true);
    setError(undefined);
    try {
      const updated = await decideOutcome(client.id, { ...body, interviewId: interview.id });
      showToast(t(`decision.toast.${body.outcome}`, { name: client.name }));
      onDecided(updated);
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setIsBusy(false);
    }
  }

  function choose(outcome: VettingOutcome) {
    setError(undefined);
    switch (outcome) {
      case 'accept':
      case 'trial_project':
        setConfirming(outcome);
        break;
      case 'decline':
        openDecline();
        break;
      case 'waitlist':
        setWaitlistError(undefined);
        setIsWaitlisting(true);
        break;
    }
  }

  async function openDecline() {
    setIsDeclining(true);
    setMessageErrors({});
    if (template) return;
    setTemplateError(undefined);
    try {
      const draft = await getDeclineTemplate(client.id);
      setTemplate(draft);
      setMessage({ subject: draft.subject, body: draft.body });
    } catch (caught) {
      setTemplateError(caught);
    }
  }

  async function sendDecline() {
    const found: typeof messageErrors = {};
    if (!message.subject.trim()) found.subject = t('decision.errors.subject');
    if (!message.body.trim()) found.body = t('decision.errors.body');
    setMessageErrors(found);
    if (found.subject || found.body) return;
    await decide({ outcome: 'decline', declineMessage: { subject: message.subject.trim(), body: message.body.trim() } });
    setIsDeclining(false);
  }

  async function sendWaitlist() {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(waitlist.followUpOn)) {
      setWaitlistError(t('decision.errors.followUpOn'));
      return;
    }
    setWaitlistError(undefined);
    await decide({ outcome: 'waitlist', waitlist: { reason: waitlist.reason, followUpOn: waitlist.followUpOn, note: waitlist.note.trim() } });
    setIsWaitlisting(false);
  }

  const isAgainst = confirming !== undefined && isAgainstRecommendation(confirming, recommendation);
  const hasNoEmail = template !== undefined && !template.to;
  const errorIsMissingEmail = error instanceof ApiError && error.fieldErrors.some((e) => e.field === 'contacts');

  return (
    <div className="decision">
      {client.stage === 'waitlist' && <p className="alert alert--info">{t('decision.onWaitlist', { name: client.name })}</p>}
      <p className="decision__suggested">{t('decision.suggested', { outcome: t(`decision.outcomes.${suggested}`) })}</p>
      {error !== undefined && (
        <ErrorAlert error={errorIsMissingEmail ? undefined : error} message={errorIsMissingEmail ? t('decision.errors.noEmail') : undefined}>
          {errorIsMissingEmail && (
            <Link to={`/clients/${client.id}/edit`} className="button button--secondary">
              {t('decision.addEmail')}
            </Link>
          )}
        </ErrorAlert>
      )}
      <div ref={actionsRef} className="decision__actions">
        {vettingOutcomes.map((outcome) => (
          <button key={outcome} type="button" className={`decision__button decision__button--${outcome}${outcome === suggested ? ' is-suggested' : ''}`} onClick={() => choose(outcome)} disabled={isBusy}>
            <span className="decision__mark" aria-hidden="true">
              {marks[outcome]}
            </span>
            <span className="decision__label">{t(`decision.outcomes.${outcome}`)}</span>
            <span className="decision__hint">{t(`decision.hints.${outcome}`)}</span>
            {outcome === suggested && <span className="badge decision__badge">{t('decision.suggestedBadge')}</span>}
          </button>
        ))}
      </div>

      <ConfirmDialog
        isOpen={confirming !== undefined}
        title={isAgainst ? t('decision.againstTitle') : t(`decision.confirmTitle.${confirming ?? 'accept'}`, { name: client.name })}
        confirmLabel={isAgainst ? t(`decision.anyway.${confirming ?? 'accept'}`) : t(`decision.confirm.${confirming ?? 'accept'}`)}
        isDestructive={isAgainst}
        isBusy={isBusy}
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          const outcome = confirming;
          if (!outcome) return;
          void decide({ outcome }).then(() => setConfirming(undefined));
        }}
        fallbackFocus={() => actionsRef.current?.querySelector<HTMLElement>('button')}
      >
        {isAgainst ? (
          <>
            <p>{t('decision.againstBody', { recommendation: t(`vetting.recommendation.${recommendation}`) })}</p>
            {interview.fit.because.length > 0 && (
              <ul className="dialog__list">
                {interview.fit.because.map((sentence, index) => (
                  <li key={index}>{sentence}</li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p>{t(`decision.confirmBody.${confirming ?? 'accept'}`, { name: client.name })}</p>
        )}
      </ConfirmDialog>

      <FormDialog
        isOpen={isDeclining}
        wide
        title={t('decision.declineTitle', { name: client.name })}
        intro={<p>{t('decision.declineIntro')}</p>}
        submitLabel={isBusy ? t('decision.sending') : t('decision.sendDecline')}
        isBusy={isBusy}
        canSubmit={template !== undefined && !hasNoEmail}
        isDestructive
        onSubmit={() => void sendDecline()}
        onCancel={() => setIsDeclining(false)}
        fallbackFocus={() => actionsRef.current?.querySelector<HTMLElement>('button')}
      >
        {templateError !== undefined ? (
          <ErrorAlert error={templateError} onRetry={() => void openDecline()} />
        ) : !template ? (
          <LoadingState label={t('decision.loadingTemplate')} />
        ) : (
          <>
            <dl className="email__meta decline__meta">
              <div>
                <dt>{t('outbox.to')}</dt>
                <dd>{template.to || t('decision.noRecipient')}</dd>
              </div>
              <div>
                <dt>{t('decision.language')}</dt>
                <dd>{t(`languages.${template.language}`)}</dd>
              </div>
            </dl>
            {hasNoEmail && (
              <p className="alert alert--error">
                {t('decision.errors.noEmail')} <Link to={`/clients/${client.id}/edit`}>{t('decision.addEmail')}</Link>
              </p>
            )}
            <Field label={t('decision.subject')} error={messageErrors.subject}>
              {(control) => <input {...control} lang={template.language} className="input" maxLength={200} value={message.subject} onChange={(e) => setMessage((m) => ({ ...m, subject: e.target.value }))} />}
            </Field>
            <Field label={t('decision.body')} hint={t('decision.bodyHint')} error={messageErrors.body}>
              {(control) => <textarea {...control} lang={template.language} className="input textarea decline__body" rows={10} maxLength={10000} value={message.body} onChange={(e) => setMessage((m) => ({ ...m, body: e.target.value }))} />}
            </Field>
          </>
        )}
      </FormDialog>

      <FormDialog
        isOpen={isWaitlisting}
        title={t('decision.waitlistTitle', { name: client.name })}
        intro={<p>{t('decision.waitlistIntro')}</p>}
        submitLabel={isBusy ? t('decision.saving') : t('decision.addToWaitlist')}
        isBusy={isBusy}
        onSubmit={() => void sendWaitlist()}
        onCancel={() => setIsWaitlisting(false)}
        fallbackFocus={() => actionsRef.current?.querySelector<HTMLElement>('button')}
      >
        <Field label={t('waitlist.reason')}>
          {(control) => (
            <select {...control} className="input" value={waitlist.reason} onChange={(e) => setWaitlist((w) => ({ ...w, reason: e.target.value as WaitlistReasonKey }))}>
              {waitlistReasons.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`waitlist.reasons.${reason}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('waitlist.followUpOn')} hint={t('waitlist.followUpHint')} error={waitlistError}>
          {(control) => <input {...control} className="input input--date" type="date" value={waitlist.followUpOn} onChange={(e) => setWaitlist((w) => ({ ...w, followUpOn: e.target.value }))} />}
        </Field>
        <Field label={t('waitlist.note')} isOptional>
          {(control) => <textarea {...control} className="input textarea" rows={3} maxLength={2000} value={waitlist.note} onChange={(e) => setWaitlist((w) => ({ ...w, note: e.target.value }))} />}
        </Field>
      </FormDialog>
    </div>
  );
}
