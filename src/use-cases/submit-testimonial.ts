// A client leaves a testimonial in their portal: it lands on their timeline, with whether it may be published.
import { eventsRepository } from '../db/repositories/events.ts';
import type { TestimonialSubmission } from '../schemas/portal.ts';
import { inTransaction, type AppDeps } from './context.ts';
import { openPortal } from './open-portal.ts';

/** "Ana Ruiz, Marketing lead": what the freelancer would print under the quote; empty when the client gave neither. */
export function attributionOf(name: string, role: string): string {
  return [name.trim(), role.trim()].filter((part) => part !== '').join(', ');
}

export async function submitTestimonial({ deps, token, input }: { deps: AppDeps; token: string; input: TestimonialSubmission }): Promise<{ isReceived: true }> {
  const portal = await openPortal(deps, token);
  await inTransaction(deps, async (trx) => {
    const now = deps.clock.nowIso();
    const payload = { summary: input.text, attribution: attributionOf(input.name, input.role), canPublish: input.canPublish, via: 'portal' };
    await eventsRepository(trx, portal.workspaceId).append({ clientId: portal.client.id, type: 'testimonial', occurredAt: now, payload, isConfidential: false }, now);
  });
  return { isReceived: true };
}
