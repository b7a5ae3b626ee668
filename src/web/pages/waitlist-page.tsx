// The waitlist: warm leads to come back to, filterable by why they wait, due follow-ups first and highlighted.
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listWaitlist, removeWaitlistEntry, rescheduleWaitlistEntry, type WaitlistEntry } from '../api/waitlist.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { Field } from '../components/field.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { formatPlainDate } from '../vetting/overlap-chart.tsx';
import { waitlistReasons } from '../vetting/waitlist-reasons.ts';
import type { WaitlistReasonKey } from '../api/waitlist.ts';

function isReason(value: string | null): value is WaitlistReasonKey {
  return (waitlistReasons as readonly string[]).includes(value ?? '');
}

export function WaitlistPage() {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  usePageTitle(t('waitlist.title'));
  const [params, setParams] = useSearchParams();
  const reasonParam = params.get('reason');
  const reason = isReason(reasonParam) ? reasonParam : undefined;
  const waitlist = useResource((signal) => listWaitlist({}, signal), []);
  const [toMove, setToMove] = useState<WaitlistEntry>();
  const [newDate, setNewDate] = useState('');
  const [dateError, setDateError] = useState<string>();
  const [toRemove, setToRemove] = useState<WaitlistEntry>();
  const [isBusy, setIsBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const listRef = useRef<HTMLUListElement>(null);
  const filterRef = useRef<HTMLSelectElement>(null);

  const items = (waitlist.data?.items ?? []).slice().sort((a, b) => Number(b.isDue) - Number(a.isDue) || a.followUpOn.localeCompare(b.followUpOn));
  const shown = reason ? items.filter((entry) => entry.reason === reason) : items;
  const dueCount = items.filter((entry) => entry.isDue).length;
  const counts = Object.fromEntries(waitlistReasons.map((r) => [r, items.filter((entry) => entry.reason === r).length])) as Record<WaitlistReasonKey, number>;

  function setReason(value: string) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set('reason', value);
      else next.delete('reason');
      return next;
    }, { replace: true });
  }

  async function reschedule() {
    if (!toMove) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(newDate)) {
      setDateError(t('decision.errors.followUpOn'));
      return;
    }
    setIsBusy(true);
    setActionError(undefined);
    try {
      await rescheduleWaitlistEntry(toMove.id, newDate);
      const today = waitlist.data?.today ?? '';
      waitlist.setData((current) => ({ today, items: (current?.items ?? []).map((entry) => (entry.id === toMove.id ? { ...entry, followUpOn: newDate, isDue: newDate <= today } : entry)) }));
      showToast(t('waitlist.rescheduled', { name: toMove.clientName, date: formatPlainDate(newDate, i18n.language) }));
    } catch (error) {
      setActionError(error);
    } finally {
      setIsBusy(false);
      setToMove(undefined);
    }
  }

  async function remove() {
    if (!toRemove) return;
    setIsBusy(true);
    setActionError(undefined);
    try {
      await removeWaitlistEntry(toRemove.id);
      waitlist.setData((current) => ({ today: current?.today ?? '', items: (current?.items ?? []).filter((entry) => entry.id !== toRemove.id) }));
      showToast(t('waitlist.removed', { name: toRemove.clientName }));
    } catch (error) {
      setActionError(error);
    } finally {
      setIsBusy(false);
      setToRemove(undefined);
    }
  }

  return (
    <div className="page page--reading waitlist-page">
      <PageHeading>{t('waitlist.title')}</PageHeading>
      <p className="lead">{t('waitlist.intro')}</p>

      {actionError !== undefined && <ErrorAlert error={actionError} />}
      {waitlist.error !== undefined ? (
        <ErrorAlert error={waitlist.error} onRetry={waitlist.reload} />
      ) : !waitlist.data ? (
        <LoadingState label={t('waitlist.loading')} />
      ) : items.length === 0 ? (
        <EmptyState title={t('waitlist.emptyTitle')}>
          <p>{t('waitlist.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="waitlist-toolbar">
            <div className="field">
              <label className="field__label" htmlFor="waitlist-reason">
                {t('waitlist.filter')}
              </label>
              <select ref={filterRef} id="waitlist-reason" className="input" value={reason ?? ''} onChange={(e) => setReason(e.target.value)}>
                <option value="">{t('waitlist.allReasons', { count: items.length })}</option>
                {waitlistReasons.map((r) => (
                  <option key={r} value={r}>
                    {t('waitlist.reasonCount', { reason: t(`waitlist.reasons.${r}`), count: counts[r] })}
                  </option>
                ))}
              </select>
            </div>
            <p className="waitlist-toolbar__due" role="status">
              {dueCount > 0 ? t('waitlist.dueCount', { count: dueCount }) : t('waitlist.noneDue')}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className="muted">{t('waitlist.noneForReason')}</p>
          ) : (
            <ul ref={listRef} className="waitlist">
              {shown.map((entry) => (
                <li key={entry.id} className={`card waitlist__item${entry.isDue ? ' waitlist__item--due' : ''}`}>
                  <div className="waitlist__main">
                    <h2 className="waitlist__name">
                      <Link to={`/clients/${entry.clientId}`}>{entry.clientName}</Link>
                    </h2>
                    {entry.clientCompany && <p className="waitlist__company">{entry.clientCompany}</p>}
                    <p className="waitlist__meta">
                      <span className="badge badge--reason">{t(`waitlist.reasons.${entry.reason}`)}</span>
                      <span className={entry.isDue ? 'waitlist__date waitlist__date--due' : 'waitlist__date'}>
                        {entry.isDue && <span aria-hidden="true">● </span>}
                        {entry.followUpOn === waitlist.data?.today ? t('waitlist.dueToday') : t(entry.isDue ? 'waitlist.dueOn' : 'waitlist.followUpOnDate', { date: formatPlainDate(entry.followUpOn, i18n.language) })}
                      </span>
                    </p>
                    {entry.note && <p className="waitlist__note">{entry.note}</p>}
                  </div>
                  <div className="waitlist__actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => {
                        setNewDate(entry.followUpOn);
                        setDateError(undefined);
                        setToMove(entry);
                      }}
                    >
                      {t('waitlist.reschedule')}
                      <span className="visually-hidden"> {entry.clientName}</span>
                    </button>
                    <button type="button" className="button button--ghost-danger button--small" onClick={() => setToRemove(entry)}>
                      {t('waitlist.remove')}
                      <span className="visually-hidden"> {entry.clientName}</span>
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <FormDialog
        isOpen={toMove !== undefined}
        title={t('waitlist.rescheduleTitle', { name: toMove?.clientName ?? '' })}
        submitLabel={t('waitlist.rescheduleConfirm')}
        isBusy={isBusy}
        onSubmit={() => void reschedule()}
        onCancel={() => setToMove(undefined)}
        fallbackFocus={() => filterRef.current}
      >
        <Field label={t('waitlist.followUpOn')} error={dateError}>
          {(control) => <input {...control} className="input input--date" type="date" value={newDate} onChange={(e) => setNewDate(e.target.value)} />}
        </Field>
      </FormDialog>

      <ConfirmDialog
        isOpen={toRemove !== undefined}
        title={t('waitlist.removeTitle', { name: toRemove?.clientName ?? '' })}
        confirmLabel={t('waitlist.removeConfirm')}
        isDestructive
        isBusy={isBusy}
        onConfirm={() => void remove()}
        onCancel={() => setToRemove(undefined)}
        fallbackFocus={() => listRef.current?.querySelector<HTMLElement>('button') ?? filterRef.current}
      >
        <p>{t('waitlist.removeBody', { name: toRemove?.clientName ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
