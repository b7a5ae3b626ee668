// The state every small form dialog keeps while it talks to the server: busy, the errors on its fields, and an error
// that belongs to no field. Field errors from the server land on their fields; anything else shows above the form.
import { useState } from 'react';
import { fieldErrorsFrom, type FieldErrors } from './form-errors.ts';

export type DialogSubmit = {
  isBusy: boolean;
  errors: FieldErrors;
  /** The server's refusal when it named no field (shown as an alert), or undefined. */
  error: unknown;
  setErrors(errors: FieldErrors): void;
  /** Clears everything, for a dialog opened afresh. */
  reset(): void;
  /** Runs the request; a refusal that names fields fills `errors` with `messageFor`'s words, any other sets `error`. */
  submit(request: () => Promise<void>): Promise<void>;
};

export function useDialogSubmit(messageFor: (field: string, serverMessage: string) => string): DialogSubmit {
  const [isBusy, setIsBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>();
  return {
    isBusy,
    errors,
    error,
    setErrors,
    reset() {
      setErrors({});
      setError(undefined);
    },
    async submit(request) {
      setIsBusy(true);
      setError(undefined);
      try {
        await request();
      } catch (caught) {
        const fromServer = fieldErrorsFrom(caught, messageFor);
        setErrors(fromServer);
        if (Object.keys(fromServer).length === 0) setError(caught);
      } finally {
        setIsBusy(false);
      }
    },
  };
}
