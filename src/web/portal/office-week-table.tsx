// The freelancer's coming week as a table: each day, its hours on the client's clock and on the freelancer's.
import { useTranslation } from 'react-i18next';
import type { WorkingTogether } from '../api/portal.ts';
import { formatClock, formatDay, zoneCity } from './zoned-format.ts';

type Day = WorkingTogether['week'][number];

function DayHours({ day, side, zone }: { day: Day; side: 'client' | 'freelancer'; zone: string }) {
  const { t, i18n } = useTranslation();
  if (day.status === 'day_off') return <span className="portal-week__off">{t('portal.week.dayOff')}</span>;
  if (day.status === 'unavailable') return <span className="portal-week__off">{t('portal.week.unavailable')}</span>;
  return (
    <ul className="portal-week__ranges">
      {day.ranges.map((range) => {
        const start = formatClock(range.startsAt, zone, i18n.language);
        const end = formatClock(range.endsAt, zone, i18n.language);
        // On the client's clock a range can fall on another date than the freelancer's; say which.
        const startDate = range[side].start.date;
        const otherDay = startDate !== day.date ? ` (${formatDay(startDate, i18n.language)})` : '';
        return <li key={range.startsAt}>{t('portal.week.range', { start, end }) + otherDay}</li>;
      })}
    </ul>
  );
}

export function OfficeWeekTable({ data }: { data: WorkingTogether }) {
  const { t, i18n } = useTranslation();
  const sameZone = data.clientTimeZone === data.freelancerTimeZone;
  return (
    <div className="portal-week">
      <table className="portal-week__table">
        <caption className="visually-hidden">{t('portal.week.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portal.week.day')}</th>
            <th scope="col">{t('portal.week.yourTime', { zone: zoneCity(data.clientTimeZone) })}</th>
            {!sameZone && <th scope="col">{t('portal.week.theirTime', { freelancer: data.freelancerName, zone: zoneCity(data.freelancerTimeZone) })}</th>}
          </tr>
        </thead>
        <tbody>
          {data.week.map((day) => (
            <tr key={day.date} className={day.status === 'working' ? undefined : 'portal-week__row--off'}>
              <th scope="row">{formatDay(day.date, i18n.language)}</th>
              <td>
                <DayHours day={day} side="client" zone={data.clientTimeZone} />
              </td>
              {!sameZone && (
                <td>
                  <DayHours day={day} side="freelancer" zone={data.freelancerTimeZone} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
