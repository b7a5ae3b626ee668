// Contracts for the public intake link, where a prospect answers the interview questions themselves.
import { z } from 'zod';
import { Language, TimeZone } from './common.ts';
import { InterviewAnswers } from './interviews.ts';

export const IntakeLinkInfo = z.object({
  isActive: z.boolean(),
  createdAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

export const CreatedIntakeLink = z.object({
  url: z.string().describe('Shown once: copy it now. Rotating makes a new one and retires the old.'),
  createdAt: z.string(),
  expiresAt: z.string(),
});

export const IntakeParams = z.object({ token: z.string().min(20).max(200) });

export const PublicIntakeInfo = z.object({
  workspaceName: z.string(),
  language: Language,
});

/** What a prospect may tell about themselves: no profile data is asked for or returned. */
export const IntakeSubmission = z
  .object({
    name: z.string().trim().min(1, 'Tell us your name.').max(200),
    email: z.email({ message: 'Enter an email address like ana@example.com, so you can be answered.' }).max(320),
    company: z.string().trim().max(200).default(''),
    phone: z.string().trim().max(50).default(''),
    language: Language,
    timeZone: TimeZone,
    answers: InterviewAnswers.omit({ redFlagsSeen: true }),
    /** Left empty by people; bots fill every field. */
    website: z.string().max(500).default(''),
  })
  .strict();
export type IntakeSubmission = z.infer<typeof IntakeSubmission>;
