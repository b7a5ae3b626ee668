// Timeline sentences for money up front: an invoice Sana wrote for a contract but could not issue (and what it lacks),
// and the "ready to start as soon as the deposit arrives" message sent.
import type { TFunction } from 'i18next';
import type { TimelineEvent } from '../../schemas/events.ts';
import { localeFor } from '../i18n/language.ts';
import { money } from './describe.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function describeMoneyUpFrontEvent(event: TimelineEvent, t: TFunction, language: string): { title: string; body?: string } {
  const { payload } = event;
  if (event.type === 'ready_to_start_sent') {
    const amount = typeof payload.amount === 'number' && text(payload.currency) ? money(payload.amount, text(payload.currency), language) : '';
    return { title: t('invoicing.sentences.ready_to_start_sent', { to: text(payload.to), number: text(payload.number), amount }), body: text(payload.subject) || undefined };
  }
  const kind = t(`moneyUpFront.kinds.${text(payload.kind) || 'deposit'}`, { defaultValue: text(payload.kind) });
  const fields = Array.isArray(payload.missing) ? payload.missing.filter((field): field is string => typeof field === 'string') : [];
  const names = fields.map((field) => t(`moneyUpFront.missing.${field.replace('.', '_')}`, { defaultValue: field }));
  const vars = { kind, title: text(payload.title), missing: new Intl.ListFormat(localeFor(language), { type: 'conjunction' }).format(names) };
  return { title: t(names.length > 0 ? 'invoicing.sentences.invoice_left_as_draft' : 'invoicing.sentences.invoice_left_as_draft_check', vars) };
}
