// The notice period, the safe runway and the hard period: read (defaults until saved) and saved with a version check.
import { AppError } from '../errors.ts';
import { workspaceSettingsRepository } from '../db/repositories/workspace-settings.ts';
import type { OffboardingSettings } from '../domain/offboarding/offboarding-settings.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadOffboardingSettings, offboardingSettingsSection } from './offboarding-support.ts';

export function getOffboardingSettings({ ctx }: { ctx: WorkspaceContext }): Promise<{ settings: OffboardingSettings; version: number }> {
  return loadOffboardingSettings(ctx.db, ctx.workspaceId);
}

export async function saveOffboardingSettings({ ctx, settings, version }: { ctx: WorkspaceContext; settings: OffboardingSettings; version: number }) {
  return inTransaction(ctx, async (trx) => {
    if (!(await workspaceSettingsRepository(trx, ctx.workspaceId).saveIfVersion(offboardingSettingsSection, settings, version, ctx.clock.nowIso()))) {
      const current = await loadOffboardingSettings(trx, ctx.workspaceId);
      throw new AppError('version_conflict', 'These settings were saved elsewhere after you opened them. Reload, then apply your change again.', { currentVersion: current.version });
    }
    return loadOffboardingSettings(trx, ctx.workspaceId);
  });
}
