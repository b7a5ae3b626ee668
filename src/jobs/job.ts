// What a scheduled job is: a name and an idempotent run that does whatever is due at `now`.
import type { AppDeps } from '../use-cases/context.ts';
import type { Mailer } from '../outputs/email/smtp-transport.ts';

export type JobContext = AppDeps & { mailer: Mailer | undefined; smtpFrom: string };

export type JobResult = { done: number; failed: number };

export type Job = {
  name: string;
  /** Must be safe to run twice for the same moment: every effect is keyed so it happens once. */
  run(ctx: JobContext): Promise<JobResult>;
};
