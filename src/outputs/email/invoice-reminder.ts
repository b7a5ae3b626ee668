// The automatic payment reminder, in the client's language: says it is automatic, shows the balance, any late fee, the portal link.
import type { TFunction } from 'i18next';
import { daysBetween } from '../../domain/invoicing/local-dates.ts';
import { formatDate, formatMoney } from '../pdf/invoice-format.ts';

export type InvoiceReminderFacts = {
  language: string;
  contactName: string;
  freelancer: string;
  workspace: string;
  number: string;
  currency: string;
  total: number;
  balance: number;
  dueOn: string;
  today: string;
  lateFeesCharged: number;
  accruedInterest: number | null;
  portalUrl: string;
};

export function invoiceReminderEmail(facts: InvoiceReminderFacts, t: TFunction): { subject: string; bodyText: string } {
  const r = (key: string, vars: Record<string, unknown> = {}) => t(`email.invoicing.reminder.${key}`, vars);
  const money = (amount: number) => formatMoney(amount, facts.currency, facts.language);
  const date = formatDate(facts.dueOn, facts.language);
  const daysLate = daysBetween(facts.dueOn, facts.today);
  const when = daysLate < 0 ? 'before' : daysLate === 0 ? 'due' : 'late';
  const subject = when === 'before' ? r('subjectBefore', { number: facts.number, date }) : when === 'due' ? r('subjectDue', { number: facts.number }) : r('subjectLate', { number: facts.number, count: daysLate });
  const paragraphs = [
    r('greeting', { name: facts.contactName }),
    r('automatic', { freelancer: facts.freelancer }),
    [r(when, { number: facts.number, total: money(facts.total), date }), r('balance', { balance: money(facts.balance) })].join(' '),
  ];
  const fees: string[] = [];
  if (facts.lateFeesCharged > 0) fees.push(r('lateFees', { fees: money(facts.lateFeesCharged) }));
  if (facts.accruedInterest !== null && facts.accruedInterest > 0) fees.push(r('interest', { interest: money(facts.accruedInterest) }));
  if (fees.length > 0) paragraphs.push(fees.join(' '));
  paragraphs.push(r('portal', { url: facts.portalUrl }), r('closing', { freelancer: facts.freelancer }), t('email.footer', { workspace: facts.workspace }));
  return { subject, bodyText: paragraphs.join('\n\n') };
}
