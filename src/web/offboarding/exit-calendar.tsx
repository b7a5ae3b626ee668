// The home page's calendar of letting go: each exit plan's notice day and last day, and rest blocks, as an agenda
// grouped by month (a list reads well on a phone and with a screen reader; a grid would not).
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getExitCalendar } from '../api/exit-plans.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { localeFor } from '../i18n/language.ts';
import { formatPlainDate } from '../vetting/overlap-chart.tsx';
import { calendarEntries, type CalendarEntry as Entry } from './exit-calendar-entries.ts';
import './offboarding.css';

function monthLabel(date: string, language: string): string {
  return new Intl.DateTimeFormat(localeFor(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));
}

export function ExitCalendar({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const MonthHeading = headingLevel === 2 ? 'h3' : 'h4';
  const calendar = useResource((signal) => getExitCalendar(signal), []);
  const entries = calendar.data ? calendarEntries(calendar.data) : [];
  const months = [...new Set(entries.map((entry) => entry.date.slice(0, 7)))];
  const link = (entry: Entry) => (entry.kind === 'rest' ? `/clients/${encodeURIComponent(entry.clientId)}/recovery` : `/clients/${encodeURIComponent(entry.clientId)}#exit-plan`);

  return (
    <section className="card exit-calendar" aria-labelledby={headingId}>
      <Heading id={headingId} className="section-title">
        {t('offboarding.calendar.title')}
      </Heading>
      {calendar.error !== undefined ? (
        <ErrorAlert error={calendar.error} onRetry={calendar.reload} />
      ) : !calendar.data ? (
        <LoadingState label={t('offboarding.calendar.loading')} />
      ) : entries.length === 0 ? (
        <EmptyState title={t('offboarding.calendar.emptyTitle')} headingLevel={3}>
          <p>{t('offboarding.calendar.emptyBody')}</p>
        </EmptyState>
      ) : (
        months.map((month) => (
          <div key={month} className="exit-calendar__month">
            <MonthHeading className="exit-calendar__month-title">{monthLabel(month, i18n.language)}</MonthHeading>
            <ul className="exit-calendar__list">
              {entries
                .filter((entry) => entry.date.startsWith(month))
                .map((entry) => (
                  <li key={`${entry.kind}-${entry.clientId}-${entry.date}`} className={`exit-calendar__entry exit-calendar__entry--${entry.kind}${entry.isPast ? ' exit-calendar__entry--late' : ''}`}>
                    <span className="exit-calendar__date">
                      {entry.endDate
                        ? t('offboarding.calendar.range', { from: formatPlainDate(entry.date, i18n.language, 'short'), to: formatPlainDate(entry.endDate, i18n.language, 'short') })
                        : formatPlainDate(entry.date, i18n.language, 'short')}
                    </span>
                    <span className="exit-calendar__what">
                      <Link to={link(entry)}>{t(`offboarding.calendar.kinds.${entry.kind}`, { name: entry.clientName })}</Link>
                      {entry.kind === 'last_day' && entry.detail && <span className="muted"> · {t('offboarding.calendar.stepsDone', { done: entry.detail })}</span>}
                      {entry.isPast && <span className="badge badge--warn">{t('offboarding.calendar.late')}</span>}
                    </span>
                  </li>
                ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
