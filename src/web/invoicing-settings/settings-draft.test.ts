// The invoicing settings form: what is typed becomes the settings the server stores, problems land on their fields,
// server field paths find their control, and the number preview is the numbering the server will use.
import { describe, expect, it } from 'vitest';
import { InvoicingSettings } from '../../schemas/invoices.ts';
import { draftOf, formPathOf, nextRateRow, numberPreview, patternProblem, readDraft } from './settings-draft.ts';

const defaults = InvoicingSettings.parse({ seller: {} });
const saved = InvoicingSettings.parse({
  seller: { name: 'Ana Ruiz', taxId: '12345678Z', address: 'Calle Mayor 1, Madrid' },
  numberPattern: 'FAC-YYYY-NNN',
  reminderDays: [-2, 0, 10],
  clientReminderDays: { c1: [0, 5] },
  euReferenceRates: { '2027-H1': 2.15 },
  retainerInvoiceDay: 25,
  defaultTaxRate: 21,
  defaultWithholdingRate: 7,
});

describe('invoicing settings draft', () => {
  it('round-trips saved settings, keeping the per-client schedules it does not edit', () => {
    const result = readDraft(draftOf(saved, 'en'), saved);
    expect(result.problems).toEqual({});
    expect(result.settings).toEqual(saved);
  });

  it('reads Spanish decimals and sorts the reminder days', () => {
    const draft = draftOf(defaults, 'es');
    draft.defaultTaxRate = '10,5';
    draft.reminderDays = [{ key: 'a', days: '14' }, { key: 'b', days: '-3' }];
    draft.euReferenceRates = [{ key: 'r', year: '2027', half: 'H2', percent: '2,4' }];
    const settings = readDraft(draft, defaults).settings!;
    expect(settings.defaultTaxRate).toBe(10.5);
    expect(settings.reminderDays).toEqual([-3, 14]);
    expect(settings.euReferenceRates).toEqual({ '2027-H2': 2.4 });
  });

  it('names each problem by the field the server would name', () => {
    const draft = draftOf(defaults, 'en');
    draft.numberPattern = 'INV-NN';
    draft.paymentTermsDays = '400';
    draft.retainerMode = 'fixed_day';
    draft.retainerDay = '31';
    draft.defaultTaxRate = 'x';
    draft.reminderDays = [{ key: 'a', days: '3' }, { key: 'b', days: '3' }];
    draft.ukBaseRates = [
      { key: 'a', year: '2027', half: 'H1', percent: '4' },
      { key: 'b', year: '2027', half: 'H1', percent: '' },
    ];
    const { settings, problems } = readDraft(draft, defaults);
    expect(settings).toBeUndefined();
    expect(Object.keys(problems).sort()).toEqual(['defaultTaxRate', 'numberPattern', 'paymentTermsDays', 'reminderDays.1', 'retainerInvoiceDay', 'ukBaseRates.1.percent', 'ukBaseRates.1.year']);
  });

  it('accepts only what the server schema accepts', () => {
    const draft = draftOf(saved, 'en');
    draft.numberPattern = 'FAC/YYYY/NNNNN';
    draft.reminderDays = [{ key: 'a', days: '-60' }, { key: 'b', days: '365' }];
    expect(InvoicingSettings.safeParse(readDraft(draft, saved).settings).success).toBe(true);
  });

  it('previews the numbers with the domain numbering', () => {
    expect(numberPreview('FAC-YYYY-NNN', '2027-03-01', 2)).toEqual(['FAC-2027-001', 'FAC-2027-002']);
    expect(numberPreview('inv-YYYY-NNN', '2027-03-01', 1)).toEqual(['inv-2027-001']);
    expect(numberPreview('YYYY-NNNN', '2027-03-01')).toEqual(['2027-0001', '2027-0002', '2027-0003']);
    expect(numberPreview('NN', '2027-03-01')).toEqual([]);
  });

  it('accepts a prefix with a capital N (INV-) and names two counters, as the server judges them', () => {
    expect(patternProblem('INV-YYYY-NNN')).toBeUndefined();
    expect(numberPreview('INV-YYYY-NNN', '2027-03-01', 1)).toEqual(['INV-2027-001']);
    expect(patternProblem('NNN-NNN')).toEqual({ kind: 'patternTwoCounters' });
    expect(patternProblem('YYYY-NN')).toEqual({ kind: 'pattern' });
    expect(patternProblem('inv-YYYY-NNN')).toBeUndefined();
    expect(InvoicingSettings.safeParse({ seller: {}, numberPattern: 'INV-YYYY-NNN' }).success).toBe(true);
    expect(InvoicingSettings.safeParse({ seller: {}, numberPattern: 'NNN-NNN' }).success).toBe(false);
  });

  it('finds the control for a server field, a half-year key included', () => {
    const draft = draftOf(saved, 'en');
    expect(formPathOf('settings.numberPattern', draft)).toBe('numberPattern');
    expect(formPathOf('settings.euReferenceRates.2027-H1', draft)).toBe('euReferenceRates.0.percent');
    expect(formPathOf('settings.reminderDays.2', draft)).toBe('reminderDays');
    expect(formPathOf('settings.somethingElse', draft)).toBeUndefined();
  });

  it('adds the half-year after the latest listed', () => {
    expect(nextRateRow([{ key: 'a', year: '2027', half: 'H1', percent: '2' }], new Date())).toMatchObject({ year: '2027', half: 'H2' });
    expect(nextRateRow([{ key: 'a', year: '2027', half: 'H2', percent: '2' }], new Date())).toMatchObject({ year: '2028', half: 'H1' });
    expect(nextRateRow([], new Date(2027, 8, 1))).toMatchObject({ year: '2027', half: 'H2' });
  });
});
