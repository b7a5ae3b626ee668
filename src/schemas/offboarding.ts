// Contracts for offboarding (DOMAIN.md section 10): the checklist, open items, procedures, the handoff and closing.
import { z } from 'zod';
import { checklistItems } from '../domain/offboarding/checklist.ts';
import { ClientStage } from './clients.ts';
import { Id, Language } from './common.ts';

export const Checklist = z.object(Object.fromEntries(checklistItems.map((item) => [item, z.boolean()])) as Record<(typeof checklistItems)[number], z.ZodBoolean>).strict();

export const OpenItem = z.object({ text: z.string().trim().min(1, 'Say what remains in a few words.').max(1000, 'Keep an item under 1,000 characters.'), isDone: z.boolean().default(false) }).strict();

export const ProcedureStep = z
  .object({
    text: z.string().trim().min(1, 'Write the step, or remove it.').max(2000, 'Keep a step under 2,000 characters.'),
    isConfidential: z.boolean().default(false).describe('A confidential step stays in Sana: it never appears in the handoff document.'),
  })
  .strict();

export const Procedure = z
  .object({
    title: z.string().trim().min(1, 'Name the task, e.g. "Weekly newsletter".').max(200, 'Keep the name under 200 characters.'),
    cadence: z.string().trim().max(200, 'Keep it under 200 characters.').default('').describe('How often, in your words: "every Monday".'),
    steps: z.array(ProcedureStep).max(50, 'At most 50 steps per task.').default([]),
  })
  .strict();

export const SaveOffboardingBody = z
  .object({
    version: z.number().int().min(1).describe('The version you read; a stale version answers 409 and nothing changes.'),
    checklist: Checklist,
    workStatus: z.string().max(20000, 'Keep it under 20,000 characters.').default('').describe('Where the work stands.'),
    openItems: z.array(OpenItem).max(100, 'At most 100 open items.').default([]),
    procedures: z.array(Procedure).max(50, 'At most 50 tasks.').default([]),
  })
  .strict();
export type SaveOffboardingBody = z.infer<typeof SaveOffboardingBody>;

export const CloseOffboardingBody = z
  .object({
    version: z.number().int().min(1).describe('The offboarding version you read.'),
    isToxic: z.boolean().describe('true when the relationship was toxic: Sana then opens a recovery page.'),
  })
  .strict();
export type CloseOffboardingBody = z.infer<typeof CloseOffboardingBody>;

export const Offboarding = z
  .object({
    clientId: Id,
    clientName: z.string(),
    clientLanguage: Language,
    stage: ClientStage,
    checklist: Checklist,
    workStatus: z.string(),
    openItems: z.array(z.object({ text: z.string(), isDone: z.boolean() })),
    procedures: z.array(z.object({ title: z.string(), cadence: z.string(), steps: z.array(z.object({ text: z.string(), isConfidential: z.boolean() })) })),
    isToxic: z.boolean(),
    isClosed: z.boolean(),
    hasRecovery: z.boolean(),
    version: z.number().int(),
    startedAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'Offboarding' });
export type Offboarding = z.infer<typeof Offboarding>;

export const HandoffQuery = z.object({ format: z.enum(['pdf', 'md']).default('pdf').describe('pdf or md (Markdown).') });
