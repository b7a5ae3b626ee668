// Reads the readiness thresholds; a workspace that never saved them uses the domain's defaults.
import type { Db } from '../db/connect.ts';
import { workspaceSettingsRepository } from '../db/repositories/workspace-settings.ts';
import { defaultReadinessSettings, type ReadinessSettings as Settings } from '../domain/readiness/settings.ts';
import { ReadinessSettings } from '../schemas/readiness.ts';
import type { WorkspaceContext } from './context.ts';

export const readinessSettingsSection = 'readiness';

export type ReadinessSettingsView = { settings: Settings; version: number; updatedAt: string | null };

export async function loadReadinessSettings(db: Db, workspaceId: string): Promise<ReadinessSettingsView> {
  const stored = await workspaceSettingsRepository(db, workspaceId).find(readinessSettingsSection);
  if (!stored) return { settings: defaultReadinessSettings, version: 0, updatedAt: null };
  // A document saved before a setting existed gets that setting's default; one that no longer validates falls back whole.
  const parsed = ReadinessSettings.safeParse({ ...defaultReadinessSettings, ...(stored.document as object) });
  return { settings: parsed.success ? parsed.data : defaultReadinessSettings, version: stored.version, updatedAt: stored.updatedAt };
}

export function getReadinessSettings({ ctx }: { ctx: WorkspaceContext }): Promise<ReadinessSettingsView> {
  return loadReadinessSettings(ctx.db, ctx.workspaceId);
}
