// Typed calls for the invoicing settings (seller, numbering, reminder schedules, reference rates) and a client's
// policy-update letters about late fees.
import type { z } from 'zod';
import type { InvoicingSettings, InvoicingSettingsResponse, LateFeeLetter, LateFeeLetterList, LateFeeRule, SendLateFeeLetterBody } from '../../schemas/invoices.ts';
import { apiRequest } from './http.ts';

export type InvoicingSettingsValues = z.infer<typeof InvoicingSettings>;
export type InvoicingSettingsView = z.infer<typeof InvoicingSettingsResponse>;
export type LateFeeRuleValue = z.infer<typeof LateFeeRule>;
export type LateFeeLetterView = z.infer<typeof LateFeeLetter>;
export type LateFeeLetterListView = z.infer<typeof LateFeeLetterList>;
export type NewLateFeeLetter = z.input<typeof SendLateFeeLetterBody>;

export function getInvoicingSettings(signal?: AbortSignal): Promise<InvoicingSettingsView> {
  return apiRequest('GET', '/settings/invoicing', { signal });
}

/** Answers 409 (code version_conflict) when the settings were saved elsewhere after `version` was read; nothing is overwritten. */
export function saveInvoicingSettings(settings: InvoicingSettingsValues, version: number): Promise<InvoicingSettingsView> {
  return apiRequest('PUT', '/settings/invoicing', { body: { settings, version } });
}

export function listLateFeeLetters(clientId: string, signal?: AbortSignal): Promise<LateFeeLetterListView> {
  return apiRequest('GET', `/clients/${encodeURIComponent(clientId)}/late-fee-letters`, { signal });
}

/**
 * Stores the letter and emails it to the client's first contact with an email. Answers 400 on `effectiveOn` with less
 * than 14 days' notice, 400 on `rule` when a statutory rule does not match the client's currency, and 422 when the
 * client has no contact email.
 */
export function sendLateFeeLetter(clientId: string, letter: NewLateFeeLetter): Promise<LateFeeLetterView> {
  return apiRequest('POST', `/clients/${encodeURIComponent(clientId)}/late-fee-letters`, { body: letter });
}
