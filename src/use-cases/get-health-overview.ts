// Every active client's health at a glance, most worrying first, each with a six-month trend of its score; and what
// needs the freelancer's hand (payment reminders that had no email address to go to).
import { Temporal } from 'temporal-polyfill';
import { clientsRepository } from '../db/repositories/clients.ts';
import { invoiceIncomeRepository } from '../db/repositories/invoice-income.ts';
import type { ClientStage } from '../domain/clients/lifecycle.ts';
import { healthCard } from '../domain/health/health-card.ts';
import { healthScore, trendSamples } from '../domain/health/health-history.ts';
import { healthRecommendationRank } from '../domain/health/recommendation.ts';
import type { ClientSummary } from '../schemas/clients.ts';
import type { HealthOverview } from '../schemas/relationship.ts';
import type { WorkspaceContext } from './context.ts';
import { loadRelationshipFacts } from './load-relationship-facts.ts';

/** Clients the freelancer works with now: under contract, active, or on the way out. */
const currentStages: ClientStage[] = ['contract', 'active', 'offboarding'];
const trendMonths = 6;

async function currentClients(ctx: WorkspaceContext): Promise<ClientSummary[]> {
  const clients = clientsRepository(ctx.db, ctx.workspaceId);
  const found: ClientSummary[] = [];
  for (const stage of currentStages) {
    for (let offset = 0; ; offset += 200) {
      const page = await clients.list({ stage, archived: 'exclude', limit: 200, offset });
      found.push(...page.items);
      if (page.items.length < 200) break;
    }
  }
  return found;
}

export async function getHealthOverview({ ctx }: { ctx: WorkspaceContext }): Promise<HealthOverview> {
  const clients = await currentClients(ctx);
  const facts = await loadRelationshipFacts(ctx.db, ctx.workspaceId, clients.map((c) => c.id));
  const nowIso = ctx.clock.nowIso();
  const now = Temporal.Instant.from(nowIso);
  const samples = trendSamples(now, facts.profile.timeZone, trendMonths);
  const items = clients.map((client) => {
    const events = facts.byClient.get(client.id)?.events ?? [];
    const invoices = facts.byClient.get(client.id)?.invoices ?? null;
    const cardAt = (at: Temporal.Instant) => healthCard({ profile: facts.profile, events, invoices, now: at, settings: facts.settings.health });
    const today = cardAt(now);
    return {
      clientId: client.id,
      name: client.name,
      company: client.company,
      stage: client.stage,
      recommendation: today.recommendation.recommendation,
      statuses: today.reasons.map(({ reason, status, trend }) => ({ reason, status, trend })),
      score: healthScore(today.reasons),
      history: samples.map((sample) => ({ on: sample.on, score: sample.at.equals(now) ? healthScore(today.reasons) : healthScore(cardAt(sample.at).reasons) })),
    };
  });
  items.sort((a, b) => healthRecommendationRank(b.recommendation) - healthRecommendationRank(a.recommendation) || b.score - a.score || a.name.localeCompare(b.name));
  return { asOf: nowIso, items, attention: await remindersWithoutEmail(ctx) };
}

/** One item per client whose open invoices' reminders found no email address (any stage: a past client may still owe). */
async function remindersWithoutEmail(ctx: WorkspaceContext): Promise<HealthOverview['attention']> {
  const byClient = new Map<string, HealthOverview['attention'][number]>();
  for (const row of await invoiceIncomeRepository(ctx.db, ctx.workspaceId).remindersWithoutAddress()) {
    const item = byClient.get(row.clientId) ?? { kind: 'reminders_without_email' as const, clientId: row.clientId, name: row.clientName, invoices: [] };
    item.invoices.push({ id: row.invoiceId, number: row.number });
    byClient.set(row.clientId, item);
  }
  return [...byClient.values()];
}
