// What happened with a client, as the data the relationship rules read: contacts, requests, favors, goodwill, concerns and incidents.
import { Temporal } from 'temporal-polyfill';
import type { ContactChannel } from '../events/event-types.ts';

export const relationshipEventKinds = [
  'message_received',
  'message_sent',
  'call',
  'meeting',
  'rush_request',
  'extra_request',
  'goodwill',
  'concern',
  'integrity_incident',
  'unrealistic_expectation',
  'missed_commitment',
  'excuse',
  'budget_cut',
  'testimonial',
] as const;
export type RelationshipEventKind = (typeof relationshipEventKinds)[number];

/** An ISO 8601 instant with an offset or `Z` ("2026-03-02T21:40:00Z"); the time zone is applied by whoever reads it. */
export type IsoInstant = string;

/** `occurredAt` places the event on the client's timeline. */
type EventBase = { id: string; occurredAt: IsoInstant };

/** Calls and meetings happen by voice, on video or face to face; never by email or chat. */
export const callChannels = ['phone', 'video', 'in_person'] as const satisfies readonly ContactChannel[];
export type CallChannel = (typeof callChannels)[number];

/** The client wrote; `repliedAt` is when the freelancer answered. */
export type MessageReceived = EventBase & { kind: 'message_received'; channel: ContactChannel; isImportant: boolean; repliedAt: IsoInstant | null };
/** The freelancer wrote; `repliedAt` is when the client answered, which is what "inconsistent communication" is about. */
export type MessageSent = EventBase & { kind: 'message_sent'; channel: ContactChannel; isImportant: boolean; repliedAt: IsoInstant | null };
/** A planned call was agreed beforehand; an unplanned one is the client ringing when they like. */
export type Call = EventBase & { kind: 'call'; channel: CallChannel; isPlanned: boolean };
export type Meeting = EventBase & { kind: 'meeting'; channel: CallChannel; isPlanned: boolean };

/** A request to drop everything. The freelancer marks the real emergencies: those are not boundary breaches, but still panic. */
export type RushRequest = EventBase & { kind: 'rush_request'; channel: ContactChannel; isTrueEmergency: boolean; description: string };

/** A one-time favor, or a duty that now comes back every time the work does. */
export const extraExtents = ['one_time', 'recurring'] as const;
export type ExtraExtent = (typeof extraExtents)[number];
/** `hours` is the size of one occurrence (for a recurring duty, each time it comes round). */
export type ExtraRequest = EventBase & { kind: 'extra_request'; extent: ExtraExtent; description: string; hours: number; isPaid: boolean };

export const goodwillKinds = ['offered_to_pay_unasked', 'bonus', 'kindness'] as const;
export type GoodwillKind = (typeof goodwillKinds)[number];
export type Goodwill = EventBase & { kind: 'goodwill'; goodwillKind: GoodwillKind; note: string };

export const concernStatuses = ['open', 'resolved'] as const;
export type ConcernStatus = (typeof concernStatuses)[number];
/**
 * Something that bothers the freelancer, logged when it happens (`openedAt`) and closed with notes once talked through.
 * `isVague` marks "something feels off" with nothing concrete to point at: that calls for a kind check-in rather than a raised issue.
 */
export type Concern = EventBase & { kind: 'concern'; openedAt: IsoInstant; summary: string; isVague: boolean } & (
    | { status: 'open'; resolvedAt: null; resolutionNotes: null }
    | { status: 'resolved'; resolvedAt: IsoInstant; resolutionNotes: string }
  );
export type OpenConcern = Extract<Concern, { status: 'open' }>;
export type ResolvedConcern = Extract<Concern, { status: 'resolved' }>;

export type IntegrityIncident = EventBase & { kind: 'integrity_incident'; description: string };

export const expectationKinds = ['no_room_for_mistakes', 'angry_at_honest_estimate', 'far_outside_agreement', 'other'] as const;
export type ExpectationKind = (typeof expectationKinds)[number];
export type UnrealisticExpectation = EventBase & { kind: 'unrealistic_expectation'; expectationKind: ExpectationKind; description: string };

/** A promise to another client that slipped because this client's demands came first. */
export type MissedCommitment = EventBase & { kind: 'missed_commitment'; otherClient: string; description: string };

/** A reason given for paying late, cutting back or not delivering inputs. */
export type Excuse = EventBase & { kind: 'excuse'; description: string };
/** The client spends less on the work than before (fewer pieces, a lower rate, a smaller retainer). */
export type BudgetCut = EventBase & { kind: 'budget_cut'; description: string };

export type Testimonial = EventBase & { kind: 'testimonial'; text: string };

export type RelationshipEvent =
  | MessageReceived
  | MessageSent
  | Call
  | Meeting
  | RushRequest
  | ExtraRequest
  | Goodwill
  | Concern
  | IntegrityIncident
  | UnrealisticExpectation
  | MissedCommitment
  | Excuse
  | BudgetCut
  | Testimonial;

export type EventOfKind<K extends RelationshipEventKind> = Extract<RelationshipEvent, { kind: K }>;

/** The client reaching the freelancer: what boundaries are checked against. */
export type InboundContact = MessageReceived | Call | Meeting | RushRequest;

export function isInboundContact(event: RelationshipEvent): event is InboundContact {
  switch (event.kind) {
    case 'message_received':
    case 'call':
    case 'meeting':
    case 'rush_request':
      return true;
    case 'message_sent':
    case 'extra_request':
    case 'goodwill':
    case 'concern':
    case 'integrity_incident':
    case 'unrealistic_expectation':
    case 'missed_commitment':
    case 'excuse':
    case 'budget_cut':
    case 'testimonial':
      return false;
  }
}

export function eventsOfKind<K extends RelationshipEventKind>(events: readonly RelationshipEvent[], kind: K): EventOfKind<K>[] {
  return events.filter((event): event is EventOfKind<K> => event.kind === kind);
}

/** Epoch milliseconds of an ISO instant; events arrive validated, so a bad string is a programming error and throws. */
export function epochMs(instant: IsoInstant): number {
  return Temporal.Instant.from(instant).epochMilliseconds;
}
