// The workspace's public intake link: see whether one is active, or make a new one (which retires the old).
import { intakeLinksRepository } from '../db/repositories/intake-links.ts';
import { newSecret, sha256Hex } from '../security/secrets.ts';
import { toIso } from '../clock.ts';
import { inTransaction, type WorkspaceContext } from './context.ts';

/** Long enough to print on a website for a season; short enough that a forgotten link stops working. */
export const INTAKE_LINK_DAYS = 180;

export async function getIntakeLinkInfo({ ctx }: { ctx: WorkspaceContext }) {
  const current = await intakeLinksRepository(ctx.db, ctx.workspaceId).current(ctx.clock.nowIso());
  return { isActive: current !== undefined, createdAt: current?.created_at ?? null, expiresAt: current?.expires_at ?? null };
}

export async function rotateIntakeLink({ ctx }: { ctx: WorkspaceContext }) {
  const token = newSecret();
  return inTransaction(ctx, async (trx) => {
    const links = intakeLinksRepository(trx, ctx.workspaceId);
    const now = ctx.clock.now();
    await links.revokeAll(toIso(now));
    const created = await links.insert(sha256Hex(token), toIso(now), toIso(now.add({ hours: 24 * INTAKE_LINK_DAYS })));
    return { url: `${ctx.publicUrl}/intake/${token}`, createdAt: created.createdAt, expiresAt: created.expiresAt };
  });
}

export async function revokeIntakeLink({ ctx }: { ctx: WorkspaceContext }): Promise<void> {
  await intakeLinksRepository(ctx.db, ctx.workspaceId).revokeAll(ctx.clock.nowIso());
}

