// What the prospect said, read back in short lines, so the fit can be checked against the answers themselves.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../api/interviews.ts';
import { weekdays } from '../../domain/time/weekdays.ts';
import { NoValue } from '../components/no-value.tsx';
import { formatMoney } from '../forms/money.ts';
import { localeFor } from '../i18n/language.ts';
import { capitalize } from '../i18n/text.ts';
import { formatPlainDate } from './overlap-chart.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function AnswersSummary({ answers }: { answers: Answers }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const list = (items: string[]) => (items.length === 0 ? <NoValue /> : new Intl.ListFormat(localeFor(language), { type: 'conjunction' }).format(items));
  const yesNo = (value: boolean | null) => (value === null ? <NoValue /> : value ? t('common.yes') : t('common.no'));
  const hours = answers.workingHours;
  return (
    <dl className="details answers-summary">
      <Row label={t('answers.summary.tasks')}>
        {answers.tasks.length === 0 ? (
          <NoValue />
        ) : (
          <ul className="summary-list">
            {answers.tasks.map((task, index) => (
              <li key={index}>
                {task.description}
                <span className="details__note">{[task.kind, t(`answers.sizes.${task.size}`)].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        )}
      </Row>
      <Row label={t('answers.summary.skills')}>{list(answers.skillsNeeded)}</Row>
      <Row label={t('answers.summary.industry')}>{answers.industry ?? <NoValue />}</Row>
      <Row label={t('answers.summary.channels')}>{list(answers.preferredChannels.map((c) => t(`channels.${c}`)))}</Row>
      <Row label={t('answers.summary.calls')}>{answers.callsPerWeek ?? <NoValue />}</Row>
      <Row label={t('answers.summary.trips')}>{answers.tripsPerYear ?? <NoValue />}</Row>
      <Row label={t('answers.summary.reply')}>{answers.expectedReplyWithin ? t(`vetting.unit.${answers.expectedReplyWithin.unit}`, { count: answers.expectedReplyWithin.amount }) : <NoValue />}</Row>
      <Row label={t('answers.summary.afterHours')}>{yesNo(answers.expectsRepliesOutsideOfficeHours)}</Row>
      <Row label={t('answers.summary.weekends')}>{yesNo(answers.expectsWeekendWork)}</Row>
      <Row label={t('answers.summary.holidays')}>{yesNo(answers.expectsHolidayWork)}</Row>
      <Row label={t('answers.summary.keyDates')}>{list(answers.keyDates.map((date) => formatPlainDate(date, language)))}</Row>
      <Row label={t('answers.summary.budget')}>{answers.budget ? `${formatMoney(answers.budget.amount, answers.budget.currency, language)} · ${t(`pricingModels.${answers.budget.pricingModel}`)}` : <NoValue />}</Row>
      <Row label={t('answers.summary.timeZone')}>{answers.timeZone ?? <NoValue />}</Row>
      <Row label={t('answers.summary.hours')}>
        {!hours ? (
          <NoValue />
        ) : (
          <ul className="summary-hours">
            {weekdays
              .filter((day) => hours[day].length > 0)
              .map((day) => (
                <li key={day}>
                  <span className="summary-hours__day">{t(`weekdays.${day}`)}</span> {hours[day].map((r) => `${r.start}–${r.end}`).join(', ')}
                </li>
              ))}
          </ul>
        )}
      </Row>
      <Row label={t('answers.summary.rush')}>{answers.rushFrequency ? capitalize(t(`rushOptions.${answers.rushFrequency}`), language) : <NoValue />}</Row>
      <Row label={t('answers.summary.redFlags')}>{list(answers.redFlagsSeen.map((flag) => (flag.kind === 'own' ? flag.text : capitalize(t(`vetting.redFlag.${flag.key}`), language))))}</Row>
      <div className="details__row details__row--notes">
        <dt>{t('answers.summary.notes')}</dt>
        <dd>{answers.notes ? <p className="details__notes">{answers.notes}</p> : <NoValue />}</dd>
      </div>
    </dl>
  );
}
