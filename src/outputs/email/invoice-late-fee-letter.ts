// The policy-update form letter, in the client's language: from which day a late-fee rule applies, in plain words.
import type { TFunction } from 'i18next';
import type { LateFeeRule } from '../../schemas/invoices.ts';
import { formatDate, formatMoney, formatPercent } from '../pdf/invoice-format.ts';

export type LateFeeLetterFacts = { language: string; contactName: string; freelancer: string; workspace: string; currency: string; rule: LateFeeRule; effectiveOn: string };

export function describeLateFeeRule(rule: LateFeeRule, currency: string, language: string, t: TFunction): string {
  const k = (key: string, vars: Record<string, unknown> = {}) => t(`email.invoicing.letter.rules.${key}`, vars);
  switch (rule.kind) {
    case 'flat':
      return k('flat', { amount: formatMoney(rule.amount, currency, language), count: rule.graceDays });
    case 'percent_once':
      return k('percent_once', { percent: formatPercent(rule.percent, language), count: rule.graceDays });
    case 'percent_monthly':
      return `${k('percent_monthly', { percent: formatPercent(rule.percent, language), count: rule.graceDays })}${rule.capPercent === null ? '' : k('cap', { cap: formatPercent(rule.capPercent, language) })}.`;
    case 'statutory_eu':
    case 'statutory_uk':
      return k(rule.kind);
  }
}

export function lateFeeLetterEmail(facts: LateFeeLetterFacts, t: TFunction): { subject: string; bodyText: string } {
  const l = (key: string, vars: Record<string, unknown> = {}) => t(`email.invoicing.letter.${key}`, vars);
  const date = formatDate(facts.effectiveOn, facts.language);
  return {
    subject: l('subject', { date }),
    bodyText: [
      l('greeting', { name: facts.contactName }),
      l('intro', { date }),
      describeLateFeeRule(facts.rule, facts.currency, facts.language, t),
      l('scope', { date }),
      l('closing', { freelancer: facts.freelancer }),
      t('email.footer', { workspace: facts.workspace }),
    ].join('\n\n'),
  };
}
