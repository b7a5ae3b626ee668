// The interview questions (DOMAIN.md section 2), grouped and friendly; the freelancer asks them, or the prospect answers them alone.
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { contactChannels } from '../../domain/events/event-types.ts';
import { pricingModels, type PricingModel } from '../../domain/profile/pricing-models.ts';
import { replyWindowUnits, type ReplyWindowUnit } from '../../domain/profile/reply-window.ts';
import { rushFrequencies, type RushFrequency } from '../../domain/profile/rush-frequency.ts';
import { taskSizes, type TaskSize } from '../../domain/vetting/interview.ts';
import { Field, CheckboxField } from '../components/field.tsx';
import { TagListInput } from '../components/tag-list-input.tsx';
import { RankedList } from '../components/ranked-list.tsx';
import { TriStateField } from '../components/tri-state-field.tsx';
import { MoneyInput } from '../components/money-input.tsx';
import { CurrencyInput } from '../components/currency-input.tsx';
import { TimeZoneInput } from '../components/time-zone-input.tsx';
import { WeeklyHoursEditor } from '../components/weekly-hours-editor.tsx';
import { newKey, newTaskRow, type AnswersDraft } from './answers-draft.ts';

/** Who is answering: the freelancer ("How often do they…") or the prospect ("How often do you…"). */
export type Voice = 'freelancer' | 'prospect';

type AnswersFieldsProps = {
  voice: Voice;
  draft: AnswersDraft;
  change(edit: (draft: AnswersDraft) => void): void;
  /** Translated messages by field path ("callsPerWeek", "tasks.0.description"). */
  errors: Record<string, string>;
  /** Kinds of work to suggest (the freelancer's own lists); never shown to a prospect. */
  kindSuggestions?: string[];
  /** Extra questions only the freelancer sees (red flags), placed before the notes. */
  extra?: ReactNode;
};

function Group({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <fieldset className="card form__section question-group">
      <legend className="form__legend">{title}</legend>
      {intro && <p className="question-group__intro">{intro}</p>}
      {children}
    </fieldset>
  );
}

