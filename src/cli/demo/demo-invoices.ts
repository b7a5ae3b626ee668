// The demo's invoices, one pattern per client: Emma and Diego pay their retainers on time, Isabel's project was paid
// on time from deposit to balance, Marcus pays 12–34 days late, broke a promise and has an overdue invoice with the flat
// late fee his amended terms set; Nadia's deposit is paid and her balance is a draft. Amounts in minor units.
import type { DemoInvoice, DemoInvoicingSettings } from '../../use-cases/seed-demo-invoices.ts';

export const demoInvoicing: DemoInvoicingSettings = {
  seller: { name: 'Lucía Ortega Sanz', taxId: '50123456Q', address: 'Calle de Embajadores 48, 3.º B\n28012 Madrid' },
};

/** Monthly retainers issued on the given days back, each due `dueAfter` days later and paid `paidAfter` days after issue. */
function retainers(options: { issuedDaysAgo: number[]; at: string; dueAfter: number; paidAfter: number | null; invoice: Omit<DemoInvoice, 'dueDaysAgo' | 'issued'> }): DemoInvoice[] {
  return options.issuedDaysAgo.map((days) => ({
    kind: 'retainer',
    billsNextMonth: true,
    ...options.invoice,
    issued: { daysAgo: days, at: options.at },
    dueDaysAgo: days - options.dueAfter,
    payments: options.paidAfter === null || days - options.paidAfter < 0 ? [] : [{ daysAgo: days - options.paidAfter, at: '11:00', method: 'bank_transfer' as const }],
  }));
}

const nordlys = { name: 'Nordlys Skincare AB', taxId: 'SE556789012301', address: 'Götgatan 22\n118 46 Stockholm, Sweden' };
const reverseCharge = 'Reverse charge: VAT to be accounted for by the customer (Article 196, Council Directive 2006/112/EC).';

export const emmaInvoices: DemoInvoice[] = [
  ...retainers({
    issuedDaysAgo: [100, 70, 40],
    at: '09:30',
    dueAfter: 7,
    paidAfter: 5,
    invoice: { buyer: nordlys, notes: reverseCharge, lines: [{ description: 'Monthly retainer: launch emails, newsletter and two blog posts', unitPrice: 165_000 }] },
  }),
  // The rush fee agreed in the contract, for the two same-day requests of February.
  {
    kind: 'retainer',
    billsNextMonth: true,
    buyer: nordlys,
    notes: reverseCharge,
    issued: { daysAgo: 10, at: '09:30' },
    dueDaysAgo: 3,
    lines: [
      { description: 'Monthly retainer: launch emails, newsletter and two blog posts', unitPrice: 165_000 },
      { description: 'Rush fee: same-day requests in February', quantity: 2, unitPrice: 15_000 },
    ],
    payments: [{ daysAgo: 5, at: '11:00', method: 'bank_transfer' }],
  },
];

const andesVerde = { name: 'Andes Verde Viajes S.A.S.', taxId: 'NIT 901.234.567-8', address: 'Calle 93 #11-26\nBogotá, Colombia' };

export const diegoInvoices: DemoInvoice[] = [
  ...retainers({
    issuedDaysAgo: [140, 110, 80, 50, 20],
    at: '09:15',
    dueAfter: 10,
    paidAfter: 2,
    invoice: { buyer: andesVerde, lines: [{ description: 'Retainer mensual: cuatro artículos para el blog y la newsletter', unitPrice: 140_000 }] },
  }),
  // Quoted apart from the retainer, as the timeline says; not issued yet.
  { drafted: { daysAgo: 3, at: '10:00' }, dueDaysAgo: -30, buyer: andesVerde, lines: [{ description: 'Artículo extra: la ruta del café por el valle de Cocora', unitPrice: 35_000 }] },
];

const bellwether = { name: 'Bellwether Fintech Ltd', taxId: 'GB 284 1935 67', address: '3 Hardman Street\nManchester M3 3HF, United Kingdom' };
const blogAndUpdates = [{ description: 'Blog posts and investor update for the month', unitPrice: 95_000 }];
/** The flat fee clause of the amended agreement, on every invoice since the January talk. */
const flatFee = { kind: 'flat' as const, amount: 4_000, graceDays: 14 };
const flatFeeNote = 'Payment within 30 days. A flat late fee of £40 applies if the balance is still open 14 days after the due date (clause 7 of the amended agreement).';

