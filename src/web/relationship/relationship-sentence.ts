// Timeline lines for the kinds a freelancer logs about a relationship, and the follow-ups that complete them:
// a title in the reader's language, the summary, and the flags that matter at a glance (important, planned, unpaid…).
import type { TFunction } from 'i18next';
import type { TimelineEvent } from '../../schemas/events.ts';

export type RelationshipEventText = { title: string; body?: string; flags?: string[] };

const basicKinds = new Set(['note', 'message_received', 'message_sent', 'call', 'meeting']);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** "Call", "Rush request"…: the five original kinds keep their words, the relationship kinds use the health catalog's. */
export function eventKindLabel(type: string, t: TFunction): string {
  return basicKinds.has(type) ? t(`eventTypes.${type}`) : t(`health.eventKind.${type}`, { defaultValue: type.replaceAll('_', ' ') });
}

function withChannel(type: string, channel: unknown, t: TFunction): string {
  const label = eventKindLabel(type, t);
  const value = text(channel);
  return value ? t('timeline.withChannel', { type: label, channel: t(`channelPhrases.${value}`, { defaultValue: value }) }) : label;
}

function flagsOf(event: TimelineEvent, t: TFunction, language: string): string[] {
  const p = event.payload;
  const flags: string[] = [];
  const on = (value: unknown) => value === true;
  switch (event.type) {
    case 'message_received':
    case 'message_sent':
      if (on(p.isImportant)) flags.push(t('relationship.flags.important'));
      if (text(p.repliedAt)) flags.push(t('relationship.flags.answered'));
      break;
    case 'call':
      flags.push(t(on(p.isPlanned) ? 'relationship.flags.planned' : 'relationship.flags.unplanned'));
      break;
    case 'meeting':
      // Meetings are planned unless said otherwise (see LogEventBody).
      flags.push(t(p.isPlanned === false ? 'relationship.flags.unplanned' : 'relationship.flags.planned'));
      break;
    case 'rush_request':
      if (on(p.isTrueEmergency)) flags.push(t('relationship.flags.trueEmergency'));
      break;
    case 'extra_request':
      flags.push(t(p.extent === 'recurring' ? 'relationship.extent.recurring' : 'relationship.extent.one_time'));
      flags.push(t(on(p.isPaid) ? 'relationship.flags.paid' : 'relationship.flags.unpaid'));
      if (typeof p.hours === 'number') flags.push(t('relationship.flags.hours', { hours: new Intl.NumberFormat(language).format(p.hours) }));
      break;
    case 'goodwill':
      if (text(p.goodwillKind)) flags.push(t(`health.goodwillKind.${String(p.goodwillKind)}`));
      break;
    case 'concern':
      if (on(p.isVague)) flags.push(t('relationship.flags.feelsOff'));
      break;
    case 'unrealistic_expectation':
      if (text(p.expectationKind) && p.expectationKind !== 'other') flags.push(t(`health.expectationKind.${String(p.expectationKind)}`));
      break;
  }
  return flags;
}

/** The line for one of the kinds above; call only when relationshipSentenceTypes has the event's type. */
export function describeRelationshipEvent(event: TimelineEvent, t: TFunction, language: string): RelationshipEventText {
  const p = event.payload;
  const flags = flagsOf(event, t, language);
  switch (event.type) {
    case 'message_replied':
      return { title: t('relationship.sentences.message_replied') };
    case 'concern_resolved':
      return { title: t('relationship.sentences.concern_resolved'), body: text(p.notes) };
    case 'friendly_reminder_sent':
      return { title: text(p.to) ? t('relationship.sentences.friendly_reminder_sent_to', { to: String(p.to) }) : t('relationship.sentences.friendly_reminder_sent'), body: text(p.subject) };
    case 'missed_commitment': {
      const other = text(p.otherClient);
      return { title: other ? t('relationship.sentences.missed_commitment', { client: other }) : eventKindLabel(event.type, t), body: text(p.summary), flags };
    }
    case 'note':
    case 'message_received':
    case 'message_sent':
    case 'call':
    case 'meeting':
    case 'rush_request':
      return { title: withChannel(event.type, p.channel, t), body: text(p.summary), flags };
    default:
      return { title: eventKindLabel(event.type, t), body: text(p.summary), flags };
  }
}
