// Assertions for RFC 9457 problem+json answers: status, code, and which fields the errors name.
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
  [key: string]: unknown;
};

/** Checks the answer is a problem+json with this status (and code, and a named field when given); returns its body. */
export function expectProblem(response: LightMyRequestResponse, status: number, { code, field }: { code?: string; field?: string } = {}): ProblemBody {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as ProblemBody;
  expect(body.status).toBe(status);
  expect(body.type).toMatch(/^https:\/\/sana\.invalid\/problems\//);
  expect(body.title).toEqual(expect.any(String));
  expect(body.detail.length).toBeGreaterThan(0);
  if (code) expect(body.code).toBe(code);
  if (field !== undefined) {
    expect(body.errors, `errors[] should name ${field}: ${response.body}`).toBeDefined();
    expect(body.errors?.map((e) => e.field)).toContain(field);
    for (const error of body.errors ?? []) expect(error.message.length).toBeGreaterThan(0);
  }
  return body;
}

/** Field names the problem's errors[] mention. */
export function problemFields(response: LightMyRequestResponse): string[] {
  return ((response.json() as ProblemBody).errors ?? []).map((e) => e.field);
}
