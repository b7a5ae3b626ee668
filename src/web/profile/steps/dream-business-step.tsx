// Step 1 of the profile: office hours, weekends and holidays, days blocked by a core value, and travel.
import { useTranslation } from 'react-i18next';
import { weekdays } from '../../../domain/time/weekdays.ts';
import { Field, CheckboxField } from '../../components/field.tsx';
import { TimeZoneInput } from '../../components/time-zone-input.tsx';
import { WeeklyHoursEditor } from '../../components/weekly-hours-editor.tsx';
import { Preference } from '../preference.tsx';
import { hoursErrorsAt, newRowKey } from '../profile-draft.ts';
import { capitalize } from '../../i18n/text.ts';
import type { StepProps } from './step-props.ts';

const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const days = Array.from({ length: 31 }, (_, i) => i + 1);

export function DreamBusinessStep({ draft, change, errors }: StepProps) {
  const { t, i18n } = useTranslation();
  const dream = draft.dreamBusiness;

  function addBlockedDay() {
    change((d) => {
      d.dreamBusiness.blockedDays.push({ key: newRowKey(), kind: 'weekly', weekday: 'sunday', month: 1, day: 1, coreValue: '', label: '' });
    });
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.blocked__item:last-child select')?.focus());
  }

  function removeBlockedDay(index: number) {
    change((d) => {
      d.dreamBusiness.blockedDays.splice(index, 1);
    });
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-add-blocked]')?.focus());
  }

  return (
    <>
      <Preference
        title={t('profileForm.officeHours.title')}
        hint={t('profileForm.officeHours.hint')}
        flexibility={dream.officeHours.flexibility}
        onFlexibility={(value) => change((d) => void (d.dreamBusiness.officeHours.flexibility = value))}
      >
        <Field label={t('profileForm.officeHours.timeZone')} hint={t('profileForm.officeHours.timeZoneHint')} error={errors.timeZone}>
          {(control) => <TimeZoneInput {...control} name="timeZone" value={draft.timeZone} onChange={(value) => change((d) => void (d.timeZone = value))} />}
        </Field>
        <WeeklyHoursEditor
          value={dream.officeHours.weekly}
          onChange={(weekly) => change((d) => void (d.dreamBusiness.officeHours.weekly = weekly))}
          errors={hoursErrorsAt(errors, 'dreamBusiness.officeHours.weekly')}
        />
      </Preference>

      <Preference
        title={t('profileForm.weekends.title')}
        flexibility={dream.weekends.flexibility}
        onFlexibility={(value) => change((d) => void (d.dreamBusiness.weekends.flexibility = value))}
      >
        <CheckboxField label={t('profileForm.weekends.isOff')} checked={dream.weekends.isOff} onChange={(checked) => change((d) => void (d.dreamBusiness.weekends.isOff = checked))} />
      </Preference>

      <Preference
        title={t('profileForm.holidays.title')}
        flexibility={dream.publicHolidays.flexibility}
        onFlexibility={(value) => change((d) => void (d.dreamBusiness.publicHolidays.flexibility = value))}
      >
        <CheckboxField label={t('profileForm.holidays.isOff')} checked={dream.publicHolidays.isOff} onChange={(checked) => change((d) => void (d.dreamBusiness.publicHolidays.isOff = checked))} />
      </Preference>

      <Preference title={t('profileForm.blocked.title')} hint={t('profileForm.blocked.hint')}>
        {dream.blockedDays.length === 0 && <p className="muted">{t('profileForm.blocked.none')}</p>}
        <ol className="blocked">
          {dream.blockedDays.map((row, index) => {
            const number = index + 1;
            const error = errors[`dreamBusiness.blockedDays.${index}`];
            return (
              <li key={row.key} className="blocked__item">
                <fieldset className="row-card">
                  <legend className="row-card__legend">{t('profileForm.blocked.legend', { number })}</legend>
                  <div className="row-card__fields">
                    <Field label={t('profileForm.blocked.kind')}>
                      {(control) => (
                        <select {...control} className="input" value={row.kind} onChange={(e) => change((d) => void (d.dreamBusiness.blockedDays[index]!.kind = e.target.value as 'weekly' | 'yearly'))}>
                          <option value="weekly">{t('profileForm.blocked.weekly')}</option>
                          <option value="yearly">{t('profileForm.blocked.yearly')}</option>
                        </select>
                      )}
                    </Field>
                    {row.kind === 'weekly' ? (
                      <Field label={t('profileForm.blocked.weekday')}>
                        {(control) => (
                          <select {...control} className="input" value={row.weekday} onChange={(e) => change((d) => void (d.dreamBusiness.blockedDays[index]!.weekday = e.target.value as typeof row.weekday))}>
                            {weekdays.map((day) => (
                              <option key={day} value={day}>
                                {t(`weekdays.${day}`)}
                              </option>
                            ))}
                          </select>
                        )}
                      </Field>
                    ) : (
                      <div className="row-card__pair">
                        <Field label={t('profileForm.blocked.day')} error={error}>
                          {(control) => (
                            <select {...control} className="input" value={row.day} onChange={(e) => change((d) => void (d.dreamBusiness.blockedDays[index]!.day = Number(e.target.value)))}>
                              {days.map((day) => (
                                <option key={day} value={day}>
                                  {day}
                                </option>
                              ))}
                            </select>
                          )}
                        </Field>
                        <Field label={t('profileForm.blocked.month')}>
                          {(control) => (
                            <select {...control} className="input" value={row.month} onChange={(e) => change((d) => void (d.dreamBusiness.blockedDays[index]!.month = Number(e.target.value)))}>
                              {months.map((month) => (
                                <option key={month} value={month}>
                                  {capitalize(t(`vetting.month.${month}`), i18n.language)}
                                </option>
                              ))}
                            </select>
                          )}
                        </Field>
                      </div>
                    )}
                    <Field label={t('profileForm.blocked.coreValue')} hint={t('profileForm.blocked.coreValueHint')}>
                      {(control) => <input {...control} className="input" maxLength={100} value={row.coreValue} onChange={(e) => change((d) => void (d.dreamBusiness.blockedDays[index]!.coreValue = e.target.value))} />}
                    </Field>
                    <Field label={t('profileForm.blocked.label')} isOptional hint={t('profileForm.blocked.labelHint')}>
                      {(control) => <input {...control} className="input" maxLength={200} value={row.label} onChange={(e) => change((d) => void (d.dreamBusiness.blockedDays[index]!.label = e.target.value))} />}
                    </Field>
                  </div>
                  <button type="button" className="button button--ghost-danger button--small" onClick={() => removeBlockedDay(index)}>
                    {t('profileForm.blocked.remove')}
                    <span className="visually-hidden"> {t('profileForm.blocked.legend', { number })}</span>
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button type="button" className="button button--secondary" data-add-blocked="" onClick={addBlockedDay}>
          <span aria-hidden="true">+ </span>
          {t('profileForm.blocked.add')}
        </button>
      </Preference>

      <Preference
        title={t('profileForm.travel.title')}
        flexibility={dream.travel.flexibility}
        onFlexibility={(value) => change((d) => void (d.dreamBusiness.travel.flexibility = value))}
      >
        <Field label={t('profileForm.travel.tripsPerYear')} hint={t('profileForm.travel.hint')} error={errors['dreamBusiness.travel.tripsPerYear']}>
          {(control) => (
            <input {...control} className="input input--number" type="number" inputMode="numeric" min={0} max={365} value={dream.travel.tripsPerYear} onChange={(e) => change((d) => void (d.dreamBusiness.travel.tripsPerYear = e.target.value))} />
          )}
        </Field>
      </Preference>
    </>
  );
}
