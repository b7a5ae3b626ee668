// Test-only builders: relationship events with sensible defaults, so each test states only what it is about.
import { Temporal } from 'temporal-polyfill';
import type { ContactChannel } from '../events/event-types.ts';
import type {
  BudgetCut,
  Call,
  CallChannel,
  Concern,
  Excuse,
  ExtraRequest,
  Goodwill,
  IntegrityIncident,
  Meeting,
  MessageReceived,
  MessageSent,
  MissedCommitment,
  RushRequest,
  Testimonial,
  UnrealisticExpectation,
} from './relationship-events.ts';

export { madridWriter } from '../vetting/test-support.ts';

/** An instant `days` days (and optionally hours) before `now`, as the ISO string events carry. */
export function daysAgo(now: Temporal.Instant, days: number, hours = 0): string {
  return Temporal.Instant.fromEpochMilliseconds(now.epochMilliseconds - (days * 24 + hours) * 3_600_000).toString();
}

export const received = (id: string, occurredAt: string, more: Partial<Omit<MessageReceived, 'kind'>> = {}): MessageReceived => ({
  id,
  occurredAt,
  kind: 'message_received',
  channel: 'email',
  isImportant: false,
  repliedAt: null,
  ...more,
});

export const sent = (id: string, occurredAt: string, more: Partial<Omit<MessageSent, 'kind'>> = {}): MessageSent => ({
  id,
  occurredAt,
  kind: 'message_sent',
  channel: 'email',
  isImportant: true,
  repliedAt: null,
  ...more,
});

export const call = (id: string, occurredAt: string, more: { channel?: CallChannel; isPlanned?: boolean } = {}): Call => ({
  id,
  occurredAt,
  kind: 'call',
  channel: 'video',
  isPlanned: false,
  ...more,
});

export const meeting = (id: string, occurredAt: string, more: { channel?: CallChannel; isPlanned?: boolean } = {}): Meeting => ({
  id,
  occurredAt,
  kind: 'meeting',
  channel: 'in_person',
  isPlanned: true,
  ...more,
});

export const rush = (id: string, occurredAt: string, more: { channel?: ContactChannel; isTrueEmergency?: boolean } = {}): RushRequest => ({
  id,
  occurredAt,
  kind: 'rush_request',
  channel: 'email',
  isTrueEmergency: false,
  description: 'Needs the newsletter today',
  ...more,
});

export const extra = (id: string, occurredAt: string, more: Partial<Omit<ExtraRequest, 'kind'>> = {}): ExtraRequest => ({
  id,
  occurredAt,
  kind: 'extra_request',
  extent: 'one_time',
  description: 'Compile stats for all past episodes',
  hours: 3,
  isPaid: false,
  ...more,
});

export const goodwill = (id: string, occurredAt: string, goodwillKind: Goodwill['goodwillKind'] = 'kindness'): Goodwill => ({
  id,
  occurredAt,
  kind: 'goodwill',
  goodwillKind,
  note: 'Sent flowers after a hard week',
});

export const openConcern = (id: string, openedAt: string, more: { summary?: string; isVague?: boolean } = {}): Concern => ({
  id,
  occurredAt: openedAt,
  kind: 'concern',
  openedAt,
  summary: 'Feedback arrives a day before the deadline',
  isVague: false,
  status: 'open',
  resolvedAt: null,
  resolutionNotes: null,
  ...more,
});

export const incident = (id: string, occurredAt: string): IntegrityIncident => ({ id, occurredAt, kind: 'integrity_incident', description: 'Told their customers a fix was live when it was not' });

export const expectation = (id: string, occurredAt: string): UnrealisticExpectation => ({
  id,
  occurredAt,
  kind: 'unrealistic_expectation',
  expectationKind: 'no_room_for_mistakes',
  description: 'Furious about a typo fixed within the hour',
});

export const missed = (id: string, occurredAt: string): MissedCommitment => ({ id, occurredAt, kind: 'missed_commitment', otherClient: 'Yoga studio', description: 'Missed their webinar' });
export const excuse = (id: string, occurredAt: string): Excuse => ({ id, occurredAt, kind: 'excuse', description: 'Accounting is slow this month' });
export const budgetCut = (id: string, occurredAt: string): BudgetCut => ({ id, occurredAt, kind: 'budget_cut', description: 'From four posts a month to two' });
export const testimonial = (id: string, occurredAt: string): Testimonial => ({ id, occurredAt, kind: 'testimonial', text: 'Reliable and calm under pressure' });
