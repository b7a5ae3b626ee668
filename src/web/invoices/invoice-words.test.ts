// Every word the invoice pages build a key for at run time (statuses, kinds, methods, rules, outcomes…) exists in both languages.
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en.json' with { type: 'json' };
import es from '../../i18n/locales/es.json' with { type: 'json' };
import { paymentTrends } from '../../domain/invoicing/payment-behaviour.ts';
import { promiseOutcomes } from '../../domain/invoicing/promises.ts';
import { invoiceKindChoices, invoiceStatusChoices, lateFeeChoices, paymentMethodChoices, withholdingChoices, type DraftProblem } from './invoice-draft.ts';

const problems: DraftProblem[] = ['description', 'notANumber', 'quantity', 'notAnAmount', 'taxRate', 'percent', 'graceDays', 'amountAboveZero', 'currency'];
const fieldCodes = ['client', 'dueOn', 'operationDate', 'buyerName', 'buyerTaxId', 'buyerAddress', 'lines', 'notes', 'paidOn', 'promisedOn', 'reason'];

function has(catalog: unknown, key: string): boolean {
  let node = catalog;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' && node.trim() !== '';
}

describe('invoice words', () => {
  it('names every status, kind, method, rule, trend, outcome and problem', () => {
    const keys = [
      ...invoiceStatusChoices.map((value) => `statuses.${value}`),
      ...invoiceKindChoices.map((value) => `kinds.${value}`),
      ...paymentMethodChoices.map((value) => `methods.${value}`),
      ...withholdingChoices.map((value) => `withholdingChoices.${value}`),
      ...lateFeeChoices.flatMap((value) => [`lateFeeRules.kinds.${value}`, `lateFeeRules.hints.${value}`]),
      ...paymentTrends.map((value) => `behaviour.trends.${value}`),
      ...promiseOutcomes.map((value) => `promises.outcomes.${value}`),
      ...['sent', 'no_address', 'passed_over', 'other'].map((value) => `reminders.outcomes.${value}`),
      ...['flat', 'percent_once', 'percent_monthly', 'statutory_compensation', 'statutory_interest', 'other'].map((value) => `lateFees.reasons.${value}`),
      ...[...problems, ...fieldCodes].map((code) => `errors.${code}`),
      ...['save', 'issue', 'void', 'payment', 'promise'].map((action) => `errors.refused.${action}`),
    ];
    expect(keys.filter((key) => !has(en.web.invoices, key))).toEqual([]);
    expect(keys.filter((key) => !has(es.web.invoices, key))).toEqual([]);
  });
});
