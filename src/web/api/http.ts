// The one door to /api/v1: JSON in and out, the CSRF header on writes, RFC 9457 problems turned into ApiError.
import type { z } from 'zod';
import type { Problem } from '../../schemas/common.ts';

export type ProblemBody = z.infer<typeof Problem>;
export type FieldProblem = NonNullable<ProblemBody['errors']>[number];

/** The server answered with a problem: `code` is stable (used to pick a translated message), `detail` is the server's English text. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: FieldProblem[];
  readonly requestId: string | undefined;

  constructor(status: number, problem: Partial<ProblemBody>) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? (status >= 500 ? 'internal' : 'unknown');
    this.detail = problem.detail ?? '';
    this.fieldErrors = problem.errors ?? [];
    this.requestId = problem.requestId;
  }
}

/** The request never got an answer (offline, server down): the UI offers to try again. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached.', { cause });
    this.name = 'NetworkError';
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);
let csrfToken: string | undefined;
let sessionExpiredHandler: (() => void) | undefined;

/** The session hands us its token; every cookie-authenticated write must echo it or the server refuses. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when a logged-in request answers 401, so the app can send the person to the login page. */
export function onSessionExpired(handler: (() => void) | undefined): void {
  sessionExpiredHandler = handler;
}

export type QueryValue = string | number | boolean | undefined | null;

export type RequestOptions = {
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Public endpoints (setup, login) answer 401 for a wrong password; that must not look like an expired session. */
  isPublic?: boolean;
  /** Extra request headers, e.g. If-Match with the version that was read. */
  headers?: Record<string, string>;
};

function urlFor(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(urlFor(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const error = new ApiError(response.status, (data ?? {}) as Partial<ProblemBody>);
    if (response.status === 401 && !options.isPublic) sessionExpiredHandler?.();
    throw error;
  }
  return data as T;
}
