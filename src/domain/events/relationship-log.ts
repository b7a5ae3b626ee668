// Reads a client's timeline as the relationship rules see it: logged kinds become typed events, and the follow-ups
// (a reply, a resolved concern) are folded into the event they complete, since the log itself is never rewritten.
import type { Concern, RelationshipEvent } from '../health/relationship-events.ts';
import type { ContactChannel } from './event-types.ts';

/** A timeline row as stored: its payload holds the kind's own fields (see LogEventBody). */
export type LoggedEvent = { id: string; type: string; occurredAt: string; payload: Record<string, unknown> };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const flag = (value: unknown): boolean => value === true;
const instantOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function channelOf(value: unknown, fallback: ContactChannel): ContactChannel {
  return value === 'email' || value === 'chat' || value === 'phone' || value === 'video' || value === 'in_person' ? value : fallback;
}
function callChannelOf(value: unknown, fallback: 'phone' | 'video' | 'in_person'): 'phone' | 'video' | 'in_person' {
  return value === 'phone' || value === 'video' || value === 'in_person' ? value : fallback;
}

/** The reply and resolution follow-ups, by the id of the event they complete; the earliest one wins. */
function followUps(events: readonly LoggedEvent[]) {
  const replies = new Map<string, string>();
  const resolutions = new Map<string, { resolvedAt: string; notes: string }>();
  for (const event of [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))) {
    const target = text(event.payload.eventId);
    if (event.type === 'message_replied' && !replies.has(target)) replies.set(target, text(event.payload.repliedAt) || event.occurredAt);
    if (event.type === 'concern_resolved' && !resolutions.has(target)) resolutions.set(target, { resolvedAt: text(event.payload.resolvedAt) || event.occurredAt, notes: text(event.payload.notes) });
  }
  return { replies, resolutions };
}

/**
 * Events of older shapes (before a kind took its own fields) read with safe defaults: a message without a channel was
 * an email, a call without `isPlanned` was not agreed beforehand. Kinds the rules do not read (notes, stage changes…) drop out.
 */
export function relationshipEventsOf(events: readonly LoggedEvent[]): RelationshipEvent[] {
  const { replies, resolutions } = followUps(events);
  const out: RelationshipEvent[] = [];
  for (const event of events) {
    const p = event.payload;
    const base = { id: event.id, occurredAt: event.occurredAt };
    const summary = text(p.summary);
    switch (event.type) {
      case 'message_received':
      case 'message_sent':
        out.push({ ...base, kind: event.type, channel: channelOf(p.channel, 'email'), isImportant: flag(p.isImportant), repliedAt: replies.get(event.id) ?? instantOrNull(p.repliedAt) });
        break;
      case 'call':
        out.push({ ...base, kind: 'call', channel: callChannelOf(p.channel, 'phone'), isPlanned: flag(p.isPlanned) });
        break;
      case 'meeting':
        out.push({ ...base, kind: 'meeting', channel: callChannelOf(p.channel, 'video'), isPlanned: p.isPlanned === undefined ? true : flag(p.isPlanned) });
        break;
      case 'rush_request':
        out.push({ ...base, kind: 'rush_request', channel: channelOf(p.channel, 'email'), isTrueEmergency: flag(p.isTrueEmergency), description: summary });
        break;
      case 'extra_request':
        out.push({ ...base, kind: 'extra_request', extent: p.extent === 'recurring' ? 'recurring' : 'one_time', description: summary, hours: typeof p.hours === 'number' ? p.hours : 0, isPaid: flag(p.isPaid) });
        break;
      case 'goodwill':
        out.push({ ...base, kind: 'goodwill', goodwillKind: p.goodwillKind === 'offered_to_pay_unasked' || p.goodwillKind === 'bonus' ? p.goodwillKind : 'kindness', note: summary });
        break;
      case 'concern': {
        const resolution = resolutions.get(event.id);
        const concern: Concern = resolution
          ? { ...base, kind: 'concern', openedAt: event.occurredAt, summary, isVague: flag(p.isVague), status: 'resolved', resolvedAt: resolution.resolvedAt, resolutionNotes: resolution.notes }
          : { ...base, kind: 'concern', openedAt: event.occurredAt, summary, isVague: flag(p.isVague), status: 'open', resolvedAt: null, resolutionNotes: null };
        out.push(concern);
        break;
      }
      case 'integrity_incident':
        out.push({ ...base, kind: 'integrity_incident', description: summary });
        break;
      case 'unrealistic_expectation': {
        const kind = p.expectationKind;
        out.push({ ...base, kind: 'unrealistic_expectation', expectationKind: kind === 'no_room_for_mistakes' || kind === 'angry_at_honest_estimate' || kind === 'far_outside_agreement' ? kind : 'other', description: summary });
        break;
      }
      case 'missed_commitment':
        out.push({ ...base, kind: 'missed_commitment', otherClient: text(p.otherClient), description: summary });
        break;
      case 'excuse':
        out.push({ ...base, kind: 'excuse', description: summary });
        break;
      case 'budget_cut':
        out.push({ ...base, kind: 'budget_cut', description: summary });
        break;
      case 'testimonial':
        out.push({ ...base, kind: 'testimonial', text: summary });
        break;
      default:
        break;
    }
  }
  return out;
}
