// A client's health card: the five reasons with evidence and trend, and what to do about them, in the reader's language.
import { Temporal } from 'temporal-polyfill';
import { clientsRepository } from '../db/repositories/clients.ts';
import { healthCard, type HealthCard } from '../domain/health/health-card.ts';
import { notFound } from '../errors.ts';
import { translateHealthText } from '../i18n/server.ts';
import type { Language } from '../schemas/common.ts';
import type { ClientHealth } from '../schemas/relationship.ts';
import type { WorkspaceContext } from './context.ts';
import { loadRelationshipFacts } from './load-relationship-facts.ts';

export function presentHealthCard(clientId: string, asOf: string, card: HealthCard, language: Language): ClientHealth {
  const say = (texts: Parameters<typeof translateHealthText>[0][]) => texts.map((text) => translateHealthText(text, language));
  const decision = card.recommendation;
  return {
    clientId,
    asOf,
    reasons: card.reasons.map((reason) => ({
      reason: reason.reason,
      status: reason.status,
      trend: reason.trend,
      signals: reason.signals,
      evidence: reason.evidence.eventIds,
      invoiceIds: reason.evidence.invoiceIds,
      because: say(reason.because),
      agendaItem: translateHealthText(reason.agendaItem, language),
    })),
    recommendation: decision.recommendation,
    drivenBy: decision.drivenBy,
    because: say(decision.because),
    agenda: decision.recommendation === 'talk' ? say(decision.agenda) : [],
  };
}

export async function getClientHealth({ ctx, clientId, language }: { ctx: WorkspaceContext; clientId: string; language: Language }): Promise<ClientHealth> {
  if (!(await clientsRepository(ctx.db, ctx.workspaceId).exists(clientId))) throw notFound('This client');
  const facts = await loadRelationshipFacts(ctx.db, ctx.workspaceId, [clientId]);
  const now = ctx.clock.nowIso();
  const card = healthCard({
    profile: facts.profile,
    events: facts.byClient.get(clientId)?.events ?? [],
    // Late payments, broken promises and overdue balances from the client's invoices; null without any, and the card says so.
    invoices: facts.byClient.get(clientId)?.invoices ?? null,
    now: Temporal.Instant.from(now),
    settings: facts.settings.health,
  });
  return presentHealthCard(clientId, now, card, language);
}
