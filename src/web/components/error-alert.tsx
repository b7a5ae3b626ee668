// An error said out loud (role="alert"), with a way forward: try again, or whatever action fits.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error.ts';

type ErrorAlertProps = {
  error?: unknown;
  /** Text to show instead of describing `error`. */
  message?: string;
  title?: string;
  onRetry?: () => void;
  children?: ReactNode;
};

export function ErrorAlert({ error, message, title, onRetry, children }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert">
      {title && <p className="alert__title">{title}</p>}
      <p>{message ?? describeError(error, t)}</p>
      {(onRetry || children) && (
        <div className="alert__actions">
          {onRetry && (
            <button type="button" className="button button--secondary" onClick={onRetry}>
              {t('common.retry')}
            </button>
          )}
          {children}
        </div>
      )}
    </div>
  );
}