export function AnswersFields({ voice, draft, change, errors, kindSuggestions, extra }: AnswersFieldsProps) {
  const { t } = useTranslation();
  const q = (key: string, vars?: Record<string, unknown>) => t(`answers.${voice}.${key}`, vars);
  const tasksRef = useRef<HTMLOListElement>(null);
  const datesRef = useRef<HTMLOListElement>(null);
  const hoursErrors = Object.fromEntries(Object.entries(errors).flatMap(([path, message]) => (path.startsWith('workingHours.') ? [[path.slice('workingHours.'.length), message]] : [])));

  function addTask() {
    change((d) => void d.tasks.push(newTaskRow()));
    requestAnimationFrame(() => tasksRef.current?.querySelector<HTMLElement>('li:last-child input')?.focus());
  }

  function removeTask(index: number) {
    change((d) => void d.tasks.splice(index, 1));
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-add-task]')?.focus());
  }

  function addDate() {
    change((d) => void d.keyDates.push({ key: newKey(), date: '' }));
    requestAnimationFrame(() => datesRef.current?.querySelector<HTMLElement>('li:last-child input')?.focus());
  }

  function removeDate(index: number) {
    change((d) => void d.keyDates.splice(index, 1));
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-add-date]')?.focus());
  }

  return (
    <>
      <Group title={q('groups.work')} intro={q('groups.workIntro')}>
        <fieldset className="sub-question">
          <legend className="field__label">{q('tasks')}</legend>
          <p className="field__hint sub-question__hint">{q('tasksHint')}</p>
          <ol ref={tasksRef} className="task-list">
            {draft.tasks.map((row, index) => {
              const number = index + 1;
              return (
                <li key={row.key}>
                  <fieldset className="row-card">
                    <legend className="row-card__legend">{t('answers.taskLegend', { number })}</legend>
                    <div className="row-card__fields task-row">
                      <Field label={q('taskDescription')} error={errors[`tasks.${index}.description`]} className="task-row__description">
                        {(control) => <input {...control} className="input" maxLength={500} value={row.description} onChange={(e) => change((d) => void (d.tasks[index]!.description = e.target.value))} />}
                      </Field>
                      <Field label={q('taskKind')} isOptional hint={q('taskKindHint')}>
                        {(control) => (
                          <>
                            <input {...control} className="input" maxLength={200} list={kindSuggestions?.length ? 'kind-suggestions' : undefined} value={row.kind} onChange={(e) => change((d) => void (d.tasks[index]!.kind = e.target.value))} />
                          </>
                        )}
                      </Field>
                      <Field label={q('taskSize')}>
                        {(control) => (
                          <select {...control} className="input" value={row.size} onChange={(e) => change((d) => void (d.tasks[index]!.size = e.target.value as TaskSize))}>
                            {taskSizes.map((size) => (
                              <option key={size} value={size}>
                                {t(`answers.sizes.${size}`)}
                              </option>
                            ))}
                          </select>
                        )}
                      </Field>
                    </div>
                    <button type="button" className="button button--ghost-danger button--small" onClick={() => removeTask(index)}>
                      {t('answers.removeTask')}
                      <span className="visually-hidden"> {t('answers.taskLegend', { number })}</span>
                    </button>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {kindSuggestions && kindSuggestions.length > 0 && (
            <datalist id="kind-suggestions">
              {kindSuggestions.map((kind) => (
                <option key={kind} value={kind} />
              ))}
            </datalist>
          )}
          {draft.tasks.length < 50 && (
            <button type="button" className="button button--secondary" data-add-task="" onClick={addTask}>
              <span aria-hidden="true">+ </span>
              {t('answers.addTask')}
            </button>
          )}
        </fieldset>

        <TagListInput label={q('skills')} name={q('skills')} hint={q('skillsHint')} isOptional items={draft.skillsNeeded} maxItems={50} onChange={(items) => change((d) => void (d.skillsNeeded = items))} />

        <Field label={q('industry')} isOptional hint={q('industryHint')}>
          {(control) => <input {...control} className="input" maxLength={200} value={draft.industry} onChange={(e) => change((d) => void (d.industry = e.target.value))} />}
        </Field>
      </Group>

      <Group title={q('groups.communication')} intro={q('groups.communicationIntro')}>
        <RankedList
          legend={q('channels')}
          hint={q('channelsHint')}
          items={draft.preferredChannels}
          options={contactChannels}
          labelFor={(channel) => t(`channels.${channel}`)}
          onChange={(channels) => change((d) => void (d.preferredChannels = channels))}
        />
        <div className="form__grid">
          <Field label={q('calls')} isOptional hint={q('callsHint')} error={errors.callsPerWeek}>
            {(control) => <input {...control} className="input input--number" type="number" inputMode="numeric" min={0} max={50} value={draft.callsPerWeek} onChange={(e) => change((d) => void (d.callsPerWeek = e.target.value))} />}
          </Field>
          <Field label={q('trips')} isOptional hint={q('tripsHint')} error={errors.tripsPerYear}>
            {(control) => <input {...control} className="input input--number" type="number" inputMode="numeric" min={0} max={365} value={draft.tripsPerYear} onChange={(e) => change((d) => void (d.tripsPerYear = e.target.value))} />}
          </Field>
        </div>
        <fieldset className="sub-question">
          <legend className="field__label">{q('reply')}</legend>
          <p className="field__hint sub-question__hint">{q('replyHint')}</p>
          <div className="inline-fields">
            <Field label={t('answers.replyAmount')} isOptional error={errors['expectedReplyWithin.amount']}>
              {(control) => <input {...control} className="input input--number" type="number" inputMode="numeric" min={1} max={720} value={draft.reply.amount} onChange={(e) => change((d) => void (d.reply.amount = e.target.value))} />}
            </Field>
            <Field label={t('answers.replyUnit')}>
              {(control) => (
                <select {...control} className="input" value={draft.reply.unit} onChange={(e) => change((d) => void (d.reply.unit = e.target.value as ReplyWindowUnit))}>
                  {replyWindowUnits.map((unit) => (
                    <option key={unit} value={unit}>
                      {t(`replyUnits.${unit}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </fieldset>
        <TriStateField legend={q('afterHours')} value={draft.expectsRepliesOutsideOfficeHours} unknownLabel={q('unknown')} onChange={(value) => change((d) => void (d.expectsRepliesOutsideOfficeHours = value))} />
      </Group>

      <Group title={q('groups.time')} intro={q('groups.timeIntro')}>
        {/* A prospect gives their zone once, with their contact details; the freelancer asks it here. */}
        {voice === 'freelancer' && (
          <Field label={q('timeZone')} isOptional hint={q('timeZoneHint')} error={errors.timeZone}>
            {(control) => <TimeZoneInput {...control} name="timeZone" value={draft.timeZone} onChange={(value) => change((d) => void (d.timeZone = value))} />}
          </Field>
        )}
        <fieldset className="sub-question">
          <legend className="field__label">{q('hours')}</legend>
          <p className="field__hint sub-question__hint">{q('hoursHint')}</p>
          <CheckboxField label={q('hoursUnknown')} checked={!draft.isHoursKnown} onChange={(checked) => change((d) => void (d.isHoursKnown = !checked))} />
          {draft.isHoursKnown && <WeeklyHoursEditor value={draft.workingHours} onChange={(hours) => change((d) => void (d.workingHours = hours))} errors={hoursErrors} />}
        </fieldset>
        <TriStateField legend={q('weekends')} value={draft.expectsWeekendWork} unknownLabel={q('unknown')} onChange={(value) => change((d) => void (d.expectsWeekendWork = value))} />
        <TriStateField legend={q('holidays')} value={draft.expectsHolidayWork} unknownLabel={q('unknown')} onChange={(value) => change((d) => void (d.expectsHolidayWork = value))} />
        <Field label={q('rush')} isOptional hint={q('rushHint')}>
          {(control) => (
            <select {...control} className="input" value={draft.rushFrequency} onChange={(e) => change((d) => void (d.rushFrequency = e.target.value as RushFrequency | ''))}>
              <option value="">{q('unknown')}</option>
              {rushFrequencies.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {t(`rushOptions.${frequency}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="sub-question">
          <legend className="field__label">{q('keyDates')}</legend>
          <p className="field__hint sub-question__hint">{q('keyDatesHint')}</p>
          <ol ref={datesRef} className="date-list">
            {draft.keyDates.map((row, index) => {
              const number = index + 1;
              return (
                <li key={row.key} className="date-list__item">
                  <Field label={t('answers.dateLabel', { number })} error={errors[`keyDates.${index}`]}>
                    {(control) => <input {...control} className="input input--date" type="date" value={row.date} onChange={(e) => change((d) => void (d.keyDates[index]!.date = e.target.value))} />}
                  </Field>
                  <button type="button" className="icon-button icon-button--danger" onClick={() => removeDate(index)} aria-label={t('answers.removeDate', { number })}>
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
          </ol>
          {draft.keyDates.length < 20 && (
            <button type="button" className="button button--secondary button--small" data-add-date="" onClick={addDate}>
              <span aria-hidden="true">+ </span>
              {t('answers.addDate')}
            </button>
          )}
        </fieldset>
      </Group>

      <Group title={q('groups.budget')} intro={q('groups.budgetIntro')}>
        <div className="budget-row">
          <Field label={q('budgetAmount')} isOptional error={errors['budget.amount']}>
            {(control) => <MoneyInput {...control} currency={draft.budget.currency} value={draft.budget.amount} onChange={(value) => change((d) => void (d.budget.amount = value))} />}
          </Field>
          <Field label={t('answers.budgetCurrency')} error={errors['budget.currency']}>
            {(control) => <CurrencyInput {...control} value={draft.budget.currency} onChange={(value) => change((d) => void (d.budget.currency = value))} />}
          </Field>
          <Field label={q('budgetModel')} error={errors['budget.pricingModel']}>
            {(control) => (
              <select {...control} className="input" value={draft.budget.pricingModel} onChange={(e) => change((d) => void (d.budget.pricingModel = e.target.value as PricingModel | ''))}>
                <option value="">{t('answers.budgetModelNone')}</option>
                {pricingModels.map((model) => (
                  <option key={model} value={model}>
                    {t(`pricingModels.${model}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </Group>

      {extra}

      <Group title={q('groups.notes')}>
        <Field label={q('notes')} isOptional hint={q('notesHint')}>
          {(control) => <textarea {...control} className="input textarea" rows={5} maxLength={10000} value={draft.notes} onChange={(e) => change((d) => void (d.notes = e.target.value))} />}
        </Field>
      </Group>
    </>
  );
}
