// The what-if panel: change a fund, drop a client or add one, and see every runway move. Pure, so the web and the API share it.
import type { FundSide } from './finances.ts';
import { runwayNow, runwaysIfLost, type ReadinessTotals, type RunwayIfLost } from './readiness-totals.ts';
import type { RunwayMonths } from './runway.ts';

export type WhatIfScenario = {
  /** New balances for either fund; a side left out keeps its balance. */
  funds?: Partial<Record<FundSide, number>>;
  droppedClientIds?: string[];
  /** Hypothetical clients, each paying `monthlyIncome` every month of the year; `key` names them in the result. */
  addedClients?: { key: string; monthlyIncome: number }[];
};

export type WhatIfResult = { totals: ReadinessTotals; runwayNow: RunwayMonths; runwayIfLost: RunwayIfLost[] };

/** The prefix that marks a hypothetical client's id in the result, so it never collides with a real client's UUID. */
export const addedClientPrefix = 'what-if:';

export function applyWhatIf(totals: ReadinessTotals, scenario: WhatIfScenario): ReadinessTotals {
  const dropped = new Set(scenario.droppedClientIds ?? []);
  const kept = totals.clients.filter((c) => !dropped.has(c.clientId));
  const droppedIncome = totals.clients.filter((c) => dropped.has(c.clientId)).reduce((sum, c) => sum + c.yearlyIncome, 0);
  const added = (scenario.addedClients ?? []).map((c) => ({ clientId: `${addedClientPrefix}${c.key}`, yearlyIncome: c.monthlyIncome * 12 }));
  const addedIncome = added.reduce((sum, c) => sum + c.yearlyIncome, 0);
  return {
    funds: { business: scenario.funds?.business ?? totals.funds.business, personal: scenario.funds?.personal ?? totals.funds.personal },
    monthlyExpenses: totals.monthlyExpenses,
    yearlyIncome: totals.yearlyIncome - droppedIncome + addedIncome,
    clients: [...kept, ...added],
  };
}

export function whatIf(totals: ReadinessTotals, scenario: WhatIfScenario): WhatIfResult {
  const changed = applyWhatIf(totals, scenario);
  return { totals: changed, runwayNow: runwayNow(changed), runwayIfLost: runwaysIfLost(changed) };
}
