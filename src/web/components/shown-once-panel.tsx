// The one moment a secret (an API token, an intake link) is visible: show it, offer to copy it, say it will not be shown again.
import { useEffect, useRef, useState } from 'react';

export type ShownOnceText = { title: string; body: string; valueLabel: string; copy: string; copied: string; copyFailed: string; done: string };

export function ShownOncePanel({ id, value, text, onDone }: { id: string; value: string; text: ShownOnceText; onDone(): void }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const panelRef = useRef<HTMLDivElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);

  // Land on the panel so the person sees (and hears) the secret before anything else.
  useEffect(() => panelRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopyState('copied');
    } catch {
      // Clipboard access can be refused; selecting the text makes copying by hand one keystroke.
      valueRef.current?.select();
      setCopyState('failed');
    }
  }

  return (
    <div ref={panelRef} className="new-token" tabIndex={-1} role="region" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="new-token__title">
        {text.title}
      </h3>
      <p>{text.body}</p>
      <div className="new-token__row">
        <label className="visually-hidden" htmlFor={`${id}-value`}>
          {text.valueLabel}
        </label>
        <input ref={valueRef} id={`${id}-value`} className="input new-token__value" readOnly value={value} onFocus={(e) => e.target.select()} />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {text.copy}
        </button>
      </div>
      <p className="new-token__status" role="status">
        {copyState === 'copied' ? text.copied : copyState === 'failed' ? text.copyFailed : ''}
      </p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        {text.done}
      </button>
    </div>
  );
}
