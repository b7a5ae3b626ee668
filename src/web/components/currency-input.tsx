// A currency code box: common currencies suggested with their names in the reader's language, any ISO code accepted.
import { useId, useMemo, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { allCurrencies } from '../forms/currencies.ts';
import { currencyName } from '../i18n/format.ts';

type CurrencyInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'list' | 'value'> & {
  value: string;
  onChange(value: string): void;
};

export function CurrencyInput({ value, onChange, ...rest }: CurrencyInputProps) {
  const { i18n } = useTranslation();
  const listId = useId();
  const options = useMemo(() => allCurrencies().map((code) => ({ code, name: currencyName(code, i18n.language) })), [i18n.language]);
  return (
    <>
      <input
        {...rest}
        type="text"
        list={listId}
        value={value}
        // Codes are capitals by definition; fixing the case here spares a pointless error.
        onChange={(event) => onChange(event.target.value.toUpperCase())}
        autoComplete="off"
        spellCheck={false}
        maxLength={3}
        className="input input--short"
      />
      <datalist id={listId}>
        {options.map(({ code, name }) => (
          <option key={code} value={code} label={name} />
        ))}
      </datalist>
    </>
  );
}
