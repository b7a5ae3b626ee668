// Money up front on a contract: the deposit invoice (issued when both have signed), the client inputs still awaited,
// and once they are all in while the deposit is unpaid, the "ready to start" message to edit and send.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../api/agreements.ts';
import { documentOf } from '../api/agreements.ts';
import { ApiError } from '../api/http.ts';
import { getReadyToStart, sendReadyToStart, type ReadyToStart } from '../api/money-up-front.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { depositOf } from '../../domain/invoicing/deposit.ts';
import { formatDay, money } from './describe.ts';
import './money-up-front.css';

type Draft = NonNullable<ReadyToStart['draft']>;

function DepositLine({ view, language }: { view: ReadyToStart; language: string }) {
  const { t } = useTranslation();
  const deposit = view.depositInvoice;
  if (!deposit) return null;
  const link = (
    <Link to={`/invoices/${deposit.id}`} className="money-up-front__invoice-link">
      {t('moneyUpFront.openInvoice')}
    </Link>
  );
  if (deposit.number === null) {
    return (
      <div className="alert alert--warning" role="status">
        <p>{t('moneyUpFront.depositDraft', { amount: money(deposit.total, deposit.currency, language) })}</p>
        <p>{link}</p>
      </div>
    );
  }
  const text =
    deposit.balance === 0
      ? t('moneyUpFront.depositPaid', { number: deposit.number })
      : deposit.status === 'overdue'
        ? t('moneyUpFront.depositOverdue', { number: deposit.number, amount: money(deposit.balance, deposit.currency, language), date: formatDay(deposit.dueOn, language) })
        : t('moneyUpFront.depositOpen', { number: deposit.number, amount: money(deposit.balance, deposit.currency, language), date: formatDay(deposit.dueOn, language) });
  return (
    <p className="money-up-front__deposit">
      <span className={`badge ${deposit.balance === 0 ? 'badge--status-sent' : 'badge--status-stored'}`}>{deposit.balance === 0 ? t('moneyUpFront.paid') : t('moneyUpFront.unpaid')}</span> {text} {link}
    </p>
  );
}

function MessageForm({ agreementId, draft, onSent }: { agreementId: string; draft: Draft; onSent(view: ReadyToStart): void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [errors, setErrors] = useState<{ subject?: string; body?: string }>({});
  const [failure, setFailure] = useState<unknown>();
  const [isBusy, setIsBusy] = useState(false);
  const placeholder = t('moneyUpFront.placeholderHint');

  // A new draft from the server (the deposit changed, another input arrived) replaces what is on screen.
  useEffect(() => {
    setSubject(draft.subject);
    setBody(draft.body);
  }, [draft.subject, draft.body]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = { subject: subject.trim() ? undefined : t('moneyUpFront.subjectRequired'), body: body.trim() ? undefined : t('moneyUpFront.bodyRequired') };
    setErrors(found);
    if (found.subject || found.body) return;
    setIsBusy(true);
    setFailure(undefined);
    try {
      const view = await sendReadyToStart(agreementId, { subject: subject.trim(), body: body.trim() });
      showToast(t('moneyUpFront.queued', { to: draft.to ?? '' }));
      onSent(view);
    } catch (error) {
      setFailure(error);
    } finally {
      setIsBusy(false);
    }
  }

  const noEmail = draft.to === null || (failure instanceof ApiError && failure.fieldErrors.some((f) => f.field === 'to'));
  return (
    <form className="money-up-front__message" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="subsection-title">{t('moneyUpFront.messageTitle')}</h3>
      <p className="muted">{t('moneyUpFront.messageIntro')}</p>
      {noEmail ? <p className="alert alert--info">{t('moneyUpFront.noEmail')}</p> : <p className="money-up-front__to">{t('moneyUpFront.to', { to: draft.to })}</p>}
      {failure !== undefined && !noEmail && <ErrorAlert error={failure} />}
      <Field label={t('moneyUpFront.subject')} error={errors.subject}>
        {(control) => <input {...control} className="input" value={subject} onChange={(event) => setSubject(event.target.value)} lang={draft.language} />}
      </Field>
      <Field label={t('moneyUpFront.body')} hint={placeholder} error={errors.body}>
        {(control) => <textarea {...control} className="input textarea" rows={12} value={body} onChange={(event) => setBody(event.target.value)} lang={draft.language} />}
      </Field>
      <div className="money-up-front__actions">
        <button type="submit" className="button button--primary" disabled={isBusy || noEmail} aria-busy={isBusy || undefined}>
          {isBusy ? t('moneyUpFront.sending') : t('moneyUpFront.send')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy}
          onClick={() => {
            setSubject(draft.subject);
            setBody(draft.body);
            setErrors({});
          }}
        >
          {t('moneyUpFront.reset')}
        </button>
      </div>
    </form>
  );
}

export function ReadyToStartPanel({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const headingId = useId();
  const formatContext = useFormatContext();
  const language = formatContext.language;
  const cost = documentOf(agreement).cost;
  // Only project work carries a deposit (a retainer is billed in advance by the month, hourly work has no total).
  const expected = agreement.kind === 'contract' ? depositOf(cost) : null;
  const isSigned = agreement.status === 'signed' && expected !== null;
  // Read again whenever the contract changes: a signature issues the deposit, a recorded input may complete the list.
  const resource = useResource((signal) => (isSigned ? getReadyToStart(agreement.id, signal) : Promise.resolve(undefined)), [agreement.id, agreement.version, isSigned]);
  if (!expected) return null;
  if (!isSigned) {
    return (
      <section className="card money-up-front" aria-labelledby={headingId}>
        <h2 id={headingId} className="section-title">
          {t('moneyUpFront.title')}
        </h2>
        <p className="muted">{t('moneyUpFront.beforeSigning', { amount: money(expected.base, cost.currency, language), percent: expected.percentBp / 100 })}</p>
      </section>
    );
  }

  const view = resource.data;
  // A deposit invoice voided by hand leaves nothing to wait for.
  if (view && view.depositInvoice === null) return null;
  return (
    <section className="card money-up-front" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('moneyUpFront.title')}
      </h2>
      {resource.error !== undefined ? (
        <ErrorAlert error={resource.error} onRetry={resource.reload} />
      ) : !view ? (
        <LoadingState label={t('moneyUpFront.loading')} />
      ) : (
        <>
          <DepositLine view={view} language={language} />
          {view.missingInputs.length > 0 && view.depositInvoice !== null && view.depositInvoice.balance > 0 && (
            <div className="money-up-front__waiting">
              <p>{t('moneyUpFront.waitingFor', { count: view.missingInputs.length })}</p>
              <ul>
                {view.missingInputs.map((input) => (
                  <li key={input.id}>{input.title}</li>
                ))}
              </ul>
              <p className="muted">{t('moneyUpFront.waitingHint')}</p>
            </div>
          )}
          {view.sentAt !== null && (
            <p className="alert alert--info" role="status">
              {t('moneyUpFront.sentAt', { date: formatDateTime(view.sentAt, formatContext) })} <Link to="/outbox">{t('moneyUpFront.seeOutbox')}</Link>
            </p>
          )}
          {view.draft && <MessageForm agreementId={agreement.id} draft={view.draft} onSent={(sent) => resource.setData(sent)} />}
        </>
      )}
    </section>
  );
}
