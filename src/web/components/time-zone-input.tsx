// A time zone text box that suggests every IANA zone as you type (Madrid → Europe/Madrid).
import { useId, type InputHTMLAttributes } from 'react';
import { allTimeZones } from '../forms/time-zones.ts';

type TimeZoneInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'list' | 'value'> & {
  value: string;
  onChange(value: string): void;
};

export function TimeZoneInput({ value, onChange, ...rest }: TimeZoneInputProps) {
  const listId = useId();
  return (
    <>
      <input {...rest} type="text" list={listId} value={value} onChange={(event) => onChange(event.target.value)} autoComplete="off" spellCheck={false} className="input" />
      <datalist id={listId}>
        {allTimeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
