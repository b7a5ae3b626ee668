// The invoice lines: description, quantity, unit price, discount and tax rate per line, with the line's base beside them.
// "Add line" puts the cursor in the new line's description; removing a line hands focus to the next one (or to "Add line").
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/field.tsx';
import { MoneyInput } from '../components/money-input.tsx';
import { formatMoney } from '../forms/money.ts';
import type { FieldErrors } from '../forms/form-errors.ts';
import { emptyLine, type LineDraft } from './invoice-draft.ts';

type LinesEditorProps = {
  lines: LineDraft[];
  currency: string;
  /** Each line's base (quantity × price − discount) as the server will compute it; null while it cannot be read. */
  lineBases: (number | null)[];
  defaultTaxRate: number;
  errors: FieldErrors;
  onChange(lines: LineDraft[]): void;
};

const commonTaxRates = ['21', '10', '4', '0'];

export function LinesEditor({ lines, currency, lineBases, defaultTaxRate, errors, onChange }: LinesEditorProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rootRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  const focusLine = (key: string | undefined) =>
    requestAnimationFrame(() => {
      const target = key ? rootRef.current?.querySelector<HTMLElement>(`[data-line="${key}"] input`) : addRef.current;
      target?.focus();
    });

  function update(index: number, patch: Partial<LineDraft>) {
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  }

  function add() {
    const line = emptyLine(defaultTaxRate, language);
    onChange([...lines, line]);
    focusLine(line.key);
  }

  function remove(index: number) {
    const next = lines.filter((_, i) => i !== index);
    onChange(next);
    focusLine(next[index]?.key ?? next[index - 1]?.key);
  }

  const error = (index: number, field: string) => errors[`lines.${index}.${field}`];

  return (
    <div className="invoice-lines" ref={rootRef}>
      {errors.lines && (
        <p className="field__error" role="alert">
          <span aria-hidden="true">! </span>
          {errors.lines}
        </p>
      )}
      {lines.length === 0 && <p className="muted">{t('invoices.editor.noLines')}</p>}
      <ol className="invoice-lines__list">
        {lines.map((line, index) => {
          const legend = t('invoices.editor.lineN', { number: index + 1 });
          const base = lineBases[index];
          return (
            <li key={line.key} data-line={line.key}>
              <fieldset className="invoice-line">
                <legend className="invoice-line__legend">{legend}</legend>
                <div className="invoice-line__fields">
                  <Field label={t('invoices.fields.description')} error={error(index, 'description')} className="invoice-line__description">
                    {(control) => <input {...control} className="input" maxLength={500} autoComplete="off" value={line.description} onChange={(event) => update(index, { description: event.target.value })} />}
                  </Field>
                  <Field label={t('invoices.fields.quantity')} error={error(index, 'quantity')}>
                    {(control) => <input {...control} className="input" inputMode="decimal" autoComplete="off" value={line.quantity} onChange={(event) => update(index, { quantity: event.target.value })} />}
                  </Field>
                  <Field label={t('invoices.fields.unitPrice')} error={error(index, 'unitPrice')}>
                    {(control) => <MoneyInput {...control} currency={currency} value={line.unitPrice} onChange={(unitPrice) => update(index, { unitPrice })} />}
                  </Field>
                  <Field label={t('invoices.fields.discount')} error={error(index, 'discount')} isOptional>
                    {(control) => <MoneyInput {...control} currency={currency} value={line.discount} onChange={(discount) => update(index, { discount })} />}
                  </Field>
                  <Field label={t('invoices.fields.taxRate')} error={error(index, 'taxRate')}>
                    {(control) => (
                      <span className="invoice-line__rate">
                        <input {...control} className="input" inputMode="decimal" autoComplete="off" list="invoice-tax-rates" value={line.taxRate} onChange={(event) => update(index, { taxRate: event.target.value })} />
                        <span aria-hidden="true">%</span>
                      </span>
                    )}
                  </Field>
                </div>
                <div className="invoice-line__footer">
                  <p className="invoice-line__base">
                    <span className="invoice-line__base-label">{t('invoices.editor.lineBase')}</span> <output>{base === null || base === undefined ? '—' : formatMoney(base, currency, language)}</output>
                  </p>
                  <button type="button" className="button button--ghost-danger button--small" onClick={() => remove(index)}>
                    {t('invoices.editor.removeLine', { number: index + 1 })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <datalist id="invoice-tax-rates">
        {commonTaxRates.map((rate) => (
          <option key={rate} value={rate} />
        ))}
      </datalist>
      <button ref={addRef} type="button" className="button button--secondary" onClick={add}>
        <span aria-hidden="true">+ </span>
        {t('invoices.editor.addLine')}
      </button>
    </div>
  );
}
