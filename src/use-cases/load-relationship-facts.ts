// Everything the relationship rules read about one or more clients, loaded in one go: the profile they are measured
// against, the thresholds, each client's timeline as relationship events, and how their invoices were paid.
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/connect.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { invoiceIncomeRepository, type BilledInvoiceRow } from '../db/repositories/invoice-income.ts';
import { relationshipEventsOf } from '../domain/events/relationship-log.ts';
import type { EventType } from '../domain/events/event-types.ts';
import type { InvoicePayment } from '../domain/health/invoice-payments.ts';
import { relationshipEventKinds, type RelationshipEvent } from '../domain/health/relationship-events.ts';
import { balanceOf } from '../domain/invoicing/invoice-status.ts';
import type { FreelancerProfile } from '../domain/profile/profile.ts';
import type { TimelineEvent } from '../schemas/events.ts';
import type { RelationshipSettings } from '../schemas/relationship.ts';
import { loadProfile } from './get-profile.ts';
import { paidInFullOn } from './invoicing-support.ts';
import { loadRelationshipSettings } from './relationship-settings.ts';

/** The kinds the rules read, the follow-ups folded into them, and the reminders that reset the boundary counts. */
const relevantTypes: EventType[] = [...relationshipEventKinds, 'message_replied', 'concern_resolved', 'friendly_reminder_sent'];

export type ClientFacts = {
  events: RelationshipEvent[];
  /** The timeline rows behind the events, by id: for summaries the rules do not keep (a message's text). */
  rows: Map<string, TimelineEvent>;
  lastReminderAt: Temporal.Instant | null;
  /** How each issued invoice was paid (reason 4 reads it); null while the client has none, so the card says so. */
  invoices: InvoicePayment[] | null;
};

export type RelationshipFacts = { profile: FreelancerProfile; settings: RelationshipSettings; byClient: Map<string, ClientFacts> };

export async function loadRelationshipFacts(db: Db, workspaceId: string, clientIds: readonly string[]): Promise<RelationshipFacts> {
  const [{ profile }, { settings }, rows, billed] = await Promise.all([
    loadProfile(db, workspaceId),
    loadRelationshipSettings(db, workspaceId),
    eventsRepository(db, workspaceId).listOfTypes(clientIds, relevantTypes),
    invoiceIncomeRepository(db, workspaceId).billedInvoices(clientIds),
  ]);
  const invoicesByClient = new Map<string, InvoicePayment[]>();
  for (const invoice of billed) invoicesByClient.set(invoice.clientId, [...(invoicesByClient.get(invoice.clientId) ?? []), invoicePayment(invoice)]);
  const byClient = new Map<string, ClientFacts>(clientIds.map((id) => [id, { events: [], rows: new Map(), lastReminderAt: null, invoices: invoicesByClient.get(id) ?? null }]));
  const rowsByClient = new Map<string, TimelineEvent[]>();
  for (const row of rows) {
    const list = rowsByClient.get(row.clientId);
    if (list) list.push(row);
    else rowsByClient.set(row.clientId, [row]);
  }
  for (const [clientId, clientRows] of rowsByClient) {
    const reminders = clientRows.filter((row) => row.type === 'friendly_reminder_sent');
    const last = reminders.at(-1);
    byClient.set(clientId, {
      events: relationshipEventsOf(clientRows),
      rows: new Map(clientRows.map((row) => [row.id, row])),
      lastReminderAt: last ? Temporal.Instant.from(last.occurredAt) : null,
      invoices: invoicesByClient.get(clientId) ?? null,
    });
  }
  return { profile, settings, byClient };
}

/** An issued invoice as the health card reads it: due, paid in full (if it was), promises, and what is owed today. */
function invoicePayment(invoice: BilledInvoiceRow): InvoicePayment {
  return {
    invoiceId: invoice.id,
    dueOn: invoice.dueOn,
    paidOn: paidInFullOn(invoice, invoice.payments),
    promisedOn: invoice.promisedOn,
    balance: { amount: balanceOf(invoice), currency: invoice.currency },
  };
}
