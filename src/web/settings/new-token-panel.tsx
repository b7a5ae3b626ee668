// The one moment a token's secret is visible: show it, offer to copy it, and say it will not be shown again.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewApiToken } from '../api/tokens.ts';

export function NewTokenPanel({ token, onDone }: { token: NewApiToken; onDone(): void }) {
  const { t } = useTranslation();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const panelRef = useRef<HTMLDivElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);

  // Land on the panel so the person sees (and hears) the secret before anything else.
  useEffect(() => panelRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopyState('copied');
    } catch {
      // Clipboard access can be refused; selecting the text makes copying by hand one keystroke.
      valueRef.current?.select();
      setCopyState('failed');
    }
  }

  return (
    <div ref={panelRef} className="new-token" tabIndex={-1} role="region" aria-labelledby="new-token-title">
      <h3 id="new-token-title" className="new-token__title">
        {t('settings.newTokenTitle', { name: token.name })}
      </h3>
      <p>{t('settings.newTokenBody')}</p>
      <div className="new-token__row">
        <label className="visually-hidden" htmlFor="new-token-value">
          {t('settings.tokenValue')}
        </label>
        <input ref={valueRef} id="new-token-value" className="input new-token__value" readOnly value={token.token} onFocus={(e) => e.target.select()} />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {t('settings.copyToken')}
        </button>
      </div>
      <p className="new-token__status" role="status">
        {copyState === 'copied' ? t('settings.tokenCopied') : copyState === 'failed' ? t('settings.copyFailed') : ''}
      </p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        {t('settings.dismissToken')}
      </button>
    </div>
  );
}
