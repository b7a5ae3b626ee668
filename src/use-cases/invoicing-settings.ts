// Reads and saves the invoicing settings (section "invoicing"): seller details, numbering, reminder schedules, reference rates.
import type { Db } from '../db/connect.ts';
import { workspaceSettingsRepository } from '../db/repositories/workspace-settings.ts';
import { accountsRepository } from '../db/repositories/accounts.ts';
import { clientsRepository } from '../db/repositories/clients.ts';
import { isSpanishWorkspace } from '../domain/invoicing/spanish-invoice.ts';
import { AppError } from '../errors.ts';
import { InvoicingSettings } from '../schemas/invoices.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { refreshReminderDates } from './invoicing-support.ts';

const section = 'invoicing';

export const defaultInvoicingSettings: InvoicingSettings = InvoicingSettings.parse({ seller: {} });

export type InvoicingSettingsView = { settings: InvoicingSettings; version: number; isSpanishWorkspace: boolean };

export async function loadInvoicingSettings(db: Db, workspaceId: string): Promise<{ settings: InvoicingSettings; version: number }> {
  const stored = await workspaceSettingsRepository(db, workspaceId).find(section);
  if (!stored) return { settings: defaultInvoicingSettings, version: 0 };
  // Saved settings were validated on the way in; a document of an older shape falls back to the defaults, never to a 500.
  const parsed = InvoicingSettings.safeParse(stored.document);
  return { settings: parsed.success ? parsed.data : defaultInvoicingSettings, version: stored.version };
}

async function view(db: Db, workspaceId: string): Promise<InvoicingSettingsView> {
  const { settings, version } = await loadInvoicingSettings(db, workspaceId);
  const workspace = await accountsRepository(db).findWorkspace(workspaceId);
  return { settings, version, isSpanishWorkspace: isSpanishWorkspace(workspace?.currency ?? '', settings.seller.taxId) };
}

export function getInvoicingSettings({ ctx }: { ctx: WorkspaceContext }): Promise<InvoicingSettingsView> {
  return view(ctx.db, ctx.workspaceId);
}

export async function saveInvoicingSettings({ ctx, settings, version }: { ctx: WorkspaceContext; settings: InvoicingSettings; version: number }): Promise<InvoicingSettingsView> {
  return inTransaction(ctx, async (trx) => {
    const clients = clientsRepository(trx, ctx.workspaceId);
    for (const clientId of Object.keys(settings.clientReminderDays)) {
      if (!(await clients.exists(clientId))) {
        throw new AppError('validation_failed', `settings.clientReminderDays: no client with id ${clientId} in this workspace.`, {
          errors: [{ field: `settings.clientReminderDays.${clientId}`, message: 'Use the id of one of your clients.' }],
        });
      }
    }
    const saved = await workspaceSettingsRepository(trx, ctx.workspaceId).saveIfVersion(section, settings, version, ctx.clock.nowIso());
    if (!saved) throw new AppError('version_conflict', 'These settings were changed elsewhere after you opened them. Reload to see them, then apply your changes again.');
    // A new schedule moves the day each open invoice's next reminder is looked at.
    await refreshReminderDates(trx, ctx.workspaceId, settings);
    return view(trx, ctx.workspaceId);
  });
}
