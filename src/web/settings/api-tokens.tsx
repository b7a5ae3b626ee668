// API tokens: create one (its secret is shown once, with a copy button), see when each was used, revoke with confirmation.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createToken, listTokens, revokeToken, type ApiToken, type NewApiToken } from '../api/tokens.ts';
import { Field } from '../components/field.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { fieldErrorsFrom } from '../forms/form-errors.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { NewTokenPanel } from './new-token-panel.tsx';

export function ApiTokens() {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const formatContext = useFormatContext();
  const tokens = useResource((signal) => listTokens(signal), []);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [createError, setCreateError] = useState<unknown>();
  const [isCreating, setIsCreating] = useState(false);
  const [created, setCreated] = useState<NewApiToken>();
  const [toRevoke, setToRevoke] = useState<ApiToken>();
  const [isRevoking, setIsRevoking] = useState(false);
  const [revokeError, setRevokeError] = useState<unknown>();
  const nameRef = useRef<HTMLInputElement>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setCreateError(undefined);
    if (!name.trim()) {
      setNameError(t('settings.errors.tokenName'));
      nameRef.current?.focus();
      return;
    }
    setNameError(undefined);
    setIsCreating(true);
    try {
      const token = await createToken(name.trim());
      setCreated(token);
      setName('');
      tokens.reload();
    } catch (error) {
      const fieldErrors = fieldErrorsFrom(error, () => t('settings.errors.tokenName'));
      if (fieldErrors.name) {
        setNameError(fieldErrors.name);
        nameRef.current?.focus();
      } else setCreateError(error);
    } finally {
      setIsCreating(false);
    }
  }

  async function revoke() {
    if (!toRevoke) return;
    setIsRevoking(true);
    setRevokeError(undefined);
    try {
      await revokeToken(toRevoke.id);
      showToast(t('settings.revoked', { name: toRevoke.name }));
      tokens.setData((current) => (current ?? []).filter((token) => token.id !== toRevoke.id));
      setToRevoke(undefined);
    } catch (error) {
      setRevokeError(error);
      setToRevoke(undefined);
    } finally {
      setIsRevoking(false);
    }
  }

  return (
    <div className="tokens">
      {created && <NewTokenPanel token={created} onDone={() => setCreated(undefined)} />}

      <form className="tokens__form" onSubmit={create} noValidate>
        {createError !== undefined && <ErrorAlert error={createError} />}
        <Field label={t('settings.tokenName')} hint={t('settings.tokenNameHint')} error={nameError}>
          {(control) => <input ref={nameRef} {...control} className="input" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
        </Field>
        <button type="submit" className="button button--primary" disabled={isCreating} aria-busy={isCreating || undefined}>
          {isCreating ? t('settings.creatingToken') : t('settings.createToken')}
        </button>
      </form>

      {revokeError !== undefined && <ErrorAlert error={revokeError} />}
      {tokens.error !== undefined ? (
        <ErrorAlert error={tokens.error} onRetry={tokens.reload} />
      ) : !tokens.data ? (
        <LoadingState label={t('app.loading')} />
      ) : tokens.data.length === 0 ? (
        <p className="muted">{t('settings.noTokens')}</p>
      ) : (
        <ul className="token-list">
          {tokens.data.map((token) => (
            <li key={token.id} className="token-list__item">
              <div>
                <p className="token-list__name">{token.name}</p>
                <p className="token-list__meta">
                  {t('settings.tokenCreated', { date: formatDateTime(token.createdAt, formatContext) })}
                  {' · '}
                  {token.lastUsedAt ? t('settings.tokenLastUsed', { date: formatDateTime(token.lastUsedAt, formatContext) }) : t('settings.tokenNeverUsed')}
                </p>
              </div>
              <button type="button" className="button button--ghost-danger button--small" onClick={() => setToRevoke(token)}>
                {t('settings.revoke')}
                <span className="visually-hidden"> {token.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <ConfirmDialog
        isOpen={toRevoke !== undefined}
        title={t('settings.revokeTitle', { name: toRevoke?.name ?? '' })}
        confirmLabel={t('settings.revokeConfirm')}
        isDestructive
        isBusy={isRevoking}
        onConfirm={() => void revoke()}
        onCancel={() => setToRevoke(undefined)}
        // The revoked row is gone; continue from the name box rather than from nowhere.
        fallbackFocus={() => nameRef.current}
      >
        <p>{t('settings.revokeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
