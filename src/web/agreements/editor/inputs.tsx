// Small labelled controls for the agreement editor: each one holds a value of the document and reports a new one.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, CheckboxField } from '../../components/field.tsx';
import { MoneyInput } from '../../components/money-input.tsx';
import { currencyDigits, moneyToInput, parseMoney } from '../../forms/money.ts';

type Base = { label: ReactNode; hint?: ReactNode; error?: string; isOptional?: boolean; className?: string };

export function TextInput({ value, onChange, ...field }: Base & { value: string; onChange(value: string): void }) {
  return <Field {...field}>{(control) => <input {...control} className="input" value={value} onChange={(event) => onChange(event.target.value)} />}</Field>;
}

export function TextArea({ value, onChange, rows = 3, ...field }: Base & { value: string; rows?: number; onChange(value: string): void }) {
  return <Field {...field}>{(control) => <textarea {...control} className="input textarea" rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />}</Field>;
}

/** A list of short texts, one per line: the simplest editor that works with a keyboard and a screen reader alike. */
export function LinesInput({ value, onChange, rows = 3, ...field }: Base & { value: string[]; rows?: number; onChange(value: string[]): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value.join('\n'));
  // Keep what is being typed (blank lines included) unless the list changed from outside, e.g. after a reload.
  useEffect(() => {
    if (text.split('\n').map((line) => line.trim()).filter(Boolean).join('\n') !== value.join('\n')) setText(value.join('\n'));
  }, [value.join('\n')]);
  return (
    <Field {...field} hint={field.hint ?? t('agreements.editor.onePerLine')}>
      {(control) => (
        <textarea
          {...control}
          className="input textarea"
          rows={rows}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onChange(event.target.value.split('\n').map((line) => line.trim()).filter(Boolean));
          }}
        />
      )}
    </Field>
  );
}

export function NumberInput({ value, onChange, min = 0, max, step = 1, ...field }: Base & { value: number | null; min?: number; max?: number; step?: number; onChange(value: number | null): void }) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          className="input input--number"
          type="number"
          inputMode={step < 1 ? 'decimal' : 'numeric'}
          min={min}
          max={max}
          step={step}
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
        />
      )}
    </Field>
  );
}

export function DateInput({ value, onChange, ...field }: Base & { value: string | null; onChange(value: string | null): void }) {
  return <Field {...field}>{(control) => <input {...control} className="input input--date" type="date" value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} />}</Field>;
}

export function SelectInput<T extends string>({ value, options, onChange, ...field }: Base & { value: T; options: readonly { value: T; label: string }[]; onChange(value: T): void }) {
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} className="input" value={value} onChange={(event) => onChange(event.target.value as T)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Toggle({ label, hint, checked, onChange }: { label: ReactNode; hint?: ReactNode; checked: boolean; onChange(checked: boolean): void }) {
  return <CheckboxField label={label} hint={hint} checked={checked} onChange={onChange} />;
}

/**
 * Money typed the reader's way ("1.500,50" or "1,500.50") and stored as integer minor units. What cannot be read as
 * an amount stays on screen with a message and the document keeps its last good amount.
 */
export function MoneyField({ value, currency, onChange, isNullable, ...field }: Base & { value: number | null; currency: string; isNullable?: boolean; onChange(value: number | null): void }) {
  const { t, i18n } = useTranslation();
  const digits = currencyDigits(currency);
  const [text, setText] = useState(moneyToInput(value, digits, i18n.language));
  const [isInvalid, setIsInvalid] = useState(false);
  useEffect(() => {
    const parsed = parseMoney(text, digits);
    if ((parsed ?? null) !== value) {
      setText(moneyToInput(value, digits, i18n.language));
      setIsInvalid(false);
    }
  }, [value, digits]);
  return (
    <Field {...field} isOptional={field.isOptional ?? isNullable} error={isInvalid ? t('agreements.editor.notAnAmount') : field.error}>
      {(control) => (
        <MoneyInput
          {...control}
          currency={currency}
          value={text}
          onChange={(next) => {
            setText(next);
            const parsed = parseMoney(next, digits);
            if (parsed === null) return setIsInvalid(true);
            setIsInvalid(false);
            onChange(parsed === undefined ? (isNullable ? null : 0) : parsed);
          }}
        />
      )}
    </Field>
  );
}
