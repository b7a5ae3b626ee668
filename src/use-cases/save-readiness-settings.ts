// Saves the readiness thresholds; a stale version is refused so two tabs cannot silently overwrite each other.
import { AppError } from '../errors.ts';
import { workspaceSettingsRepository } from '../db/repositories/workspace-settings.ts';
import type { ReadinessSettings } from '../domain/readiness/settings.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';
import { loadReadinessSettings, readinessSettingsSection, type ReadinessSettingsView } from './get-readiness-settings.ts';

export type SaveReadinessSettingsOptions = { ctx: WorkspaceContext; settings: ReadinessSettings; expectedVersion: number };

export function saveReadinessSettings({ ctx, settings, expectedVersion }: SaveReadinessSettingsOptions): Promise<ReadinessSettingsView> {
  return inTransaction(ctx, async (trx) => {
    if (!(await workspaceSettingsRepository(trx, ctx.workspaceId).saveIfVersion(readinessSettingsSection, settings, expectedVersion, ctx.clock.nowIso()))) {
      const current = await loadReadinessSettings(trx, ctx.workspaceId);
      throw new AppError('version_conflict', 'These settings were saved elsewhere after you opened them. Reload to see that version, then apply your changes again.', { currentVersion: current.version });
    }
    return loadReadinessSettings(trx, ctx.workspaceId);
  });
}
