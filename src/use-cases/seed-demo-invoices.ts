// The demo's invoices, written inside the demo's transaction as the invoicing use cases would have written them on the
// days they happened: drafts, issued invoices numbered in date order (gapless per year), payments, promises to pay and
// late fees charged by the rule each invoice's terms carry. No email is queued: these are history, not news.
import { Temporal } from 'temporal-polyfill';
import { createClock } from '../clock.ts';
import type { Db } from '../db/connect.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { invoicePaymentsRepository } from '../db/repositories/invoice-payments.ts';
import { drawNextNumber, invoicesRepository } from '../db/repositories/invoices.ts';
import { workspaceSettingsRepository } from '../db/repositories/workspace-settings.ts';
import { afterPayment, isRefusal, type InvoiceKind } from '../domain/invoicing/invoice-status.ts';
import { formatInvoiceNumber, seriesPeriod } from '../domain/invoicing/numbering.ts';
import { InvoicingSettings, type LateFeeRule, type paymentMethods } from '../schemas/invoices.ts';
import { applyDueLateFees } from './apply-late-fees.ts';
import { draftFields } from './create-invoice.ts';
import { assessInvoiceFees, nextReminderOn, policyLetters, scheduleFor, toDomainRule } from './invoicing-support.ts';

/** A moment in the demo, as seed-demo-workspace.ts defines it: whole days before today at a local "HH:MM". */
type Moment = { daysAgo: number; at: string };

export type DemoInvoice = {
  kind?: InvoiceKind;
  /** When it was issued; a draft has no issue day and was written on `drafted`. */
  issued?: Moment;
  drafted?: Moment;
  /** Days before today the invoice is (or was) due; negative for a date still ahead. */
  dueDaysAgo: number;
  buyer?: { name: string; taxId: string; address: string };
  lines: { description: string; quantity?: number; unitPrice: number; taxRate?: number }[];
  withholdingRate?: 0 | 7 | 15;
  notes?: string;
  /** A retainer invoiced in advance bills the month after its issue day. */
  billsNextMonth?: boolean;
  lateFeeRule?: LateFeeRule;
  /** Without an amount, a payment settles the balance. */
  payments?: (Moment & { amount?: number; method: (typeof paymentMethods)[number]; reference?: string })[];
  promises?: (Moment & { promisedDaysAgo: number; note: string })[];
};

export type DemoInvoicingSettings = { seller: { name: string; taxId: string; address: string } };

type Seeding = {
  trx: Db;
  workspaceId: string;
  today: Temporal.PlainDate;
  momentIso(moment: Moment): string;
  timeZone: string;
};

type ClientInvoice = { clientId: string; currency: string; language: string; buyerName: string; invoice: DemoInvoice };

/** Writes the invoicing settings, then every client's invoices oldest first, so numbers follow the issue dates. */
export async function seedDemoInvoices(seeding: Seeding, settingsInput: DemoInvoicingSettings, invoices: ClientInvoice[], createdAt: string): Promise<number> {
  const { trx, workspaceId } = seeding;
  const settings = InvoicingSettings.parse(settingsInput);
  await workspaceSettingsRepository(trx, workspaceId).saveIfVersion('invoicing', settings, 0, createdAt);
  const startOf = (i: ClientInvoice) => seeding.momentIso(i.invoice.issued ?? i.invoice.drafted ?? { daysAgo: 0, at: '09:00' });
  const ordered = [...invoices].sort((a, b) => startOf(a).localeCompare(startOf(b)));
  let events = 0;
  for (const item of ordered) events += await seedInvoice(seeding, settings, item);
  return events;
}

