// Daily: a signed contract whose term ends within the workspace's renegotiation window gets one reminder email to the
// freelancer and a `renegotiation_due` note on the client's timeline. The contract's renegotiation_noted_at is set in the
// same transaction (guarded by the row version) and the email has a unique key, so a rerun or a second server never repeats it.
import { Temporal } from 'temporal-polyfill';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { agreementsRepository, listContractsNearingTermEnd } from '../db/repositories/agreements.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { renegotiationReminderEmail } from '../outputs/email/agreement-emails.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import type { Language } from '../schemas/common.ts';
import { currentVersionOf, noteOnTimeline, plainDateOf } from '../use-cases/agreement-support.ts';
import { loadAgreementSettings } from '../use-cases/agreement-settings.ts';
import { inTransaction } from '../use-cases/context.ts';
import type { Job, JobContext, JobResult } from './job.ts';

/** The setting allows at most 180 days; a day more covers workspaces east of UTC that are already on tomorrow. */
const widestWindowDays = 180 + 1;

type Outcome = 'reminded' | 'closed' | 'not_yet';

async function remindOne(ctx: JobContext, workspaceId: string, agreementId: string): Promise<Outcome> {
  return inTransaction(ctx, async (trx) => {
    const agreements = agreementsRepository(trx, workspaceId);
    // Read again inside the transaction: another server may have handled it since the list was taken.
    const agreement = await agreements.findById(agreementId);
    if (!agreement || agreement.kind !== 'contract' || agreement.status !== 'signed' || agreement.termEndsOn === null || agreement.renegotiationNotedAt !== null) return 'not_yet';
    const accounts = accountsRepository(trx);
    const [workspace, owner] = [await accounts.findWorkspace(workspaceId), await accounts.findOwner(workspaceId)];
    if (!workspace || !owner) return 'not_yet';
    const client = await clientsRepository(trx, workspaceId).findById(agreement.clientId);
    const { settings } = await loadAgreementSettings(trx, workspaceId);
    // "Today" is the freelancer's date: the reminder is theirs.
    const today = ctx.clock.now().toZonedDateTimeISO(workspace.time_zone).toPlainDate().toString();
    const version = await currentVersionOf(trx, workspaceId, agreement);
    const start = version.document.when.startDate ?? plainDateOf(agreement.signedAt ?? agreement.updatedAt, client?.timeZone ?? 'UTC');
    const endsOn = agreement.termEndsOn;
    // Same rule as the domain's, counted back from the stored end: the window's first day, never before the term starts.
    const windowStart = Temporal.PlainDate.from(endsOn).subtract({ days: settings.renegotiationReminderDays }).toString();
    const remindOn = windowStart < start ? start : windowStart;
    if (today < remindOn) return 'not_yet';
    const now = ctx.clock.nowIso();
    const isStillOpen = today <= endsOn;
    // Taken first: if another run got here, the version moved and this one stops without queueing anything.
    if (!(await agreements.updateIfVersion(agreement.id, agreement.version, { renegotiationNotedAt: now }, now))) return 'not_yet';
    // A term that already ended unnoticed (the job was off, or the contract was signed after its end) leaves the queue quietly.
    if (!isStillOpen) return 'closed';
    const language: Language = owner.language === 'es' ? 'es' : 'en';
    const clientName = client?.name ?? version.document.parties.client.name;
    const email = renegotiationReminderEmail({ language, name: owner.name, freelancer: owner.name, workspace: workspace.name, title: agreement.title, clientName, endsOn });
    await queueEmail(trx, workspaceId, { idempotencyKey: `agreement-renegotiation:${agreement.id}`, to: owner.email, ...email }, ctx.email, now);
    await noteOnTimeline(trx, workspaceId, agreement.clientId, 'renegotiation_due', { agreementId: agreement.id, title: agreement.title, endsOn, reminderDays: settings.renegotiationReminderDays }, now);
    return 'reminded';
  });
}

export const remindRenegotiationsJob: Job = {
  name: 'renegotiation-reminders',
  async run(ctx: JobContext): Promise<JobResult> {
    const endsBy = Temporal.PlainDate.from(ctx.clock.nowIso().slice(0, 10)).add({ days: widestWindowDays }).toString();
    let done = 0;
    let failed = 0;
    // The helper reads contracts soonest end first; each workspace's own window is checked per contract.
    for (const { workspaceId, agreement } of await listContractsNearingTermEnd(ctx.db, endsBy)) {
      try {
        if ((await remindOne(ctx, workspaceId, agreement.id)) === 'reminded') done += 1;
      } catch {
        // One broken contract must not hold back the others; it is counted and tried again on the next run.
        failed += 1;
      }
    }
    return { done, failed };
  },
};
