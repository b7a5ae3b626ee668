// Each timeline event as a human sentence in the reader's language ("Stage changed from Lead to Active").
import type { TFunction } from 'i18next';
import type { TimelineEvent } from '../../schemas/events.ts';
import { localeFor } from '../i18n/language.ts';
import { describeRelationshipEvent } from '../relationship/relationship-sentence.ts';
import { describeMoneyUpFrontEvent } from '../agreements/money-up-front-sentence.ts';
import { describeDeliverableEvent } from '../deliverables/deliverable-sentence.ts';

/** `flags` are short labels shown beside the title (important, planned, unpaid…). */
export type EventText = { title: string; body?: string; flags?: string[] };

export { eventKindLabel } from '../relationship/relationship-sentence.ts';

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
    // Logged relationship kinds and their follow-ups (replies, resolutions, reminders): see relationship-sentence.ts.
    case 'note':
    case 'message_received':
    case 'message_sent':
    case 'call':
    case 'meeting':
    case 'rush_request':
    case 'extra_request':
    case 'goodwill':
    case 'concern':
    case 'integrity_incident':
    case 'unrealistic_expectation':
    case 'missed_commitment':
    case 'excuse':
    case 'budget_cut':
    case 'testimonial':
    case 'message_replied':
    case 'concern_resolved':
    case 'friendly_reminder_sent':
      return describeRelationshipEvent(event, t, language);
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
    case 'testimonial_requested':
      return { title: t('portal.sentences.testimonial_requested') };
    case 'exit_plan_created': {
      const date = text(payload.targetDate);
      const shown = date ? new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)) : t('common.none');
      return { title: t('timeline.sentences.exit_plan_created', { date: shown }) };
    }
    case 'exit_plan_cancelled':
    case 'offboarding_started':
      return { title: t(`timeline.sentences.${event.type}`) };
    case 'client_offboarded':
      return { title: t(payload.isToxic === true ? 'timeline.sentences.client_offboarded_toxic' : 'timeline.sentences.client_offboarded') };
    // Getting paid: amounts are minor units of the invoice's currency, dates YYYY-MM-DD.
    case 'invoice_issued':
    case 'payment_recorded':
    case 'invoice_voided':
    case 'promise_recorded':
    case 'reminder_sent':
    case 'late_fee_applied':
    case 'invoice_viewed':
    case 'invoice_not_emailed': {
      const currency = text(payload.currency);
      const minor = typeof payload.amount === 'number' ? payload.amount : typeof payload.total === 'number' ? payload.total : undefined;
      const amount =
        currency && minor !== undefined
          ? new Intl.NumberFormat(localeFor(language), { style: 'currency', currency }).format(minor / 10 ** (new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2))
          : '';
      const day = text(payload.promisedOn) ?? text(payload.dueOn);
      const date = day ? new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)) : '';
      return { title: t(`invoicing.sentences.${event.type}`, { number: text(payload.number) ?? '', amount, date, corrective: text(payload.correctiveNumber) ?? '' }) };
    }
    // An automatic reminder found no email address: said once per invoice, with what to do about it.
    case 'reminder_not_sent':
      return { title: t('paymentsInsights.sentences.reminder_not_sent', { number: text(payload.number) ?? '' }), body: t('paymentsInsights.reminderNotSentBody') };
    // Money up front: a contract's invoice left as a draft, and the "ready to start" message.
    case 'invoice_left_as_draft':
    case 'ready_to_start_sent':
      return describeMoneyUpFrontEvent(event, t, language);
    // Deliverables: final work held until paid, and released.
    case 'deliverable_held':
    case 'deliverable_released':
      return describeDeliverableEvent(event, t, language);
    // Proposals and contracts: the payload names the document; comments and decline reasons show as the body.
    case 'agreement_sent':
    case 'agreement_viewed':
    case 'agreement_commented':
    case 'agreement_revised':
    case 'agreement_accepted':
    case 'agreement_declined':
    case 'agreement_signed':
    case 'contract_created':
    case 'milestones_shifted':
    case 'renegotiation_due': {
      const longDate = (day: string | undefined) => (day ? new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)) : '');
      const shifts = Array.isArray(payload.shifts) ? (payload.shifts as { title?: unknown; to?: unknown }[]) : [];
      const milestones = new Intl.ListFormat(localeFor(language), { type: 'conjunction' }).format(shifts.map((s) => `${text(s.title) ?? ''} → ${longDate(text(s.to))}`));
      const key =
        event.type === 'agreement_signed' ? (payload.isFullySigned === true ? 'agreement_fully_signed' : payload.party === 'client' ? 'agreement_signed_client' : 'agreement_signed') : event.type;
      const vars = { title: text(payload.title) ?? '', kind: t(`agreements.kinds.${text(payload.kind) ?? 'proposal'}`), version: payload.version ?? 1, name: text(payload.fullName) ?? '', input: text(payload.inputTitle) ?? '', count: Number(payload.delayDays ?? 0), milestones, date: longDate(text(payload.endsOn)) };
      return { title: t(`agreements.sentences.${key}`, vars), body: text(payload.summary) };
    }
    default: {
      // Kinds added by later features still show, until they get their own sentence.
      const unknownType: string = (event as TimelineEvent).type;
      return { title: t('timeline.sentences.unknown', { type: unknownType.replaceAll('_', ' ') }) };
    }
  }
}
