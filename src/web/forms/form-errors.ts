// Server field errors mapped onto the form's own translated messages, keyed by field path ("contacts.0.email").
import { ApiError } from '../api/http.ts';

export type FieldErrors = Record<string, string>;

/**
 * `messageFor` returns the translated message for a field path; fields it does not know keep a generic message,
 * because the server writes English and the Spanish UI must not show it.
 */
export function fieldErrorsFrom(error: unknown, messageFor: (field: string, serverMessage: string) => string): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const result: FieldErrors = {};
  for (const { field, message } of error.fieldErrors) {
    if (!(field in result)) result[field] = messageFor(field, message);
  }
  return result;
}

/** Moves focus to the first invalid control so keyboard and screen-reader users land on what to fix. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  });
}
