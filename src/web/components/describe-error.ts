// Turns any failure into one sentence in the reader's language; the server's English detail is only a last resort.
import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from '../api/http.ts';

const knownCodes = new Set([
  'validation_failed',
  'unauthenticated',
  'csrf_failed',
  'forbidden',
  'setup_closed',
  'not_found',
  'version_conflict',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'internal',
]);

export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (error instanceof ApiError) {
    if (error.code === 'internal') return t('errors.codes.internal', { requestId: error.requestId ?? '—' });
    if (knownCodes.has(error.code)) return t(`errors.codes.${error.code}`);
    return error.detail || t('errors.codes.unknown');
  }
  return t('errors.codes.unknown');
}

export function isNetworkError(error: unknown): boolean {
  return error instanceof NetworkError;
}
