// An ordered choice (favourite first): move items up and down with buttons, remove them, add the ones left out.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type RankedListProps<T extends string> = {
  legend: string;
  hint?: string;
  items: T[];
  options: readonly T[];
  labelFor(item: T): string;
  onChange(items: T[]): void;
  error?: string;
  /** The fewest items that must stay (1 for the freelancer's channels). */
  minItems?: number;
};

export function RankedList<T extends string>({ legend, hint, items, options, labelFor, onChange, error, minItems = 0 }: RankedListProps<T>) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const left = options.filter((option) => !items.includes(option));

  function focusLater(selector: string, fallback?: string) {
    requestAnimationFrame(() => {
      const target = rootRef.current?.querySelector<HTMLElement>(selector);
      if (target && !(target as HTMLButtonElement).disabled) target.focus();
      else if (fallback) rootRef.current?.querySelector<HTMLElement>(fallback)?.focus();
    });
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(target, 0, item);
    onChange(next);
    setAnnouncement(t('ranked.moved', { item: labelFor(item), position: target + 1, total: next.length }));
    // Keep the keyboard on the item that moved, so pressing again keeps moving it.
    const direction = by < 0 ? 'up' : 'down';
    const other = by < 0 ? 'down' : 'up';
    focusLater(`[data-item="${item}"][data-move="${direction}"]`, `[data-item="${item}"][data-move="${other}"]`);
  }

  function remove(index: number) {
    const item = items[index];
    if (item === undefined) return;
    onChange(items.filter((_, i) => i !== index));
    setAnnouncement(t('ranked.removed', { item: labelFor(item) }));
    focusLater(`[data-add="${item}"]`);
  }

  function add(item: T) {
    const next = [...items, item];
    onChange(next);
    setAnnouncement(t('ranked.added', { item: labelFor(item), position: next.length }));
    focusLater(`[data-item="${item}"][data-move="up"]`, `[data-item="${item}"][data-remove]`);
  }

  return (
    <fieldset ref={rootRef} className={`ranked${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">{legend}</legend>
      {hint && <p className="field__hint ranked__hint">{hint}</p>}
      {error && (
        <p className="field__error">
          <span aria-hidden="true">! </span>
          {error}
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted">{t('ranked.empty')}</p>
      ) : (
        <ol className="ranked__list">
          {items.map((item, index) => {
            const label = labelFor(item);
            return (
              <li key={item} className="ranked__item">
                <span className="ranked__position" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="ranked__label">{label}</span>
                <span className="ranked__buttons">
                  <button type="button" className="icon-button" data-item={item} data-move="up" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('ranked.moveUp', { item: label })}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button type="button" className="icon-button" data-item={item} data-move="down" disabled={index === items.length - 1} onClick={() => move(index, 1)} aria-label={t('ranked.moveDown', { item: label })}>
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button type="button" className="icon-button icon-button--danger" data-item={item} data-remove="" disabled={items.length <= minItems} onClick={() => remove(index)} aria-label={t('ranked.remove', { item: label })}>
                    <span aria-hidden="true">×</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {left.length > 0 && (
        <div className="ranked__add">
          <span className="ranked__add-label">{t('ranked.addLabel')}</span>
          {left.map((option) => (
            <button key={option} type="button" className="chip" data-add={option} onClick={() => add(option)} aria-label={t('ranked.add', { item: labelFor(option) })}>
              <span aria-hidden="true">+ </span>
              {labelFor(option)}
            </button>
          ))}
        </div>
      )}
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </fieldset>
  );
}
