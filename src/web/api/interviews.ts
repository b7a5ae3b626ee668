// Typed calls for vetting a prospect: interviews with their explained fit, the gut check, the decline draft and the decision.
import type { z } from 'zod';
import type { Client } from '../../schemas/clients.ts';
import type { DecideOutcomeBody, DeclineTemplate, GutCheck, Interview, InterviewAnswers, RecordInterviewBody } from '../../schemas/interviews.ts';
import { apiRequest } from './http.ts';

export type { Interview };
export type Answers = z.infer<typeof InterviewAnswers>;
export type Gut = z.infer<typeof GutCheck>;
export type NewInterview = z.input<typeof RecordInterviewBody>;
export type Decision = z.input<typeof DecideOutcomeBody>;
export type DeclineDraft = z.infer<typeof DeclineTemplate>;

const base = (clientId: string) => `/clients/${encodeURIComponent(clientId)}`;

/** Answers 409 when the client is past vetting (only a lead or someone being interviewed can be interviewed). */
export function recordInterview(clientId: string, body: NewInterview): Promise<Interview> {
  return apiRequest('POST', `${base(clientId)}/interviews`, { body });
}

export async function listInterviews(clientId: string, signal?: AbortSignal): Promise<Interview[]> {
  const page = await apiRequest<{ items: Interview[] }>('GET', `${base(clientId)}/interviews`, { signal });
  return page.items;
}

export function getInterview(clientId: string, interviewId: string, signal?: AbortSignal): Promise<Interview> {
  return apiRequest('GET', `${base(clientId)}/interviews/${encodeURIComponent(interviewId)}`, { signal });
}

export function recordGutCheck(clientId: string, interviewId: string, gut: Gut): Promise<Interview> {
  return apiRequest('PUT', `${base(clientId)}/interviews/${encodeURIComponent(interviewId)}/gut`, { body: gut });
}

/** A polite decline in the client's language, to edit before it goes to the outbox. */
export function getDeclineTemplate(clientId: string, signal?: AbortSignal): Promise<DeclineDraft> {
  return apiRequest('GET', `${base(clientId)}/decline-template`, { signal });
}

export function decideOutcome(clientId: string, body: Decision): Promise<Client> {
  return apiRequest('POST', `${base(clientId)}/vetting-outcome`, { body });
}
