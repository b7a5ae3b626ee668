// Which workspace a CLI command acts on: the only one, or the one named with --workspace.
import type { Db } from '../db/connect.ts';

export async function resolveWorkspaceId(db: Db, requested?: string): Promise<string> {
  const workspaces = await db.selectFrom('workspaces').select(['id', 'name']).orderBy('created_at').execute();
  if (requested) {
    if (!workspaces.some((w) => w.id === requested)) throw new Error(`No workspace with id ${requested}. Known: ${workspaces.map((w) => `${w.id} (${w.name})`).join(', ') || 'none'}.`);
    return requested;
  }
  const [only, ...others] = workspaces;
  if (!only) throw new Error('No workspace yet. Start Sana (npm start) and complete the first-run wizard, or run `sana demo`.');
  if (others.length > 0) throw new Error(`This database holds ${workspaces.length} workspaces; pick one with --workspace: ${workspaces.map((w) => `${w.id} (${w.name})`).join(', ')}.`);
  return only.id;
}