async function seedInvoice(seeding: Seeding, settings: InvoicingSettings, item: ClientInvoice): Promise<number> {
  const { trx, workspaceId, today, momentIso } = seeding;
  const { invoice } = item;
  const dateOf = (daysAgo: number) => today.subtract({ days: daysAgo }).toString();
  const invoices = invoicesRepository(trx, workspaceId);
  const children = invoicePaymentsRepository(trx, workspaceId);
  const timeline = eventsRepository(trx, workspaceId);
  const issueDate = invoice.issued ? dateOf(invoice.issued.daysAgo) : null;
  const { fields, lines } = draftFields({
    kind: invoice.kind ?? 'standard',
    currency: item.currency,
    language: item.language,
    dueOn: dateOf(invoice.dueDaysAgo),
    operationDate: issueDate,
    buyer: invoice.buyer ?? { name: item.buyerName, taxId: '', address: '' },
    lines: invoice.lines.map((l) => ({ description: l.description, quantity: l.quantity ?? 1, unitPrice: l.unitPrice, discount: 0, taxRate: l.taxRate ?? 0 })),
    withholdingRate: invoice.withholdingRate ?? 0,
    notes: invoice.notes ?? '',
    lateFeeRule: toDomainRule(invoice.lateFeeRule ?? null),
  });
  const draftedAt = momentIso(invoice.drafted ?? invoice.issued!);
  const billingPeriod = invoice.billsNextMonth && issueDate ? Temporal.PlainDate.from(issueDate).toPlainYearMonth().add({ months: 1 }).toString() : null;
  const id = await invoices.insertDraft(item.clientId, fields, { series: 'default', correctsInvoiceId: null, billingPeriod }, draftedAt);
  await invoices.replaceLines(id, lines);
  if (!invoice.issued || !issueDate) return 0;

  const issuedAt = momentIso(invoice.issued);
  const number = formatInvoiceNumber(settings.numberPattern, issueDate, await drawNextNumber(trx, workspaceId, 'default', seriesPeriod(settings.numberPattern, issueDate)));
  await invoices.markIssued(id, { number, issueDate, dueOn: fields.dueOn!, operationDate: issueDate, seller: settings.seller, nextReminderOn: null }, issuedAt);
  await timeline.append({ clientId: item.clientId, type: 'invoice_issued', occurredAt: issuedAt, payload: { invoiceId: id, number, total: fields.total, currency: item.currency, dueOn: fields.dueOn }, isConfidential: false }, issuedAt);
  let events = 1;

  // Payments and promises in the order they happened, each with the timeline entry its use case writes.
  const steps = [
    ...(invoice.payments ?? []).map((payment) => ({ at: momentIso(payment), payment })),
    ...(invoice.promises ?? []).map((promise) => ({ at: momentIso(promise), promise })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  for (const step of steps) {
    const current = (await invoices.findById(id))!;
    if ('payment' in step && step.payment) {
      const amount = step.payment.amount ?? current.total - current.paid;
      const outcome = afterPayment(current, amount);
      if (isRefusal(outcome)) throw new Error(`Demo invoice ${number}: ${outcome.refused}`);
      const paidOn = dateOf(step.payment.daysAgo);
      await children.insertPayment(id, { amount, paidOn, method: step.payment.method, reference: step.payment.reference ?? '' }, step.at);
      await invoices.setPaid(id, outcome.paid, outcome.status, null, step.at);
      await timeline.append(
        { clientId: item.clientId, type: 'payment_recorded', occurredAt: step.at, payload: { invoiceId: id, number, amount, currency: item.currency, paidOn, method: step.payment.method, balance: current.total - outcome.paid }, isConfidential: false },
        step.at,
      );
    } else if ('promise' in step && step.promise) {
      const promisedOn = dateOf(step.promise.promisedDaysAgo);
      await children.insertPromise(id, { promisedOn, recordedOn: dateOf(step.promise.daysAgo), note: step.promise.note }, step.at);
      await timeline.append({ clientId: item.clientId, type: 'promise_recorded', occurredAt: step.at, payload: { invoiceId: id, number, promisedOn }, isConfidential: false }, step.at);
    }
    events += 1;
  }

  // Late fees as the job would have charged them, each on its own day; then the day the reminders job looks at it next.
  const todayIso = today.toString();
  const letters = policyLetters(await children.letters(item.clientId));
  const issued = (await invoices.findById(id))!;
  const assessment = assessInvoiceFees(issued, await children.payments([id]), await children.promises([id]), settings, todayIso, letters);
  for (const chargedOn of [...new Set(assessment?.charges.map((c) => c.chargedOn) ?? [])].sort()) {
    const at = Temporal.PlainDate.from(chargedOn).toZonedDateTime({ timeZone: seeding.timeZone, plainTime: Temporal.PlainTime.from('07:00') }).toInstant();
    const applied = await applyDueLateFees(trx, workspaceId, createClock(at.toString()), (await invoices.findById(id))!, settings, chargedOn);
    events += applied.charged;
  }
  const recordedSteps = new Set((await children.reminderSteps(id)).map((s) => s.step));
  const latest = (await invoices.findById(id))!;
  await invoices.setNextReminderOn(id, nextReminderOn(latest, scheduleFor(settings, item.clientId), recordedSteps, await children.promises([id])));
  return events;
}
