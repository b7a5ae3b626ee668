// A client's health card: the five reasons to let a client go, each ok, watch or act with evidence and trend, and what to do.
import type { Temporal } from 'temporal-polyfill';
import { officeCalendar } from '../boundaries/office-calendar.ts';
import type { FreelancerProfile } from '../profile/profile.ts';
import { assessCommunication } from './communication.ts';
import { assessDecline } from './decline.ts';
import { assessExpectations } from './expectations.ts';
import type { HealthReasonKind, ReasonAssessment } from './health-reasons.ts';
import type { HealthSettings } from './health-settings.ts';
import type { HealthText } from './health-text.ts';
import { assessIntegrity } from './integrity.ts';
import type { InvoicePayment } from './invoice-payments.ts';
import { assessPanic } from './panic.ts';
import { decideOnHealth } from './recommendation.ts';
import { epochMs, eventsOfKind, type OpenConcern, type RelationshipEvent } from './relationship-events.ts';
import { talkAgenda } from './talk-agenda.ts';

export type HealthCardInput = {
  profile: FreelancerProfile;
  /** Public holiday dates ("2026-12-25"): they are not working days when a reply is due in working days. */
  publicHolidays?: readonly string[];
  /** Everything on this client's timeline; events after `now` are ignored. */
  events: readonly RelationshipEvent[];
  /** Null when billing has nothing for this client. */
  invoices: readonly InvoicePayment[] | null;
  now: Temporal.Instant;
  settings: HealthSettings;
};

type Decided = { drivenBy: HealthReasonKind[]; because: HealthText[] };

/** Only "talk" carries an agenda: keeping needs none, and an exit is planned, not negotiated. */
export type HealthRecommendation =
  | (Decided & { recommendation: 'keep' })
  | (Decided & { recommendation: 'talk'; agenda: HealthText[] })
  | (Decided & { recommendation: 'plan_exit' });

export type HealthCard = { reasons: ReasonAssessment[]; recommendation: HealthRecommendation };

export function healthCard(input: HealthCardInput): HealthCard {
  const { profile, now, settings } = input;
  const nowMs = now.epochMilliseconds;
  // The future is not evidence: an event stamped after `now` (a clock skew, a typo) is left out everywhere.
  const events = input.events.filter((event) => epochMs(event.occurredAt) <= nowMs);
  const { amount, unit } = profile.communication.replyWindow;
  const reasons: ReasonAssessment[] = [
    assessCommunication({ events, calendar: officeCalendar(profile, input.publicHolidays), replyWindow: settings.communication.replyWindow ?? { amount, unit }, now, settings }),
    assessPanic({ events, now, settings }),
    assessIntegrity({ events, now, settings }),
    assessDecline({ events, invoices: input.invoices, timeZone: profile.timeZone, now, settings }),
    assessExpectations({ events, now, settings }),
  ];
  const decision = decideOnHealth(reasons, settings);
  const decided: Decided = { drivenBy: decision.drivenBy, because: decision.because };
  switch (decision.recommendation) {
    case 'keep':
      return { reasons, recommendation: { recommendation: 'keep', ...decided } };
    case 'plan_exit':
      return { reasons, recommendation: { recommendation: 'plan_exit', ...decided } };
    case 'talk': {
      const openConcerns = eventsOfKind(events, 'concern').filter((concern): concern is OpenConcern => concern.status === 'open');
      const agenda = talkAgenda({ reasons, drivenBy: decision.drivenBy, openConcerns, goodwillCount: eventsOfKind(events, 'goodwill').length });
      return { reasons, recommendation: { recommendation: 'talk', ...decided, agenda } };
    }
  }
}
