// Reads and saves the agreement settings (section "agreements"): signing order and how early the renegotiation reminder comes.
import type { Db } from '../db/connect.ts';
import { workspaceSettingsRepository } from '../db/repositories/workspace-settings.ts';
import { defaultAgreementSettings, type AgreementSettings } from '../domain/agreements/lifecycle.ts';
import { AppError } from '../errors.ts';
import { AgreementSettings as AgreementSettingsSchema } from '../schemas/agreements.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

const section = 'agreements';

export type AgreementSettingsView = { settings: AgreementSettings; version: number; isDefault: boolean };

export async function loadAgreementSettings(db: Db, workspaceId: string): Promise<AgreementSettingsView> {
  const stored = await workspaceSettingsRepository(db, workspaceId).find(section);
  if (!stored) return { settings: defaultAgreementSettings, version: 0, isDefault: true };
  const parsed = AgreementSettingsSchema.safeParse(stored.document);
  return { settings: parsed.success ? parsed.data : defaultAgreementSettings, version: stored.version, isDefault: false };
}

export function getAgreementSettings({ ctx }: { ctx: WorkspaceContext }): Promise<AgreementSettingsView> {
  return loadAgreementSettings(ctx.db, ctx.workspaceId);
}

export async function saveAgreementSettings({ ctx, settings, version }: { ctx: WorkspaceContext; settings: AgreementSettings; version: number }): Promise<AgreementSettingsView> {
  return inTransaction(ctx, async (trx) => {
    const isSaved = await workspaceSettingsRepository(trx, ctx.workspaceId).saveIfVersion(section, settings, version, ctx.clock.nowIso());
    if (!isSaved) throw new AppError('version_conflict', 'These settings were changed elsewhere after you opened them. Reload to see them, then apply your changes again.');
    return loadAgreementSettings(trx, ctx.workspaceId);
  });
}
