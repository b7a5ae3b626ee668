// What the deliverable use cases share: the file store, the contract a deliverable belongs to, whether its final work
// still waits for payment, how a deliverable is presented, and the emails and timeline notes that tell the client.
import { createHash } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../db/connect.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import type { AgreementRecord } from '../db/repositories/agreements.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { deliverablesRepository, type DeliverableRecord } from '../db/repositories/deliverables.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { stateOf, type ReleaseCause } from '../domain/deliverables/deliverable.ts';
import { contractTotalOf, holdOf, monthOf, type BillingInvoice, type ContractTotal, type Hold } from '../domain/deliverables/hold.ts';
import { notFound } from '../errors.ts';
import { deliveredOnPaymentEmail, filesReadyEmail } from '../outputs/email/deliverable-emails.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import type { Language } from '../schemas/common.ts';
import type { Deliverable } from '../schemas/deliverables.ts';
import { contentStore, type ContentStore } from '../storage/content-store.ts';
import { currentVersionOf, loadAgreement } from './agreement-support.ts';
import type { AppDeps } from './context.ts';
import { insertPortalLink, portalUrl } from './manage-portal-links.ts';

export const deliverableNotFound = () => notFound('This deliverable');

export function storeOf(deps: Pick<AppDeps, 'filesDir'>): ContentStore {
  // Every entry point that serves or imports files opens its runtime with SANA_DATA_DIR; only some tests do not.
  if (!deps.filesDir) throw new Error('No folder for uploaded files: the app was started without SANA_DATA_DIR/files (AppDeps.filesDir).');
  return contentStore(deps.filesDir);
}

/** What decides whether a contract's final work waits: its invoices and, for a project, its total. Read once per contract. */
export type ContractBilling = { invoices: BillingInvoice[]; total: ContractTotal; timeZone: string };

export async function contractBilling(db: Db, workspaceId: string, agreement: AgreementRecord): Promise<ContractBilling> {
  const version = await currentVersionOf(db, workspaceId, agreement);
  const workspace = await accountsRepository(db).findWorkspace(workspaceId);
  return {
    invoices: await deliverablesRepository(db, workspaceId).invoicesBilling(agreement.id),
    total: contractTotalOf(version.document.cost),
    timeZone: workspace?.time_zone ?? 'UTC',
  };
}

/** The month, in the freelancer's zone, a deliverable was added: a retainer month billed later does not hold it. */
export function monthAdded(createdAt: string, timeZone: string): string {
  return monthOf(Temporal.Instant.from(createdAt).toZonedDateTimeISO(timeZone).toPlainDate().toString());
}

export function holdFor(billing: ContractBilling, createdAt: string): Hold {
  return holdOf({ invoices: billing.invoices, total: billing.total, addedInMonth: monthAdded(createdAt, billing.timeZone) });
}

export function presentDeliverable(record: DeliverableRecord, billing: ContractBilling): Deliverable {
  const state = stateOf(record);
  const hold: Hold = state === 'held' ? holdFor(billing, record.createdAt) : { isHeld: false };
  return {
    id: record.id,
    agreementId: record.agreementId,
    title: record.title,
    kind: record.kind,
    url: record.url,
    fileName: record.fileName,
    mediaType: record.mediaType,
    sizeBytes: record.sizeBytes,
    isFinal: record.isFinal,
    state,
    heldReason: hold.isHeld ? hold.reason : null,
    heldBy: hold.isHeld && hold.reason === 'open_balance' ? hold.openInvoices : [],
    notInvoiced: hold.isHeld && hold.reason === 'total_not_invoiced' ? hold.notInvoiced : null,
    releasedAt: record.releasedAt,
    releasedBy: record.releasedBy,
    createdAt: record.createdAt,
  };
}

export async function loadDeliverable(db: Db, workspaceId: string, id: string): Promise<DeliverableRecord> {
  const deliverable = await deliverablesRepository(db, workspaceId).findById(id);
  if (!deliverable) throw deliverableNotFound();
  return deliverable;
}

export async function presentOne(db: Db, workspaceId: string, record: DeliverableRecord): Promise<Deliverable> {
  const agreement = await loadAgreement(db, workspaceId, record.agreementId);
  return presentDeliverable(record, await contractBilling(db, workspaceId, agreement));
}

