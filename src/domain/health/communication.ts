// Reason 1, inconsistent communication: important messages the client routinely leaves unanswered past the reply window.
import { Temporal } from 'temporal-polyfill';
import type { OfficeCalendar } from '../boundaries/office-calendar.ts';
import type { ReplyWindow } from '../profile/reply-window.ts';
import type { HealthSettings } from './health-settings.ts';
import { statusFromShare, trendOf } from './health-status.ts';
import { healthText } from './health-text.ts';
import type { ReasonAssessment } from './health-reasons.ts';
import { eventsOfKind, type MessageSent, type RelationshipEvent } from './relationship-events.ts';
import { eventsWithin, lastDays, windowBefore, type TimeWindow } from './time-window.ts';
import { replyDeadline } from './reply-deadline.ts';

export type CommunicationInput = {
  events: readonly RelationshipEvent[];
  calendar: OfficeCalendar;
  /** The window the client agreed to answer within. */
  replyWindow: ReplyWindow;
  now: Temporal.Instant;
  settings: HealthSettings;
};

/** An answer logged after `now` has not happened yet as far as this assessment knows. */
function isMissed(message: MessageSent, deadline: Temporal.Instant, now: Temporal.Instant): boolean {
  if (message.repliedAt === null) return true;
  const replied = Temporal.Instant.from(message.repliedAt);
  return Temporal.Instant.compare(replied, now) > 0 || Temporal.Instant.compare(replied, deadline) > 0;
}

/** Important messages sent in `window` whose answer was already due by `now`, and which of them went unanswered in time. */
function dueMessages(input: CommunicationInput, window: TimeWindow): { due: MessageSent[]; missed: MessageSent[] } {
  const due: MessageSent[] = [];
  const missed: MessageSent[] = [];
  for (const message of eventsWithin(eventsOfKind(input.events, 'message_sent'), window)) {
    if (!message.isImportant) continue;
    const deadline = replyDeadline(Temporal.Instant.from(message.occurredAt), input.replyWindow, input.calendar);
    // Still inside the window to answer: neither a miss nor a success yet.
    if (Temporal.Instant.compare(deadline, input.now) > 0) continue;
    due.push(message);
    if (isMissed(message, deadline, input.now)) missed.push(message);
  }
  return { due, missed };
}

export function assessCommunication(input: CommunicationInput): ReasonAssessment {
  const { settings } = input;
  const recent = lastDays(input.now, settings.windowDays);
  const current = dueMessages(input, recent);
  const previous = dueMessages(input, windowBefore(recent));
  const misses = current.missed.length;
  const total = current.due.length;
  const { watchMisses, actMisses, watchMissPercent, actMissPercent } = settings.communication;
  return {
    reason: 'communication',
    status: statusFromShare(misses, total, { watch: watchMisses, act: actMisses, watchPercent: watchMissPercent, actPercent: actMissPercent }),
    trend: trendOf(misses, previous.missed.length),
    signals: { current: misses, previous: previous.missed.length },
    evidence: { eventIds: current.missed.map((message) => message.id), invoiceIds: [] },
    because: [
      total === 0
        ? healthText('health.communication.nothingDue', { days: settings.windowDays })
        : healthText('health.communication.unanswered', { count: misses, total, days: settings.windowDays }),
    ],
    agendaItem: healthText('health.agenda.communication', { count: misses }),
  };
}
