// Typed calls for readiness: the report, income entries, fund balances, finances, what-if and the thresholds.
import type { z } from 'zod';
import type {
  FundBalanceEntry,
  IncomeEntry,
  NewFundBalanceBody,
  NewIncomeEntryBody,
  ReadinessReport as ReadinessReportSchema,
  ReadinessSettings as ReadinessSettingsSchema,
  ReadinessSettingsResponse,
  SaveFinancesBody,
} from '../../schemas/readiness.ts';
import type { FundSide } from '../../domain/readiness/finances.ts';
import { apiRequest } from './http.ts';

export type ReadinessReport = z.infer<typeof ReadinessReportSchema>;
export type ReadinessClient = ReadinessReport['clients'][number];
export type FundLadderView = ReadinessReport['funds'][number];
export type IncomeEntryView = z.infer<typeof IncomeEntry>;
export type FundBalanceView = z.infer<typeof FundBalanceEntry>;
export type ReadinessSettings = z.infer<typeof ReadinessSettingsSchema>;
export type ReadinessSettingsView = z.infer<typeof ReadinessSettingsResponse>;

export function getReadiness(signal?: AbortSignal): Promise<ReadinessReport> {
  return apiRequest('GET', '/readiness', { signal });
}

export function listIncomeEntries(signal?: AbortSignal): Promise<{ items: IncomeEntryView[]; today: string }> {
  return apiRequest('GET', '/readiness/income', { signal });
}

export function recordIncomeEntry(body: z.input<typeof NewIncomeEntryBody>): Promise<{ id: string }> {
  return apiRequest('POST', '/readiness/income', { body });
}

export function deleteIncomeEntry(entryId: string): Promise<void> {
  return apiRequest('DELETE', `/readiness/income/${encodeURIComponent(entryId)}`);
}

export function moveIncomeToFund(entryId: string, side: FundSide, amount?: number): Promise<{ balanceId: string; balance: number; contribution: number }> {
  return apiRequest('POST', `/readiness/income/${encodeURIComponent(entryId)}/move-to-fund`, { body: amount === undefined ? { side } : { side, amount } });
}

export function listFundBalances(signal?: AbortSignal): Promise<{ items: FundBalanceView[] }> {
  return apiRequest('GET', '/readiness/fund-balances', { signal });
}

export function recordFundBalance(body: z.input<typeof NewFundBalanceBody>): Promise<{ id: string }> {
  return apiRequest('POST', '/readiness/fund-balances', { body });
}

export function deleteFundBalance(balanceId: string): Promise<void> {
  return apiRequest('DELETE', `/readiness/fund-balances/${encodeURIComponent(balanceId)}`);
}

export function saveFinances(body: z.input<typeof SaveFinancesBody>): Promise<void> {
  return apiRequest('PUT', '/readiness/finances', { body });
}

export function getReadinessSettings(signal?: AbortSignal): Promise<ReadinessSettingsView> {
  return apiRequest('GET', '/settings/readiness', { signal });
}

export function saveReadinessSettings(settings: ReadinessSettings, version: number): Promise<ReadinessSettingsView> {
  return apiRequest('PUT', '/settings/readiness', { body: { settings, version } });
}
