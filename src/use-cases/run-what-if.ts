// What-if for the API: the same pure domain code the web panel runs in the browser, applied to the current report.
import { whatIf, type WhatIfScenario } from '../domain/readiness/what-if.ts';
import { runwaysIfLost } from '../domain/readiness/readiness-totals.ts';
import { invalidField } from '../errors.ts';
import type { WorkspaceContext } from './context.ts';
import { loadReadiness } from './load-readiness.ts';

export async function runWhatIf({ ctx, scenario }: { ctx: WorkspaceContext; scenario: WhatIfScenario }) {
  const report = await loadReadiness(ctx.db, ctx.workspaceId, ctx.clock.now());
  const known = new Set(report.totals.clients.map((c) => c.clientId));
  (scenario.droppedClientIds ?? []).forEach((id, index) => {
    if (!known.has(id)) throw invalidField(`droppedClientIds.${index}`, 'This client is not among the clients readiness counts (working now or paid in the last 12 months).');
  });
  const result = whatIf(report.totals, scenario);
  const before = new Map(runwaysIfLost(report.totals).map((r) => [r.clientId, r.months]));
  return {
    runwayNow: result.runwayNow,
    totals: result.totals,
    runwayIfLost: result.runwayIfLost.map((r) => (before.has(r.clientId) ? { clientId: r.clientId, months: r.months, before: before.get(r.clientId) ?? null } : { clientId: r.clientId, months: r.months })),
  };
}
