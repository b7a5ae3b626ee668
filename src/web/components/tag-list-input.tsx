// A list of short labels (skills, kinds of work, industries): type and press Enter or Add; each item has its own Remove.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeLabel } from '../../domain/profile/labels.ts';

type TagListInputProps = {
  label: ReactNode;
  /** The label as plain text, for the list's name and the remove buttons. */
  name: string;
  hint?: ReactNode;
  items: string[];
  onChange(items: string[]): void;
  /** An error about the list as a whole. */
  error?: string;
  /** Errors about single items, by index. */
  itemErrors?: Record<number, string>;
  suggestions?: string[];
  placeholder?: string;
  isOptional?: boolean;
  maxItems?: number;
};

export function TagListInput({ label, name, hint, items, onChange, error, itemErrors = {}, suggestions, placeholder, isOptional, maxItems = 100 }: TagListInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const hasItemErrors = Object.keys(itemErrors).length > 0;
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;

  function add(): boolean {
    const value = text.trim().replace(/\s+/g, ' ');
    if (!value) return false;
    if (items.some((item) => normalizeLabel(item) === normalizeLabel(value))) {
      setAnnouncement(t('tags.alreadyListed', { item: value }));
      setText('');
      return false;
    }
    if (items.length >= maxItems) return false;
    onChange([...items, value]);
    setAnnouncement(t('tags.added', { item: value }));
    setText('');
    return true;
  }

  function remove(index: number) {
    const item = items[index] ?? '';
    onChange(items.filter((_, i) => i !== index));
    setAnnouncement(t('tags.removed', { item }));
    // The pressed button is gone: move to the next item's Remove, or back to the text box.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
      const next = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
      (next ?? inputRef.current)?.focus();
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the item instead of submitting the whole form.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  return (
    <div className={`field tags${error || hasItemErrors ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {isOptional && <span className="field__optional"> ({t('common.optional')})</span>}
      </label>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span aria-hidden="true">! </span>
          {error}
        </p>
      )}
      <div className="tags__add">
        <input
          ref={inputRef}
          id={id}
          className="input"
          value={text}
          maxLength={200}
          placeholder={placeholder}
          list={suggestions?.length ? `${id}-suggestions` : undefined}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          // Text typed but not yet added is kept: leaving the box adds it, so nothing typed is lost on Save.
          onBlur={() => add()}
        />
        <button type="button" className="button button--secondary" onClick={() => add()}>
          {t('tags.add')}
          <span className="visually-hidden"> ({name})</span>
        </button>
      </div>
      {suggestions && suggestions.length > 0 && (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {items.length > 0 && (
        <ul ref={listRef} className="tags__list" aria-label={name}>
          {items.map((item, index) => (
            <li key={`${item}-${index}`} className={`tag${itemErrors[index] ? ' tag--invalid' : ''}`}>
              <span className="tag__text">{item}</span>
              <button type="button" className="tag__remove" onClick={() => remove(index)} aria-label={t('tags.remove', { item })} aria-describedby={itemErrors[index] ? `${id}-item-${index}` : undefined}>
                <span aria-hidden="true">×</span>
              </button>
              {itemErrors[index] && (
                <span className="tag__error" id={`${id}-item-${index}`}>
                  {itemErrors[index]}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </div>
  );
}
