// How the portal words an invoice for the client: its title, its status, and the late-fee rule in plain sentences.
import type { TFunction } from 'i18next';
import type { PortalInvoice, PortalInvoiceSummary } from '../api/portal-invoices.ts';
import { formatMoney } from '../forms/money.ts';
import { localeFor } from '../i18n/language.ts';

export function invoiceTitle(invoice: Pick<PortalInvoiceSummary, 'number' | 'isCorrective'>, t: TFunction): string {
  return t(invoice.isCorrective ? 'portalInvoices.correctiveN' : 'portalInvoices.invoiceN', { number: invoice.number });
}

/** The status word and its badge style; a corrective invoice is "Corrective" (it is settled by construction, not paid). */
export function invoiceStatusWord(invoice: Pick<PortalInvoiceSummary, 'status' | 'isCorrective'>, t: TFunction): { label: string; tone: string } {
  const tone = invoice.isCorrective ? 'corrective' : invoice.status === 'viewed' ? 'issued' : invoice.status;
  return { label: t(`portalInvoices.status.${tone}`), tone };
}

/** "21%" in English, "21 %" in Spanish. */
export function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}

/** The rule in words, ending with a full stop: "a fixed fee of €40, once, if …". */
export function describeLateFeeRule(rule: NonNullable<PortalInvoice['lateFees']['rule']>, currency: string, language: string, t: TFunction): string {
  const r = (key: string, vars: Record<string, unknown> = {}) => t(`portalInvoices.rules.${key}`, vars);
  switch (rule.kind) {
    case 'flat':
      return r('flat', { count: rule.graceDays, amount: formatMoney(rule.amount, currency, language) });
    case 'percent_once':
      return r('percent_once', { count: rule.graceDays, percent: formatPercent(rule.percent, language) });
    case 'percent_monthly': {
      const text = r('percent_monthly', { count: rule.graceDays, percent: formatPercent(rule.percent, language) });
      return rule.capPercent === null ? text : `${text} ${r('cap', { cap: formatPercent(rule.capPercent, language) })}`;
    }
    case 'statutory_eu':
    case 'statutory_uk':
      return r(rule.kind);
  }
}
