// Contracts for recovery after a toxic client (DOMAIN.md section 11): rest, neglected clients, self-review, lessons.
import { z } from 'zod';
import { lessonTargets, reviewPrompts } from '../domain/recovery/self-review.ts';
import { Id, Language } from './common.ts';
import { PlainDate } from './exit-plans.ts';

const Answer = z.string().max(20000, 'Keep an answer under 20,000 characters.');
const LessonText = z.string().trim().min(1, 'Write the lesson in a few words.').max(200, 'Keep a lesson under 200 characters.');

export const UpdateRecoveryBody = z
  .object({
    version: z.number().int().min(1).describe('The version you read; a stale version answers 409 and nothing changes.'),
    periodStart: PlainDate.optional().describe('First day of the hard period.'),
    periodEnd: PlainDate.optional().describe('Last day of the hard period.'),
    restStart: PlainDate.nullable().optional().describe('First day of rest; null clears the rest block.'),
    restEnd: PlainDate.nullable().optional().describe('Last day of rest.'),
    review: z
      .object({
        answers: z.object(Object.fromEntries(reviewPrompts.map((prompt) => [prompt, Answer.default('')])) as Record<(typeof reviewPrompts)[number], z.ZodDefault<typeof Answer>>).strict(),
        lessons: z.array(z.object({ text: LessonText }).strict()).max(30, 'At most 30 lessons.').default([]),
      })
      .strict()
      .optional(),
  })
  .strict();
export type UpdateRecoveryBody = z.infer<typeof UpdateRecoveryBody>;

export const QueueAvailabilityBody = z
  .object({
    otherClientId: Id.describe('The client to write to; the message goes to their first contact email.'),
    subject: z.string().trim().min(1, 'Give the message a subject.').max(300, 'Keep the subject under 300 characters.'),
    body: z.string().trim().min(1, 'Write the message.').max(20000, 'Keep the message under 20,000 characters.'),
  })
  .strict();
export type QueueAvailabilityBody = z.infer<typeof QueueAvailabilityBody>;

export const AddLessonBody = z.object({ text: LessonText, target: z.enum(lessonTargets).describe('red_flags or avoid_work.') }).strict();
export type AddLessonBody = z.infer<typeof AddLessonBody>;

export const SlippedClient = z.object({
  clientId: Id.nullable(),
  clientName: z.string(),
  language: Language.nullable(),
  email: z.string().nullable().describe('Where the message would go; null when the client has no contact email.'),
  slips: z.array(z.object({ occurredAt: z.string(), summary: z.string() })),
  draft: z.object({ subject: z.string(), body: z.string() }),
  isQueued: z.boolean().describe('A message was already queued for this client during this recovery.'),
});

export const Recovery = z
  .object({
    clientId: Id,
    clientName: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    restStart: z.string().nullable(),
    restEnd: z.string().nullable(),
    review: z.object({ answers: z.record(z.string(), z.string()), lessons: z.array(z.object({ text: z.string(), addedTo: z.array(z.enum(lessonTargets)) })) }),
    slipped: z.array(SlippedClient),
    version: z.number().int(),
  })
  .meta({ id: 'Recovery' });
export type Recovery = z.infer<typeof Recovery>;
