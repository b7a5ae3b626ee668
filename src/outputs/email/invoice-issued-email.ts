// The "new invoice" email, in the invoice's language: number, total, due date and the link to the invoice in the portal.
// A corrective invoice says which invoice it cancels and that nothing is owed on it.
import type { TFunction } from 'i18next';
import { formatDate, formatMoney } from '../pdf/invoice-format.ts';

export type InvoiceIssuedFacts = {
  language: string;
  contactName: string;
  freelancer: string;
  workspace: string;
  number: string;
  currency: string;
  total: number;
  dueOn: string;
  /** The number of the invoice a corrective invoice cancels; null for an ordinary invoice. */
  correctsNumber: string | null;
  invoiceUrl: string;
};

export function invoiceIssuedEmail(facts: InvoiceIssuedFacts, t: TFunction): { subject: string; bodyText: string } {
  const e = (key: string, vars: Record<string, unknown> = {}) => t(`email.invoiceIssued.${key}`, vars);
  const total = formatMoney(facts.total, facts.currency, facts.language);
  const date = formatDate(facts.dueOn, facts.language);
  const isCorrective = facts.correctsNumber !== null;
  const subject = isCorrective ? e('subjectCorrective', { number: facts.number, corrected: facts.correctsNumber }) : e('subject', { number: facts.number, freelancer: facts.freelancer });
  const paragraphs = [
    e('greeting', { name: facts.contactName }),
    isCorrective ? e('corrective', { freelancer: facts.freelancer, number: facts.number, corrected: facts.correctsNumber, total }) : e('body', { freelancer: facts.freelancer, number: facts.number, total, date }),
    e('portal', { url: facts.invoiceUrl }),
    e('closing', { freelancer: facts.freelancer }),
    t('email.footer', { workspace: facts.workspace }),
  ];
  return { subject, bodyText: paragraphs.join('\n\n') };
}
