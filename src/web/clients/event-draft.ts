// What the quick-add form holds, and how it becomes the body of one kind of event: only the fields that kind takes.
import { contactChannels, type ContactChannel, type LoggableEventType } from '../../domain/events/event-types.ts';
import type { CallChannel, ExpectationKind, ExtraExtent, GoodwillKind } from '../../domain/health/relationship-events.ts';
import type { NewEvent } from '../api/events.ts';

// The choice lists, spelled out here because the domain module that owns them pulls in the Temporal polyfill, which the
// page only loads when someone types a time. The Record types make tsc fail if the domain adds or drops a value.
const keysOf = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];
export const callChannels = keysOf<CallChannel>({ phone: true, video: true, in_person: true });
export const extraExtents = keysOf<ExtraExtent>({ one_time: true, recurring: true });
export const goodwillKinds = keysOf<GoodwillKind>({ offered_to_pay_unasked: true, bonus: true, kindness: true });
export const expectationKinds = keysOf<ExpectationKind>({ no_room_for_mistakes: true, angry_at_honest_estimate: true, far_outside_agreement: true, other: true });

export type EventDraft = {
  type: LoggableEventType;
  summary: string;
  channel: ContactChannel | '';
  isConfidential: boolean;
  isImportant: boolean;
  /** For messages: the answer already came (logged after the fact), so it is not left waiting. */
  isAnswered: boolean;
  isPlanned: boolean;
  isTrueEmergency: boolean;
  extent: ExtraExtent;
  hours: string;
  isPaid: boolean;
  goodwillKind: GoodwillKind;
  isVague: boolean;
  expectationKind: ExpectationKind;
  /** A client id from the list, or '' to type a name in `otherClient`. */
  otherClientId: string;
  otherClient: string;
};

export type DraftField = 'channel' | 'isImportant' | 'isAnswered' | 'isPlanned' | 'isTrueEmergency' | 'extent' | 'hours' | 'isPaid' | 'goodwillKind' | 'isVague' | 'expectationKind' | 'otherClient';

/** The extra fields each kind asks for, in the order the form shows them. */
export const fieldsOf: Record<LoggableEventType, readonly DraftField[]> = {
  note: ['channel'],
  message_received: ['channel', 'isImportant', 'isAnswered'],
  message_sent: ['channel', 'isImportant', 'isAnswered'],
  call: ['channel', 'isPlanned'],
  meeting: ['channel', 'isPlanned'],
  rush_request: ['channel', 'isTrueEmergency'],
  extra_request: ['extent', 'hours', 'isPaid'],
  goodwill: ['goodwillKind'],
  concern: ['isVague'],
  integrity_incident: [],
  unrealistic_expectation: ['expectationKind'],
  missed_commitment: ['otherClient'],
  excuse: [],
  budget_cut: [],
  testimonial: [],
};

/** Channels a kind can come through: calls and meetings are spoken, never written. */
export function channelsFor(type: LoggableEventType): readonly ContactChannel[] {
  return type === 'call' || type === 'meeting' ? callChannels : contactChannels;
}

/** The channel a kind starts with; a note has none unless picked. */
export function defaultChannel(type: LoggableEventType): ContactChannel | '' {
  if (type === 'note') return '';
  if (type === 'call') return 'phone';
  if (type === 'meeting') return 'video';
  return 'email';
}

export function emptyDraft(type: LoggableEventType = 'note'): EventDraft {
  return {
    type,
    summary: '',
    channel: defaultChannel(type),
    isConfidential: false,
    isImportant: false,
    isAnswered: false,
    isPlanned: type === 'meeting',
    isTrueEmergency: false,
    extent: 'one_time',
    hours: '',
    isPaid: false,
    goodwillKind: 'kindness',
    isVague: false,
    expectationKind: 'other',
    otherClientId: '',
    otherClient: '',
  };
}

/** Switching kind keeps what still applies (summary, confidentiality) and resets what the new kind defaults differently. */
export function switchKind(draft: EventDraft, type: LoggableEventType): EventDraft {
  const channels = channelsFor(type);
  const channel = draft.channel && channels.includes(draft.channel) && type !== 'note' && draft.type !== 'note' ? draft.channel : defaultChannel(type);
  return { ...draft, type, channel, isPlanned: type === 'meeting' ? true : type === 'call' ? false : draft.isPlanned };
}

/** After a successful entry: the same kind and its settings are likely again; the text and flags of one event are not. */
export function nextDraft(draft: EventDraft): EventDraft {
  return { ...draft, summary: '', isConfidential: false, isImportant: false, isAnswered: false, isTrueEmergency: false, hours: draft.hours, isVague: false };
}

export type DraftErrors = Partial<Record<'summary' | 'hours' | 'otherClient', 'required' | 'hours'>>;

/** Hours as typed ("1,5" or "1.5"); NaN when not a positive number. */
export function parseHours(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed) && !/^\.\d+$/.test(trimmed)) return Number.NaN;
  const value = Number(trimmed);
  return value > 0 && value <= 1000 ? value : Number.NaN;
}

export function validateDraft(draft: EventDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.summary.trim()) errors.summary = 'required';
  if (draft.type === 'extra_request' && Number.isNaN(parseHours(draft.hours))) errors.hours = 'hours';
  if (draft.type === 'missed_commitment' && !draft.otherClientId && !draft.otherClient.trim()) errors.otherClient = 'required';
  return errors;
}

/** A message marked answered but logged "now" gets its reply recorded by a second call, stamped by the server. */
export function repliesAfterLogging(draft: EventDraft, occurredAt: string | undefined): boolean {
  return (draft.type === 'message_received' || draft.type === 'message_sent') && draft.isAnswered && occurredAt === undefined;
}

/** The request body for the draft's kind; `occurredAt` undefined means "now" on the server. Call after validateDraft. */
export function eventBody(draft: EventDraft, occurredAt: string | undefined): NewEvent {
  const common = { summary: draft.summary.trim(), occurredAt, isConfidential: draft.isConfidential };
  const channel = draft.channel || undefined;
  switch (draft.type) {
    case 'note':
      return { type: 'note', ...common, channel };
    case 'message_received':
    case 'message_sent':
      // An answer logged together with a backdated message came at the same moment as far as Sana can tell; one logged
      // "now" is recorded by a reply right after (see repliesAfterLogging), so the server's clock stamps both.
      return { type: draft.type, ...common, channel, isImportant: draft.isImportant, repliedAt: draft.isAnswered && occurredAt ? occurredAt : null };
    case 'call':
    case 'meeting':
      return { type: draft.type, ...common, channel: channel as CallChannel | undefined, isPlanned: draft.isPlanned };
    case 'rush_request':
      return { type: 'rush_request', ...common, channel, isTrueEmergency: draft.isTrueEmergency };
    case 'extra_request':
      return { type: 'extra_request', ...common, extent: draft.extent, hours: parseHours(draft.hours), isPaid: draft.isPaid };
    case 'goodwill':
      return { type: 'goodwill', ...common, goodwillKind: draft.goodwillKind };
    case 'concern':
      return { type: 'concern', ...common, isVague: draft.isVague };
    case 'unrealistic_expectation':
      return { type: 'unrealistic_expectation', ...common, expectationKind: draft.expectationKind };
    case 'missed_commitment':
      return draft.otherClientId ? { type: 'missed_commitment', ...common, otherClientId: draft.otherClientId } : { type: 'missed_commitment', ...common, otherClient: draft.otherClient.trim() };
    case 'integrity_incident':
    case 'excuse':
    case 'budget_cut':
    case 'testimonial':
      return { type: draft.type, ...common };
  }
}