export const marcusInvoices: DemoInvoice[] = [
  { buyer: bellwether, lines: blogAndUpdates, issued: { daysAgo: 200, at: '10:00' }, dueDaysAgo: 170, payments: [{ daysAgo: 145, at: '12:00', method: 'bank_transfer' }] },
  { buyer: bellwether, lines: blogAndUpdates, issued: { daysAgo: 170, at: '10:00' }, dueDaysAgo: 140, payments: [{ daysAgo: 118, at: '12:00', method: 'bank_transfer' }] },
  { buyer: bellwether, lines: blogAndUpdates, issued: { daysAgo: 140, at: '10:00' }, dueDaysAgo: 110, payments: [{ daysAgo: 76, at: '12:00', method: 'bank_transfer' }] },
  {
    buyer: bellwether,
    lines: blogAndUpdates,
    issued: { daysAgo: 110, at: '10:00' },
    dueDaysAgo: 80,
    // Promised during the talk of 60 days ago; the money came five days after the date he gave.
    promises: [{ daysAgo: 60, at: '16:45', promisedDaysAgo: 55, note: 'Promised on the call: paid by the end of next week.' }],
    payments: [{ daysAgo: 50, at: '12:00', method: 'bank_transfer' }],
  },
  { buyer: bellwether, lines: blogAndUpdates, notes: flatFeeNote, lateFeeRule: flatFee, issued: { daysAgo: 80, at: '10:00' }, dueDaysAgo: 50, payments: [{ daysAgo: 38, at: '12:00', method: 'bank_transfer' }] },
  { buyer: bellwether, lines: blogAndUpdates, notes: flatFeeNote, lateFeeRule: flatFee, issued: { daysAgo: 50, at: '10:00' }, dueDaysAgo: 20 },
  { buyer: bellwether, lines: [{ description: 'Blog post, investor update and the two case studies under way', unitPrice: 95_000 }], notes: flatFeeNote, lateFeeRule: flatFee, issued: { daysAgo: 20, at: '11:00' }, dueDaysAgo: -10 },
];

const ferrer = { name: 'Ferrer Arquitectura SLP', taxId: 'B65432109', address: 'Carrer de Mallorca 250, 3.º\n08008 Barcelona' };

export const isabelInvoices: DemoInvoice[] = [
  {
    kind: 'deposit',
    buyer: ferrer,
    withholdingRate: 15,
    issued: { daysAgo: 285, at: '12:30' },
    dueDaysAgo: 278,
    lines: [{ description: 'Anticipo: textos de la web del estudio (ocho páginas y fichas de proyectos)', unitPrice: 150_000, taxRate: 21 }],
    payments: [{ daysAgo: 281, at: '10:00', method: 'bank_transfer' }],
  },
  {
    kind: 'milestone',
    buyer: ferrer,
    withholdingRate: 15,
    issued: { daysAgo: 240, at: '18:30' },
    dueDaysAgo: 210,
    lines: [{ description: 'Entrega: las ocho páginas de la web, revisadas', unitPrice: 150_000, taxRate: 21 }],
    payments: [{ daysAgo: 225, at: '10:00', method: 'bank_transfer' }],
  },
  {
    kind: 'balance',
    buyer: ferrer,
    withholdingRate: 15,
    issued: { daysAgo: 200, at: '09:30' },
    dueDaysAgo: 185,
    lines: [
      { description: 'Fichas de proyectos (doce)', quantity: 12, unitPrice: 12_500, taxRate: 21 },
      { description: 'Textos del folleto del estudio', unitPrice: 90_000, taxRate: 21 },
    ],
    payments: [{ daysAgo: 190, at: '09:30', method: 'bank_transfer' }],
  },
];

const brightpath = { name: 'Brightpath Learning LLC', taxId: 'EIN 84-1234567', address: '250 W 34th Street\nNew York, NY 10119, USA' };
const coursePages = 'three course landing pages and a 6-email launch sequence';

export const nadiaInvoices: DemoInvoice[] = [
  { kind: 'deposit', buyer: brightpath, issued: { daysAgo: 30, at: '10:00' }, dueDaysAgo: 23, lines: [{ description: `Deposit (50%, non-refundable): ${coursePages}`, unitPrice: 240_000 }], payments: [{ daysAgo: 25, at: '15:00', method: 'bank_transfer' }] },
  // Written ahead, issued when the work is delivered.
  { kind: 'balance', drafted: { daysAgo: 10, at: '12:30' }, dueDaysAgo: -45, buyer: brightpath, lines: [{ description: `Balance (50%): ${coursePages}`, unitPrice: 240_000 }] },
];
