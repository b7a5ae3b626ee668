// An amount of money typed as the reader writes it, with the currency shown beside it; the page parses the text.
import type { InputHTMLAttributes } from 'react';

type MoneyInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> & {
  value: string;
  currency: string;
  onChange(value: string): void;
};

export function MoneyInput({ value, currency, onChange, className, ...rest }: MoneyInputProps) {
  return (
    <span className="money-input">
      <input {...rest} type="text" inputMode="decimal" autoComplete="off" className={['input', 'money-input__field', className ?? ''].filter(Boolean).join(' ')} value={value} onChange={(event) => onChange(event.target.value)} />
      <span className="money-input__currency" aria-hidden="true">
        {currency}
      </span>
    </span>
  );
}
