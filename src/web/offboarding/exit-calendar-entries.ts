// What the exit calendar lists: each open plan's notice day and last day, and rest blocks, soonest first.
import type { ExitCalendar as Calendar } from '../api/exit-plans.ts';

export type CalendarEntry = { date: string; endDate?: string; kind: 'notice' | 'last_day' | 'rest'; clientId: string; clientName: string; detail?: string; isPast: boolean };

/** Notice days and last days of every open plan, and rest blocks; what already passed stays only while its plan is open. */
export function calendarEntries(calendar: Calendar): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const plan of calendar.items) {
    if (plan.noticeOn >= calendar.today) entries.push({ date: plan.noticeOn, kind: 'notice', clientId: plan.clientId, clientName: plan.clientName, isPast: false });
    entries.push({ date: plan.targetDate, kind: 'last_day', clientId: plan.clientId, clientName: plan.clientName, detail: `${plan.stepsDone}/${plan.stepsTotal}`, isPast: plan.targetDate < calendar.today });
  }
  for (const rest of calendar.restBlocks) entries.push({ date: rest.restStart < calendar.today ? calendar.today : rest.restStart, endDate: rest.restEnd, kind: 'rest', clientId: rest.clientId, clientName: rest.clientName, isPast: false });
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.clientName.localeCompare(b.clientName));
}

