// The late-fee rule the client's terms include: none, a flat fee, a percentage once or per month, or statutory interest.
import { useTranslation } from 'react-i18next';
import { Field } from '../components/field.tsx';
import { MoneyInput } from '../components/money-input.tsx';
import type { FieldErrors } from '../forms/form-errors.ts';
import { lateFeeChoices, type LateFeeDraft } from './invoice-draft.ts';

type LateFeeFieldsProps = { value: LateFeeDraft; currency: string; errors: FieldErrors; onChange(value: LateFeeDraft): void };

export function LateFeeFields({ value, currency, errors, onChange }: LateFeeFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<LateFeeDraft>) => onChange({ ...value, ...patch });
  const hasGrace = value.kind === 'flat' || value.kind === 'percent_once' || value.kind === 'percent_monthly';
  const hasPercent = value.kind === 'percent_once' || value.kind === 'percent_monthly';
  return (
    <div className="invoice-form__grid">
      <Field label={t('invoices.fields.lateFeeRule')} error={errors.lateFeeRule} hint={t(`invoices.lateFeeRules.hints.${value.kind}`)} className="invoice-form__wide">
        {(control) => (
          <select {...control} className="input" value={value.kind} onChange={(event) => set({ kind: event.target.value as LateFeeDraft['kind'] })}>
            {lateFeeChoices.map((kind) => (
              <option key={kind} value={kind}>
                {t(`invoices.lateFeeRules.kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {value.kind === 'flat' && (
        <Field label={t('invoices.fields.lateFeeAmount')} error={errors['lateFeeRule.amount']}>
          {(control) => <MoneyInput {...control} currency={currency} value={value.amount} onChange={(amount) => set({ amount })} />}
        </Field>
      )}
      {hasPercent && (
        <Field label={t(value.kind === 'percent_monthly' ? 'invoices.fields.lateFeePercentMonthly' : 'invoices.fields.lateFeePercent')} error={errors['lateFeeRule.percent']}>
          {(control) => (
            <span className="invoice-line__rate">
              <input {...control} className="input" inputMode="decimal" autoComplete="off" value={value.percent} onChange={(event) => set({ percent: event.target.value })} />
              <span aria-hidden="true">%</span>
            </span>
          )}
        </Field>
      )}
      {value.kind === 'percent_monthly' && (
        <Field label={t('invoices.fields.lateFeeCap')} hint={t('invoices.fields.lateFeeCapHint')} error={errors['lateFeeRule.capPercent']} isOptional>
          {(control) => (
            <span className="invoice-line__rate">
              <input {...control} className="input" inputMode="decimal" autoComplete="off" value={value.capPercent} onChange={(event) => set({ capPercent: event.target.value })} />
              <span aria-hidden="true">%</span>
            </span>
          )}
        </Field>
      )}
      {hasGrace && (
        <Field label={t('invoices.fields.graceDays')} hint={t('invoices.fields.graceDaysHint')} error={errors['lateFeeRule.graceDays']}>
          {(control) => <input {...control} className="input input--number" inputMode="numeric" autoComplete="off" value={value.graceDays} onChange={(event) => set({ graceDays: event.target.value })} />}
        </Field>
      )}
    </div>
  );
}
