// Every error leaves as RFC 9457 problem+json: which field, what is wrong, what to do. Unknown errors get a request id.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorStatus, type FieldError } from '../errors.ts';

const titles: Record<keyof typeof errorStatus, string> = {
  validation_failed: 'Some fields need fixing',
  unauthenticated: 'Log in first',
  csrf_failed: 'Reload the page and try again',
  forbidden: 'Not allowed',
  setup_closed: 'Setup is closed',
  not_found: 'Not found',
  version_conflict: 'Changed by someone else',
  conflict: 'Already exists',
  payload_too_large: 'Too large',
  unprocessable: 'Something is missing first',
  rate_limited: 'Too many attempts',
  internal: 'Something went wrong on our side',
};

type ZodIssueLike = { keyword?: string; instancePath?: string; message?: string; params?: { keys?: unknown; issue?: { path?: (string | number)[]; message?: string } } };

function fieldErrorsFromValidation(error: FastifyError & { validation?: unknown[]; validationContext?: string }): FieldError[] {
  return (error.validation ?? []).flatMap((raw) => {
    const issue = raw as ZodIssueLike;
    const path = issue.params?.issue?.path ?? issue.instancePath?.split('/').filter(Boolean) ?? [];
    // An unknown key is reported on its parent object; name the key itself so the caller knows what to remove.
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params?.keys)) {
      return issue.params.keys.map((key) => ({ field: [...path, String(key)].join('.'), message: 'Unknown field: remove it, or check its spelling.' }));
    }
    const field = path.length > 0 ? path.join('.') : (error.validationContext ?? 'body');
    return [{ field, message: issue.params?.issue?.message ?? issue.message ?? 'Invalid value.' }];
  });
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  const status = error.status;
  return reply
    .code(status)
    .type('application/problem+json')
    // Serialize here, not through the route's Problem schema, which would strip extension members such as currentVersion.
    .serializer(JSON.stringify)
    .send({
      type: `https://sana.invalid/problems/${error.code}`,
      title: titles[error.code],
      status,
      detail: error.message,
      code: error.code,
      instance: request.url,
      requestId: request.id,
      ...error.details,
    });
}

export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError & { validation?: unknown[] };
  if (hasZodFastifySchemaValidationErrors(fastifyError) || Array.isArray(fastifyError.validation)) {
    const errors = fieldErrorsFromValidation(fastifyError);
    const summary = errors.map((e) => `${e.field}: ${e.message}`).join(' ');
    return new AppError('validation_failed', `Fix these fields and send again. ${summary}`, { errors });
  }
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || (fastifyError.statusCode === 400 && fastifyError.name === 'SyntaxError')) {
    return new AppError('validation_failed', 'The request body is not valid JSON. Send a JSON object.', { errors: [{ field: 'body', message: 'Not valid JSON.' }] });
  }
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new AppError('validation_failed', 'Send the body as JSON with Content-Type: application/json.', { errors: [{ field: 'body', message: 'Unsupported content type.' }] });
  }
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('payload_too_large', 'The request body is too large. Send less at once.');
  if (fastifyError.statusCode === 429) return new AppError('rate_limited', 'Too many attempts. Wait a minute, then try again.');
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError('validation_failed', fastifyError.message);
  }
  return undefined;
}
