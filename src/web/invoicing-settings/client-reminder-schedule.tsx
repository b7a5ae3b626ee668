// One client's reminder schedule: your default, or a list of its own. Edits save the invoicing settings (the per-client
// schedules live there) with the version read, so a change made elsewhere is never overwritten.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveInvoicingSettings, type InvoicingSettingsView } from '../api/invoicing-settings.ts';
import { ApiError } from '../api/http.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import type { Resource } from '../hooks/use-resource.ts';
import { ReminderDaysEditor } from './reminder-days-editor.tsx';
import { readSchedule, rowsOf, scheduleProblemText, scheduleText, type DayRow, type ScheduleProblem } from './reminder-days.ts';

type ClientReminderScheduleProps = { clientId: string; clientName: string; settings: Resource<InvoicingSettingsView>; isReadOnly: boolean };

export function ClientReminderSchedule({ clientId, clientName, settings, isReadOnly }: ClientReminderScheduleProps) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const headingId = useId();
  const [rows, setRows] = useState<DayRow[]>();
  const [rowProblems, setRowProblems] = useState<Record<number, ScheduleProblem>>({});
  const [listProblem, setListProblem] = useState<ScheduleProblem>();
  const [failure, setFailure] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);
  const [isConfirmingReset, setIsConfirmingReset] = useState(false);
  const partRef = useRef<HTMLDivElement>(null);

  const view = settings.data;
  const own = view?.settings.clientReminderDays[clientId];

  function focusFirstButton() {
    requestAnimationFrame(() => partRef.current?.querySelector<HTMLElement>('.payment-terms__actions button')?.focus());
  }

  async function write(days: number[] | undefined, done: string): Promise<boolean> {
    if (!view) return false;
    const { [clientId]: _previous, ...others } = view.settings.clientReminderDays;
    const clientReminderDays = days ? { ...others, [clientId]: days } : others;
    setIsSaving(true);
    setFailure(undefined);
    try {
      settings.setData(await saveInvoicingSettings({ ...view.settings, clientReminderDays }, view.version));
      showToast(done);
      return true;
    } catch (error) {
      // The server checks the list as the page does; anything it refuses still lands next to the list.
      if (error instanceof ApiError && error.fieldErrors.some((problem) => problem.field.startsWith('settings.clientReminderDays'))) setListProblem('count');
      else setFailure(error);
      return false;
    } finally {
      setIsSaving(false);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!rows || isSaving) return;
    const result = readSchedule(rows);
    setRowProblems(result.rows);
    setListProblem(result.list);
    if (!result.days) {
      requestAnimationFrame(() => partRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .reminder-days input')?.focus());
      return;
    }
    if (await write(result.days, t('invoicingSettings.clientSchedule.saved', { name: clientName }))) {
      setRows(undefined);
      focusFirstButton();
    }
  }

  async function revertToDefault() {
    if (await write(undefined, t('invoicingSettings.clientSchedule.resetDone', { name: clientName }))) {
      setIsConfirmingReset(false);
      setRows(undefined);
      focusFirstButton();
    } else setIsConfirmingReset(false);
  }

  function edit() {
    if (!view) return;
    setRows(rowsOf(own ?? view.settings.reminderDays));
    setRowProblems({});
    setListProblem(undefined);
    setFailure(undefined);
    requestAnimationFrame(() => partRef.current?.querySelector<HTMLElement>('.reminder-days input')?.focus());
  }

  const isConflict = failure instanceof ApiError && failure.status === 409;

  return (
    <div ref={partRef} className="payment-terms__part" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="subsection-title">
        {t('invoicingSettings.clientSchedule.title')}
      </h3>
      {failure !== undefined &&
        (isConflict ? (
          <ErrorAlert title={t('invoicingSettings.conflictTitle')} message={t('invoicingSettings.clientSchedule.conflictBody')}>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setFailure(undefined);
                setRows(undefined);
                settings.reload();
              }}
            >
              {t('invoicingSettings.reload')}
            </button>
          </ErrorAlert>
        ) : (
          <ErrorAlert error={failure} />
        ))}
      {settings.error !== undefined && !view ? (
        <ErrorAlert error={settings.error} onRetry={settings.reload} />
      ) : !view ? (
        <LoadingState label={t('invoicingSettings.loading')} />
      ) : rows ? (
        <form onSubmit={save} noValidate aria-labelledby={headingId}>
          <p className="field__hint invoicing-settings__note">{t('invoicingSettings.reminders.intro')}</p>
          <ReminderDaysEditor
            rows={rows}
            onChange={(next) => {
              // Rows move when one is added or removed; problems found by index would point at the wrong row.
              if (next.length !== rows.length) {
                setRowProblems({});
                setListProblem(undefined);
              }
              setRows(next);
            }}
            rowErrors={Object.fromEntries(Object.entries(rowProblems).map(([index, problem]) => [index, scheduleProblemText(problem, t)]))}
            listError={listProblem && scheduleProblemText(listProblem, t)}
          />
          <div className="page__actions">
            <button type="submit" className="button button--primary button--small" disabled={isSaving} aria-busy={isSaving || undefined}>
              {isSaving ? t('invoicingSettings.saving') : t('invoicingSettings.clientSchedule.save')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={isSaving}
              onClick={() => {
                setRows(undefined);
                setFailure(undefined);
                focusFirstButton();
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="payment-terms__schedule">
            {own
              ? t('invoicingSettings.clientSchedule.own', { name: clientName, schedule: scheduleText(own, t, i18n.language) })
              : t('invoicingSettings.clientSchedule.default', { schedule: scheduleText(view.settings.reminderDays, t, i18n.language) })}
          </p>
          {!isReadOnly && (
            <div className="payment-terms__actions">
              <button type="button" className="button button--secondary button--small" onClick={edit}>
                {own ? t('invoicingSettings.clientSchedule.edit') : t('invoicingSettings.clientSchedule.customise')}
              </button>
              {own && (
                <button type="button" className="button button--ghost button--small" onClick={() => setIsConfirmingReset(true)}>
                  {t('invoicingSettings.clientSchedule.reset')}
                </button>
              )}
            </div>
          )}
        </>
      )}
      <ConfirmDialog
        isOpen={isConfirmingReset}
        title={t('invoicingSettings.clientSchedule.resetTitle', { name: clientName })}
        confirmLabel={t('invoicingSettings.clientSchedule.resetConfirm')}
        isBusy={isSaving}
        onConfirm={() => void revertToDefault()}
        onCancel={() => setIsConfirmingReset(false)}
        fallbackFocus={() => partRef.current?.querySelector<HTMLElement>('.payment-terms__actions button')}
      >
        <p>{t('invoicingSettings.clientSchedule.resetBody', { name: clientName, schedule: view ? scheduleText(view.settings.reminderDays, t, i18n.language) : '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
