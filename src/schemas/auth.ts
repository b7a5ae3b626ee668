// Contracts for first-run setup, sessions and API tokens.
import { z } from 'zod';
import { Currency, Id, Language, TimeZone } from './common.ts';

export const Password = z
  .string()
  .min(8, 'Use at least 8 characters; a few words in a row make a strong password.')
  .max(256, 'Use at most 256 characters.');

export const SetupBody = z
  .object({
    workspaceName: z.string().trim().min(1, 'Name your business or workspace.').max(200),
    name: z.string().trim().min(1, 'Tell us your name.').max(200),
    email: z.email({ message: 'Enter your email address, like ana@example.com.' }).max(320),
    password: Password,
    language: Language,
    timeZone: TimeZone,
    currency: Currency,
  })
  .strict();
export type SetupBody = z.infer<typeof SetupBody>;

export const SetupStatus = z.object({
  needsSetup: z.boolean().describe('true until the first workspace exists.'),
  isSignupOpen: z.boolean().describe('true when a visitor may create another workspace.'),
});

export const LoginBody = z
  .object({
    email: z.email({ message: 'Enter the email address you signed up with.' }),
    password: z.string().min(1, 'Enter your password.').max(256),
  })
  .strict();

export const SessionInfo = z
  .object({
    user: z.object({ id: Id, name: z.string(), email: z.string(), language: Language }),
    workspace: z.object({ id: Id, name: z.string(), language: Language, timeZone: z.string(), currency: z.string() }),
    csrfToken: z.string().describe('Send as X-CSRF-Token on every write made with the session cookie.'),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const CreateTokenBody = z.object({ name: z.string().trim().min(1, 'Name the token after what will use it.').max(100) }).strict();
export const CreatedToken = z.object({ id: Id, name: z.string(), token: z.string().describe('Shown once; send as Authorization: Bearer <token>.') });
export const TokenSummary = z.object({ id: Id, name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });
export const UpdateLanguageBody = z.object({ language: Language }).strict();
