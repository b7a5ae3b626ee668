// The reminder schedule as an editable list: one box of days per reminder, said in words beside it, add and remove.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/field.tsx';
import { newRowKey, parseDay, reminderDayText, scheduleLimits, type DayRow } from './reminder-days.ts';

type ReminderDaysEditorProps = {
  rows: DayRow[];
  onChange(rows: DayRow[]): void;
  /** Messages by row index, already in the reader's language. */
  rowErrors: Record<number, string | undefined>;
  listError?: string;
};

/** The day after the latest listed, so a new reminder starts somewhere sensible rather than empty. */
function nextDay(rows: readonly DayRow[]): number {
  const days = rows.map((row) => parseDay(row.days)).filter((day): day is number => day !== null);
  return days.length === 0 ? 0 : Math.min(Math.max(...days) + 7, scheduleLimits.maxDay);
}

export function ReminderDaysEditor({ rows, onChange, rowErrors, listError }: ReminderDaysEditorProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  function focusRow(index: number) {
    requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLInputElement>('input')[index]?.focus());
  }

  function add() {
    onChange([...rows, { key: newRowKey(), days: String(nextDay(rows)) }]);
    focusRow(rows.length);
  }

  function remove(index: number) {
    onChange(rows.filter((_, i) => i !== index));
    // The keyboard stays in the list: on the row that moved up, or on the one before, or on "Add".
    if (rows.length > 1) focusRow(Math.min(index, rows.length - 2));
    else requestAnimationFrame(() => addRef.current?.focus());
  }

  return (
    <div className="reminder-days">
      {listError && (
        <p className="field__error" role="alert">
          <span aria-hidden="true">! </span>
          {listError}
        </p>
      )}
      <ol className="reminder-days__list" ref={listRef}>
        {rows.map((row, index) => {
          const day = parseDay(row.days);
          const words = day === null ? t('invoicingSettings.reminders.notADay') : reminderDayText(day, t);
          return (
            <li key={row.key} className="reminder-days__row">
              <Field label={t('invoicingSettings.reminders.rowLabel', { number: index + 1 })} error={rowErrors[index]} hint={words} className="reminder-days__field">
                {(control) => (
                  <span className="reminder-days__control">
                    <input
                      {...control}
                      className="input input--number"
                      inputMode="text"
                      autoComplete="off"
                      value={row.days}
                      onChange={(event) => onChange(rows.map((r, i) => (i === index ? { ...r, days: event.target.value } : r)))}
                    />
                    <button type="button" className="icon-button icon-button--danger" onClick={() => remove(index)} aria-label={t('invoicingSettings.reminders.remove', { number: index + 1, words })}>
                      <span aria-hidden="true">×</span>
                    </button>
                  </span>
                )}
              </Field>
            </li>
          );
        })}
      </ol>
      <button ref={addRef} type="button" className="button button--secondary button--small" onClick={add} disabled={rows.length >= scheduleLimits.maxReminders}>
        {t('invoicingSettings.reminders.add')}
      </button>
    </div>
  );
}
