// Invoice words read the way a person expects: months, reminder steps in schedule order, server errors in their language,
// and default dates that never fall before what the server has already written.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en.json' with { type: 'json' };
import es from '../../i18n/locales/es.json' with { type: 'json' };
import { ApiError } from '../api/http.ts';
import { formatMonth, formatShortDay, halfYearText, invoiceFieldMessage, isMissingSellerDetails, reminderStepOffset, reminderStepText, todayFor } from './invoice-text.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { en: { translation: en.web }, es: { translation: es.web } }, lng: 'en', interpolation: { escapeValue: false } });
});

describe('invoice words', () => {
  it('names a retainer month and a half-year in the reader’s language', () => {
    expect(formatMonth('2027-04', 'en')).toBe('April 2027');
    expect(formatMonth('2027-04', 'es')).toBe('abril de 2027');
    expect(halfYearText('2027-H1', i18n.getFixedT('es'))).toBe('el primer semestre de 2027');
    expect(formatShortDay('2027-03-01', 'en')).toBe('Mar 1, 2027');
  });

  it('says each reminder step in words and sorts them as the schedule runs', () => {
    const t = i18n.getFixedT('en');
    expect(reminderStepText('d-3', t)).toBe('3 days before the due date');
    expect(reminderStepText('d0', t)).toBe('On the due date');
    expect(reminderStepText('d+1', t)).toBe('1 day after the due date');
    expect(['d+3', 'd-3', 'd0', 'd+14'].sort((a, b) => reminderStepOffset(a) - reminderStepOffset(b))).toEqual(['d-3', 'd0', 'd+3', 'd+14']);
  });

  it('puts the server’s field errors in Spanish words, by field path', () => {
    const t = i18n.getFixedT('es');
    expect(invoiceFieldMessage('lines.1.taxRate', t)).toBe(es.web.invoices.errors.taxRate);
    expect(invoiceFieldMessage('buyer.taxId', t)).toBe(es.web.invoices.errors.buyerTaxId);
    expect(invoiceFieldMessage('lateFeeRule', t, { lateFeeKind: 'statutory_uk' })).toBe('Esta regla solo se aplica a facturas en GBP. Cambia la moneda o elige otra regla.');
    expect(invoiceFieldMessage('somethingNew', t)).toBe(es.web.errors.fieldGeneric);
  });

  it('tells a refusal for the seller’s own details apart, since those live in the settings', () => {
    expect(isMissingSellerDetails(new ApiError(422, { code: 'unprocessable', errors: [{ field: 'seller.taxId', message: 'x' }] }))).toBe(true);
    expect(isMissingSellerDetails(new ApiError(422, { code: 'unprocessable', errors: [{ field: 'buyer.taxId', message: 'x' }] }))).toBe(false);
  });

  it('never proposes a day before the invoice was issued, even when this computer’s clock is behind the server’s', () => {
    expect(todayFor({ issueDate: '2999-03-01', updatedAt: '2999-03-01T09:00:00Z' }, 'Europe/Madrid')).toBe('2999-03-01');
    const today = todayFor(undefined, 'Europe/Madrid');
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(todayFor({ issueDate: '2000-01-01', updatedAt: '2000-01-01T09:00:00Z' }, 'Europe/Madrid')).toBe(today);
  });
});
