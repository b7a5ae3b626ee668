// Sends queued emails over SMTP, each claimed first so two servers never send the same one; retries with backoff.
import { Temporal } from 'temporal-polyfill';
import { toIso } from '../clock.ts';
import { outboxDeliveryRepository } from '../db/repositories/outbox.ts';
import type { Job, JobContext, JobResult } from './job.ts';

const RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 720];
const BATCH_SIZE = 50;
const CLAIM_MINUTES = 5;

export const deliverOutboxJob: Job = {
  name: 'deliver-outbox',
  async run(ctx: JobContext): Promise<JobResult> {
    if (!ctx.mailer) return { done: 0, failed: 0 };
    const outbox = outboxDeliveryRepository(ctx.db);
    const now = ctx.clock.now();
    const nowIso = toIso(now);
    let done = 0;
    let failed = 0;
    for (const id of await outbox.dueIds(nowIso, BATCH_SIZE)) {
      const message = await outbox.claim(id, nowIso, toIso(now.add({ minutes: CLAIM_MINUTES })));
      if (!message) continue;
      try {
        // The outbox id doubles as Message-ID, so a receiving server can drop a duplicate after a crash mid-send.
        await ctx.mailer.send({ from: ctx.smtpFrom, to: message.to_address, subject: message.subject, text: message.body_text, messageId: `<${message.id}@sana>` });
        await outbox.markSent(id, toIso(ctx.clock.now()));
        done += 1;
      } catch (error) {
        const delay = RETRY_DELAYS_MINUTES[message.attempts];
        const isFinal = delay === undefined;
        const next = toIso(Temporal.Instant.from(nowIso).add({ minutes: delay ?? 0 }));
        await outbox.markAttemptFailed(id, error instanceof Error ? error.message : String(error), next, isFinal);
        failed += 1;
      }
    }
    return { done, failed };
  },
};
