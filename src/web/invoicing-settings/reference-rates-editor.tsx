// One table of reference rates per half-year (ECB for EU statutory interest, Bank of England for UK): add and remove rows.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/field.tsx';
import { nextRateRow, type RateRow, type RateTable } from './settings-draft.ts';

type ReferenceRatesEditorProps = {
  table: RateTable;
  rows: RateRow[];
  onChange(rows: RateRow[]): void;
  /** Messages by "<index>.year" / "<index>.percent", already in the reader's language. */
  errors: Record<string, string | undefined>;
};

export function ReferenceRatesEditor({ table, rows, onChange, errors }: ReferenceRatesEditorProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const set = (index: number, patch: Partial<RateRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  function add() {
    onChange([...rows, nextRateRow(rows, new Date())]);
    // Straight to the rate: the half-year is already the next one.
    requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLElement>('[data-rate-input]')[rows.length]?.focus());
  }

  function remove(index: number) {
    onChange(rows.filter((_, i) => i !== index));
    requestAnimationFrame(() => {
      const inputs = listRef.current?.querySelectorAll<HTMLElement>('[data-rate-input]');
      (inputs?.[Math.min(index, rows.length - 2)] ?? addRef.current)?.focus();
    });
  }

  return (
    <div className="reference-rates" role="group" aria-labelledby={titleId}>
      <h3 id={titleId} className="subsection-title">
        {t(`invoicingSettings.rates.${table}.title`)}
      </h3>
      <p className="field__hint">{t(`invoicingSettings.rates.${table}.intro`)}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('invoicingSettings.rates.empty')}</p>
      ) : (
        <ul className="reference-rates__list" ref={listRef}>
          {rows.map((row, index) => {
            const name = t('invoicingSettings.rates.rowName', { year: row.year || '…', half: t(`invoicingSettings.rates.halves.${row.half}`) });
            return (
              <li key={row.key} className="reference-rates__row">
                <Field label={t('invoicingSettings.rates.year')} error={errors[`${index}.year`]} className="reference-rates__year">
                  {(control) => <input {...control} className="input" inputMode="numeric" autoComplete="off" value={row.year} onChange={(event) => set(index, { year: event.target.value })} />}
                </Field>
                <Field label={t('invoicingSettings.rates.half')} className="reference-rates__half">
                  {(control) => (
                    <select {...control} className="input" value={row.half} onChange={(event) => set(index, { half: event.target.value as RateRow['half'] })}>
                      <option value="H1">{t('invoicingSettings.rates.halves.H1')}</option>
                      <option value="H2">{t('invoicingSettings.rates.halves.H2')}</option>
                    </select>
                  )}
                </Field>
                <Field label={t('invoicingSettings.rates.percent')} error={errors[`${index}.percent`]} className="reference-rates__percent">
                  {(control) => (
                    <span className="percent-input">
                      <input {...control} data-rate-input className="input" inputMode="decimal" autoComplete="off" value={row.percent} onChange={(event) => set(index, { percent: event.target.value })} />
                      <span aria-hidden="true">%</span>
                    </span>
                  )}
                </Field>
                <button type="button" className="icon-button icon-button--danger reference-rates__remove" onClick={() => remove(index)} aria-label={t('invoicingSettings.rates.remove', { name })}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button ref={addRef} type="button" className="button button--secondary button--small" onClick={add}>
        {t('invoicingSettings.rates.add')}
      </button>
    </div>
  );
}