type Effects = Pick<AppDeps, 'clock' | 'email' | 'publicUrl'>;

/** Who at the client hears about deliverables, and a fresh portal link for them; null when the client has no email address. */
async function recipient(trx: Db, deps: Effects, workspaceId: string, clientId: string) {
  const client = await clientsRepository(trx, workspaceId).findById(clientId);
  const contact = client?.contacts.find((c) => c.email.trim() !== '');
  if (!client || !contact) return null;
  const accounts = accountsRepository(trx);
  const [owner, workspace] = [await accounts.findOwner(workspaceId), await accounts.findWorkspace(workspaceId)];
  // Portal links are kept only as hashes, so each email carries a link of its own (the freelancer can revoke it).
  const { token } = await insertPortalLink(trx, workspaceId, client.id, deps.clock);
  return {
    to: contact.email,
    common: {
      language: client.language as Language,
      name: contact.name || client.name,
      freelancer: owner?.name ?? '',
      workspace: workspace?.name ?? '',
      portalUrl: `${portalUrl(deps.publicUrl, token)}/deliverables`,
    },
  };
}

/**
 * Releases final deliverables, tells the client their files are ready (one email per release) and notes it on the
 * timeline. Ids already released by someone else are skipped, so a release is announced once.
 */
export async function releaseDeliverables(trx: Db, deps: Effects, workspaceId: string, agreement: AgreementRecord, held: DeliverableRecord[], cause: ReleaseCause): Promise<string[]> {
  if (held.length === 0) return [];
  const now = deps.clock.nowIso();
  const releasedIds = await deliverablesRepository(trx, workspaceId).release(
    held.map((d) => d.id),
    cause,
    now,
  );
  if (releasedIds.length === 0) return [];
  const released = held.filter((d) => releasedIds.includes(d.id));
  const reader = await recipient(trx, deps, workspaceId, agreement.clientId);
  if (reader) {
    const email = filesReadyEmail({ ...reader.common, contractTitle: agreement.title, titles: released.map((d) => d.title) });
    const key = createHash('sha256').update([...releasedIds].sort().join(',')).digest('hex').slice(0, 32);
    await queueEmail(trx, workspaceId, { idempotencyKey: `deliverables-ready:${agreement.id}:${key}`, to: reader.to, ...email }, deps.email, now);
  }
  await eventsRepository(trx, workspaceId).append(
    {
      clientId: agreement.clientId,
      type: 'deliverable_released',
      occurredAt: now,
      payload: { agreementId: agreement.id, title: agreement.title, deliverables: released.map((d) => ({ id: d.id, title: d.title })), releasedBy: cause, to: reader?.to ?? null },
      isConfidential: false,
    },
    now,
  );
  return releasedIds;
}

/**
 * Final work added while money is owed: the client hears it is complete and delivered on payment, with what is due.
 * At most one such notice per contract a day, so adding several files in a sitting sends one email.
 */
export async function announceHeld(trx: Db, deps: Effects, workspaceId: string, agreement: AgreementRecord, deliverable: DeliverableRecord, hold: Hold & { isHeld: true }): Promise<void> {
  const now = deps.clock.nowIso();
  const due = hold.reason === 'open_balance' ? hold.openInvoices : [];
  const reader = await recipient(trx, deps, workspaceId, agreement.clientId);
  let notifiedTo: string | null = null;
  if (reader) {
    const email = deliveredOnPaymentEmail({ ...reader.common, contractTitle: agreement.title, due });
    const today = now.slice(0, 10);
    if (await queueEmail(trx, workspaceId, { idempotencyKey: `deliverables-held:${agreement.id}:${today}`, to: reader.to, ...email }, deps.email, now)) notifiedTo = reader.to;
  }
  await eventsRepository(trx, workspaceId).append(
    {
      clientId: agreement.clientId,
      type: 'deliverable_held',
      occurredAt: now,
      payload: {
        agreementId: agreement.id,
        title: agreement.title,
        deliverable: { id: deliverable.id, title: deliverable.title },
        reason: hold.reason,
        due: due.map((invoice) => ({ number: invoice.number, balance: invoice.balance, currency: invoice.currency })),
        to: notifiedTo,
      },
      isConfidential: false,
    },
    now,
  );
}
