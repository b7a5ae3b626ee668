// Creates a believable demo workspace (owner, clients at every stage, their timelines, invoices and payments) dated relative
// to the clock, in one transaction.
import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { eventsRepository } from '../db/repositories/events.ts';
import { newId } from '../db/ids.ts';
import { hashPassword } from '../security/passwords.ts';
import { queueEmail } from '../outputs/email/queue-email.ts';
import { translatorFor } from '../i18n/server.ts';
import { toIso } from '../clock.ts';
import { describeClientChanges } from '../domain/clients/changes.ts';
import type { ClientStage } from '../domain/clients/lifecycle.ts';
import type { ContactChannel, LoggableEventType } from '../domain/events/event-types.ts';
import { CreateClientBody } from '../schemas/clients.ts';
import { LogEventBody } from '../schemas/events.ts';
import { payloadOf } from '../domain/events/event-payload.ts';
import { incomeEntriesRepository } from '../db/repositories/income-entries.ts';
import { fundBalancesRepository } from '../db/repositories/fund-balances.ts';
import { profilesRepository } from '../db/repositories/profiles.ts';
import { starterProfile } from '../domain/profile/starter-profile.ts';
import { profileProblems } from '../domain/profile/profile-problems.ts';
import type { FreelancerProfile } from '../domain/profile/profile.ts';
import type { FundSide } from '../domain/readiness/finances.ts';
import { exitPlansRepository } from '../db/repositories/exit-plans.ts';
import type { ExitPlanStep } from '../domain/offboarding/exit-plan.ts';
import type { Language } from '../schemas/common.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { seedDemoInvoices, type DemoInvoice, type DemoInvoicingSettings } from './seed-demo-invoices.ts';

/** A moment in the demo: whole days before today, at a local time ("HH:MM") in the workspace's zone. */
export type DemoMoment = { daysAgo: number; at: string };

export type DemoStep =
  | (DemoMoment & { event: LoggableEventType; summary: string; channel?: ContactChannel; isConfidential?: boolean; fields?: Record<string, unknown> })
  | (DemoMoment & { stage: ClientStage });

export type DemoClient = {
  /** Where the client ends up; the steps must lead there (checked, so the content cannot drift). */
  stage: ClientStage;
  /** A plan to let this client go: made some days ago, ending some days from today. */
  exitPlan?: DemoMoment & { targetInDays: number; steps: ExitPlanStep[] };
  /**
   * Income typed by hand, in minor units of the workspace currency: what arrived in euros from invoices in another
   * currency, which readiness cannot convert (payments on invoices in the workspace currency count by themselves).
   */
  incomeTypedByHand?: (DemoMoment & { amount: number; note: string })[];
  /** Drafts and issued invoices with their payments, promises and late-fee terms, in the client's currency. */
  invoices?: DemoInvoice[];
  /** When the first contact came in; every client starts as a lead. */
  created: DemoMoment;
  input: Omit<z.input<typeof CreateClientBody>, 'stage'>;
  steps: DemoStep[];
};

export type DemoContent = {
  workspace: { name: string; language: Language; timeZone: string; currency: string; createdDaysAgo: number };
  owner: { name: string; emailLocalPart: string; emailDomain: string; password: string; language: Language };
  clients: DemoClient[];
  /** The freelancer's profile, made from the starter profile in the workspace's zone and currency. */
  profile?: (starter: FreelancerProfile) => FreelancerProfile;
  /** Emergency fund balances recorded on a day, in minor units. */
  fundBalances?: (DemoMoment & { side: FundSide; balance: number; note: string })[];
  /** The seller details every invoice carries. */
  invoicing?: DemoInvoicingSettings;
};

export type SeedDemoWorkspaceOptions = { deps: AppDeps; content: DemoContent; isForced: boolean };

export type SeededDemo = {
  workspaceId: string;
  workspaceName: string;
  email: string;
  password: string;
  clients: number;
  events: number;
  invoices: number;
  stages: Partial<Record<ClientStage, number>>;
};

