// Reads and saves the relationship thresholds (section "relationship"); until the freelancer changes them, the defaults apply.
import type { Db } from '../db/connect.ts';
import { workspaceSettingsRepository } from '../db/repositories/workspace-settings.ts';
import { defaultBoundarySettings } from '../domain/boundaries/boundary-settings.ts';
import { defaultConcernSettings } from '../domain/concerns/concern-settings.ts';
import { defaultExtrasSettings } from '../domain/extras/extras-settings.ts';
import { defaultHealthSettings } from '../domain/health/health-settings.ts';
import { AppError } from '../errors.ts';
import { RelationshipSettings } from '../schemas/relationship.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

const section = 'relationship';

export const defaultRelationshipSettings: RelationshipSettings = {
  boundaries: defaultBoundarySettings,
  extras: defaultExtrasSettings,
  concerns: defaultConcernSettings,
  health: defaultHealthSettings,
};

export type RelationshipSettingsView = { settings: RelationshipSettings; version: number; isDefault: boolean };

export async function loadRelationshipSettings(db: Db, workspaceId: string): Promise<RelationshipSettingsView> {
  const stored = await workspaceSettingsRepository(db, workspaceId).find(section);
  if (!stored) return { settings: defaultRelationshipSettings, version: 0, isDefault: true };
  // Saved settings were validated on the way in; a document from an older shape falls back to the defaults, never to a 500.
  const parsed = RelationshipSettings.safeParse(stored.document);
  return { settings: parsed.success ? parsed.data : defaultRelationshipSettings, version: stored.version, isDefault: false };
}

export function getRelationshipSettings({ ctx }: { ctx: WorkspaceContext }): Promise<RelationshipSettingsView> {
  return loadRelationshipSettings(ctx.db, ctx.workspaceId);
}

export async function saveRelationshipSettings({ ctx, settings, version }: { ctx: WorkspaceContext; settings: RelationshipSettings; version: number }): Promise<RelationshipSettingsView> {
  return inTransaction(ctx, async (trx) => {
    const saved = await workspaceSettingsRepository(trx, ctx.workspaceId).saveIfVersion(section, settings, version, ctx.clock.nowIso());
    if (!saved) throw new AppError('version_conflict', 'These settings were changed elsewhere after you opened them. Reload to see them, then apply your changes again.');
    return loadRelationshipSettings(trx, ctx.workspaceId);
  });
}
