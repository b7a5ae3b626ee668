// Plain sentences for the parts of an agreement ("1 blog post a week, 500–750 words"), shared by the editor, the read view and the portal.
import type { TFunction } from 'i18next';
import type { Deliverable, DueRule, AgreementDocument, PaymentDue, LateFee } from '../../domain/agreements/document.ts';
import { formatMoney } from '../forms/money.ts';
import { localeFor } from '../i18n/language.ts';

/** A calendar day (YYYY-MM-DD) written for reading; plain dates carry no time zone, so they are read as UTC. */
export function formatDay(day: string | null | undefined, language: string): string {
  if (!day) return '';
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(localeFor(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function deliverableSpec(item: Deliverable, t: TFunction): string {
  const parts = [t(`agreements.cadences.${item.cadence}`, { count: item.quantity })];
  if (item.lengthRange) parts.push(t('agreements.view.length', { min: item.lengthRange.min, max: item.lengthRange.max, unit: t(`agreements.lengthUnits.${item.lengthRange.unit}`) }));
  if (item.format) parts.push(item.format);
  return parts.join(' · ');
}

export function dueRuleText(due: DueRule, document: AgreementDocument, t: TFunction, language: string): string {
  switch (due.kind) {
    case 'date':
      return t('agreements.due.onDate', { date: formatDay(due.date, language) });
    case 'after_start':
      return t('agreements.due.afterStart', { count: due.days });
    case 'after_milestone':
      return t('agreements.due.afterMilestone', { count: due.days, title: document.when.milestones.find((m) => m.id === due.milestoneId)?.title ?? due.milestoneId });
    case 'after_input':
      return t('agreements.due.afterInput', { count: due.days, title: document.when.clientInputs.find((i) => i.id === due.inputId)?.title ?? due.inputId });
  }
}

export function paymentDueText(due: PaymentDue, document: AgreementDocument, t: TFunction, language: string): string {
  switch (due.kind) {
    case 'on_signing':
      return t('agreements.paymentDue.onSigning');
    case 'on_milestone':
      return t('agreements.paymentDue.onMilestone', { title: document.when.milestones.find((m) => m.id === due.milestoneId)?.title ?? due.milestoneId });
    case 'date':
      return t('agreements.paymentDue.onDate', { date: formatDay(due.date, language) });
    case 'days_after_invoice':
      return t('agreements.paymentDue.afterInvoice', { count: due.days });
  }
}

export function lateFeeText(fee: LateFee | null, currency: string, t: TFunction, language: string): string {
  if (!fee) return t('agreements.view.noLateFee');
  return fee.kind === 'flat'
    ? t('agreements.view.lateFeeFlat', { amount: formatMoney(fee.amount, currency, language), count: fee.graceDays })
    : t('agreements.view.lateFeePercent', { percent: fee.percent, count: fee.graceDays });
}

export function money(minor: number | null | undefined, currency: string, language: string): string {
  return minor === null || minor === undefined ? '' : formatMoney(minor, currency, language);
}
