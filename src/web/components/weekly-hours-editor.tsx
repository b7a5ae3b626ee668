// Working hours for each day of the week, with as many ranges a day as needed (09:00–13:00 and 15:00–18:00).
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdays, type Weekday } from '../../domain/time/weekdays.ts';
import type { WeeklyHours } from '../../domain/time/weekly-hours.ts';

const MAX_RANGES = 6;

type WeeklyHoursEditorProps = {
  value: WeeklyHours;
  onChange(value: WeeklyHours): void;
  /** Errors keyed "monday.1" (day and range index), as the server names them. */
  errors?: Record<string, string>;
};

function nextRange(ranges: WeeklyHours[Weekday]): { start: string; end: string } {
  const last = ranges[ranges.length - 1];
  if (!last) return { start: '09:00', end: '17:00' };
  // A split day usually resumes after a break: start an hour after the last range ends.
  const [hours = 17, minutes = 0] = last.end.split(':').map(Number);
  const start = Math.min(hours + 1, 22);
  return { start: `${String(start).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`, end: `${String(Math.min(start + 2, 23)).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}

export function WeeklyHoursEditor({ value, onChange, errors = {} }: WeeklyHoursEditorProps) {
  const { t } = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);

  function setDay(day: Weekday, ranges: WeeklyHours[Weekday]) {
    onChange({ ...value, [day]: ranges });
  }

  function focusLater(selector: string) {
    requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>(selector)?.focus());
  }

  function addRange(day: Weekday) {
    const ranges = value[day];
    setDay(day, [...ranges, nextRange(ranges)]);
    focusLater(`[data-day="${day}"][data-range="${ranges.length}"] input`);
  }

  function removeRange(day: Weekday, index: number) {
    setDay(day, value[day].filter((_, i) => i !== index));
    focusLater(`[data-day="${day}"] [data-add-range]`);
  }

  function setTime(day: Weekday, index: number, edge: 'start' | 'end', time: string) {
    setDay(day, value[day].map((range, i) => (i === index ? { ...range, [edge]: time } : range)));
  }

  function copyMondayToWeekdays() {
    const monday = value.monday.map((range) => ({ ...range }));
    onChange({ ...value, tuesday: monday.map((r) => ({ ...r })), wednesday: monday.map((r) => ({ ...r })), thursday: monday.map((r) => ({ ...r })), friday: monday.map((r) => ({ ...r })) });
  }

  return (
    <div ref={rootRef} className="hours">
      <ul className="hours__days">
        {weekdays.map((day) => {
          const dayName = t(`weekdays.${day}`);
          const ranges = value[day];
          return (
            <li key={day} className={`hours__day${ranges.length === 0 ? ' hours__day--off' : ''}`} data-day={day}>
              <span className="hours__day-name" id={`hours-${day}`}>
                {dayName}
              </span>
              <div className="hours__ranges">
                {ranges.length === 0 && <span className="hours__off">{t('hours.dayOff')}</span>}
                {ranges.map((range, index) => {
                  const error = errors[`${day}.${index}`];
                  const errorId = `hours-${day}-${index}-error`;
                  const number = index + 1;
                  return (
                    <div key={index} className={`hours__range${error ? ' hours__range--invalid' : ''}`} data-day={day} data-range={index}>
                      <label className="hours__time">
                        <span className="visually-hidden">{t('hours.from', { day: dayName, number })}</span>
                        <input
                          type="time"
                          className="input input--time"
                          value={range.start}
                          step={300}
                          required
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? errorId : undefined}
                          onChange={(event) => setTime(day, index, 'start', event.target.value)}
                        />
                      </label>
                      <span className="hours__dash" aria-hidden="true">
                        –
                      </span>
                      <label className="hours__time">
                        <span className="visually-hidden">{t('hours.to', { day: dayName, number })}</span>
                        <input
                          type="time"
                          className="input input--time"
                          value={range.end === '24:00' ? '23:59' : range.end}
                          step={300}
                          required
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? errorId : undefined}
                          onChange={(event) => setTime(day, index, 'end', event.target.value)}
                        />
                      </label>
                      <button type="button" className="icon-button icon-button--danger" onClick={() => removeRange(day, index)} aria-label={t('hours.removeRange', { day: dayName, number })}>
                        <span aria-hidden="true">×</span>
                      </button>
                      {error && (
                        <p className="field__error hours__error" id={errorId}>
                          <span aria-hidden="true">! </span>
                          {error}
                        </p>
                      )}
                    </div>
                  );
                })}
              </div>
              {ranges.length < MAX_RANGES && (
                <button type="button" className="button button--ghost button--small hours__add" data-add-range="" onClick={() => addRange(day)}>
                  <span aria-hidden="true">+ </span>
                  {ranges.length === 0 ? t('hours.addHours') : t('hours.addRange')}
                  <span className="visually-hidden"> ({dayName})</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button--secondary button--small hours__copy" onClick={copyMondayToWeekdays}>
        {t('hours.copyMonday')}
      </button>
    </div>
  );
}
