// Each timeline event as a human sentence in the reader's language ("Stage changed from Lead to Active").
import type { TFunction } from 'i18next';
import type { TimelineEvent } from '../../schemas/events.ts';
import { localeFor } from '../i18n/language.ts';

export type EventText = { title: string; body?: string };

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function label(t: TFunction, group: string, value: unknown): string {
  const key = text(value);
  return key ? t(`${group}.${key}`, { defaultValue: key }) : t('common.none');
}

export function describeEvent(event: TimelineEvent, t: TFunction, language: string): EventText {
  const { payload } = event;
  switch (event.type) {
    case 'note':
    case 'message_received':
    case 'message_sent':
    case 'call':
    case 'meeting': {
      const type = t(`eventTypes.${event.type}`);
      const channel = text(payload.channel);
      const title = channel ? t('timeline.withChannel', { type, channel: t(`channelPhrases.${channel}`, { defaultValue: channel }) }) : type;
      return { title, body: text(payload.summary) };
    }
    case 'client_created':
      return { title: t('timeline.sentences.client_created', { stage: label(t, 'stages', payload.stage), source: label(t, 'sources', payload.source) }) };
    case 'client_updated': {
      const fields = Array.isArray(payload.fields) ? payload.fields.filter((field): field is string => typeof field === 'string') : [];
      const names = fields.map((field) => t(`timeline.fields.${field}`, { defaultValue: field }));
      const list = new Intl.ListFormat(localeFor(language), { type: 'conjunction' }).format(names);
      return { title: t('timeline.sentences.client_updated', { fields: list }) };
    }
    case 'stage_changed':
      return { title: t('timeline.sentences.stage_changed', { from: label(t, 'stages', payload.from), to: label(t, 'stages', payload.to) }) };
    case 'client_archived':
      return { title: t('timeline.sentences.client_archived') };
    case 'client_restored':
      return { title: t('timeline.sentences.client_restored') };
    case 'interview_recorded':
      return { title: t('timeline.sentences.interview_recorded') };
    case 'intake_received':
      return { title: t('timeline.sentences.intake_received') };
    case 'vetting_decided':
      return { title: t('timeline.sentences.vetting_decided') };
    default: {
      // Kinds added by later features still show, until they get their own sentence.
      const unknownType: string = (event as TimelineEvent).type;
      return { title: t('timeline.sentences.unknown', { type: unknownType.replaceAll('_', ' ') }) };
    }
  }
}