export async function seedDemoWorkspace({ deps, content, isForced }: SeedDemoWorkspaceOptions): Promise<SeededDemo> {
  const passwordHash = await hashPassword(content.owner.password);
  return inTransaction(deps, async (trx) => {
    const accounts = accountsRepository(trx);
    const existing = await trx.selectFrom('workspaces').select(['id', 'name']).execute();
    const demoEmail = `${content.owner.emailLocalPart}@${content.owner.emailDomain}`;
    if (existing.length > 0 && !isForced) {
      const demoOwner = await accounts.findUserByEmail(demoEmail);
      if (demoOwner) {
        throw new AppError(
          'conflict',
          `The demo workspace already exists: run \`sana serve\` and log in as ${demoEmail} with the password ${content.owner.password}. ` +
            'To add another demo workspace anyway, run `sana demo --force`; for a fresh start, use an empty database (a new SANA_DATA_DIR folder, or an empty PostgreSQL DATABASE_URL).',
        );
      }
      const names = existing.map((w) => `"${w.name}"`).join(', ');
      throw new AppError(
        'conflict',
        `This database already holds ${existing.length} workspace(s) (${names}), so the demo was not created. ` +
          'Run `sana demo --force` to add the demo workspace alongside, or use an empty database (a new SANA_DATA_DIR folder, or an empty PostgreSQL DATABASE_URL) to keep the demo separate.',
      );
    }
    const { email, ordinal } = await firstFreeEmail(accounts, content.owner.emailLocalPart, content.owner.emailDomain);

    const now = deps.clock.now();
    const zone = content.workspace.timeZone;
    const today = now.toZonedDateTimeISO(zone).toPlainDate();
    const momentIso = (moment: DemoMoment): string => {
      const instant = today.subtract({ days: moment.daysAgo }).toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from(moment.at) }).toInstant();
      // Content is written as "days ago"; a moment later today would be in the future, which a timeline never holds.
      return toIso(Temporal.Instant.compare(instant, now) > 0 ? now : instant);
    };

    const workspaceId = newId();
    const userId = newId();
    const createdAt = momentIso({ daysAgo: content.workspace.createdDaysAgo, at: '09:00' });
    const { language, timeZone, currency } = content.workspace;
    // A second demo (--force) gets a number, so `--workspace` lists can tell them apart.
    const workspaceName = ordinal === 1 ? content.workspace.name : `${content.workspace.name} (${ordinal})`;
    await accounts.insertWorkspace({ id: workspaceId, name: workspaceName, language, time_zone: timeZone, currency, created_at: createdAt });
    await accounts.insertUser({ id: userId, workspace_id: workspaceId, name: content.owner.name, email, password_hash: passwordHash, language: content.owner.language, created_at: createdAt });
    const t = translatorFor(content.owner.language);
    const vars = { name: content.owner.name, workspace: workspaceName, url: deps.publicUrl };
    await queueEmail(
      trx,
      workspaceId,
      { idempotencyKey: `welcome:${userId}`, to: email, subject: t('email.welcome.subject', vars), bodyText: `${t('email.welcome.body', vars)}\n\n${t('email.footer', vars)}` },
      deps.email,
      createdAt,
    );

    const clients = clientsRepository(trx, workspaceId);
    const events = eventsRepository(trx, workspaceId);
    const stages: Partial<Record<ClientStage, number>> = {};
    const invoices: Parameters<typeof seedDemoInvoices>[2] = [];
    let eventCount = 0;
    for (const demo of content.clients) {
      // Parsed with the API's own schemas, so demo rows are exactly what the app would have stored.
      const input = CreateClientBody.parse({ ...demo.input, stage: 'lead' });
      const createdIso = momentIso(demo.created);
      const clientId = await clients.insert(input, createdIso);
      await events.append({ clientId, type: 'client_created', occurredAt: createdIso, payload: { stage: input.stage, source: input.source }, isConfidential: false }, createdIso);
      eventCount += 1;
      let previousIso = createdIso;
      for (const step of demo.steps) {
        const at = momentIso(step);
        if (at < previousIso) throw new Error(`Demo content for ${demo.input.name}: steps must be in time order (${step.daysAgo} days ago at ${step.at}).`);
        previousIso = at;
        if ('stage' in step) {
          const before = await clients.findById(clientId);
          if (!before) throw new Error('The demo client vanished while it was being written.');
          await clients.updateIfVersion(clientId, before.version, { stage: step.stage }, at);
          const after = await clients.findById(clientId);
          if (!after) throw new Error('The demo client vanished while it was being written.');
          for (const change of describeClientChanges(before, after)) {
            await events.append({ clientId, type: change.type, occurredAt: at, payload: change.payload, isConfidential: false }, at);
            eventCount += 1;
          }
        } else {
          const body = LogEventBody.parse({
            type: step.event,
            occurredAt: at,
            summary: step.summary,
            ...(step.channel && { channel: step.channel }),
            isConfidential: step.isConfidential ?? false,
            ...step.fields,
          });
          const payload = payloadOf(body);
          await events.append({ clientId, type: body.type, occurredAt: at, payload, isConfidential: body.isConfidential }, at);
          eventCount += 1;
        }
      }
      const income = incomeEntriesRepository(trx, workspaceId);
      for (const payment of demo.incomeTypedByHand ?? []) {
        const receivedOn = today.subtract({ days: payment.daysAgo }).toString();
        await income.insert({ source: { kind: 'client', clientId }, receivedOn, amount: payment.amount, note: payment.note }, momentIso(payment));
      }
      if (demo.exitPlan) {
        const madeAt = momentIso(demo.exitPlan);
        const targetDate = today.add({ days: demo.exitPlan.targetInDays }).toString();
        await exitPlansRepository(trx, workspaceId).insert({ clientId, origin: 'health', targetDate, steps: demo.exitPlan.steps }, madeAt);
        await events.append({ clientId, type: 'exit_plan_created', occurredAt: madeAt, payload: { targetDate, origin: 'health' }, isConfidential: false }, madeAt);
        eventCount += 1;
      }
      for (const invoice of demo.invoices ?? []) invoices.push({ clientId, currency: input.currency, language: input.language, buyerName: input.company || input.name, invoice });
      const final = await clients.findById(clientId);
      if (final?.stage !== demo.stage) throw new Error(`Demo content for ${demo.input.name} ends at stage ${final?.stage}, not ${demo.stage}.`);
      stages[demo.stage] = (stages[demo.stage] ?? 0) + 1;
    }
    if (content.profile) {
      const profile = content.profile(starterProfile(timeZone, currency));
      // The same checks a save through the API makes, so the demo cannot carry a profile the app would refuse.
      const problems = profileProblems(profile);
      if (problems.length > 0) throw new Error(`The demo profile has problems: ${problems.map((p) => `${p.path} ${p.kind}`).join(', ')}`);
      await profilesRepository(trx, workspaceId).saveIfVersion(profile, 0, createdAt);
    }
    const funds = fundBalancesRepository(trx, workspaceId);
    for (const entry of content.fundBalances ?? []) {
      await funds.insert({ side: entry.side, balance: entry.balance, recordedOn: today.subtract({ days: entry.daysAgo }).toString(), note: entry.note }, momentIso(entry));
    }
    if (content.invoicing) eventCount += await seedDemoInvoices({ trx, workspaceId, today, momentIso, timeZone: zone }, content.invoicing, invoices, createdAt);
    return { workspaceId, workspaceName, email, password: content.owner.password, clients: content.clients.length, events: eventCount, invoices: content.invoicing ? invoices.length : 0, stages };
  });
}

/** demo@…, then demo2@…, demo3@…: emails are unique across workspaces, and --force may add a second demo. */
async function firstFreeEmail(accounts: ReturnType<typeof accountsRepository>, localPart: string, domain: string): Promise<{ email: string; ordinal: number }> {
  for (let ordinal = 1; ordinal < 1000; ordinal += 1) {
    const email = `${localPart}${ordinal === 1 ? '' : ordinal}@${domain}`;
    if (!(await accounts.findUserByEmail(email))) return { email, ordinal };
  }
  throw new AppError('conflict', `Every demo email from ${localPart}@${domain} to ${localPart}999@${domain} is taken.`);
}
