// Part 4, Cost: pricing model and amounts in minor units, deposit, payments, fees, expenses, term and review — with the
// pricing helper beside it.
import { useTranslation } from 'react-i18next';
import { expensePayers, maxTermMonths, pricingModels, type Cost, type Payment, type PaymentDue } from '../../../domain/agreements/document.ts';
import { newPartId, removeAt, replaceAt, type PartProps } from './part-props.ts';
import { ItemBox } from './item-box.tsx';
import { DateInput, MoneyField, NumberInput, SelectInput, TextArea, TextInput, Toggle } from './inputs.tsx';
import { PricingHelper } from './pricing-helper.tsx';

const paymentDueKinds = ['on_signing', 'on_milestone', 'date', 'days_after_invoice'] as const;
type LateFeeChoice = 'none' | 'percent_per_month' | 'flat';

export function CostPart({ document, onChange }: PartProps) {
  const { t } = useTranslation();
  const { cost } = document;
  const currency = cost.currency;
  const set = (patch: Partial<Cost>) => onChange({ ...document, cost: { ...cost, ...patch } });
  const setPayments = (paymentSchedule: Payment[]) => set({ paymentSchedule });
  const nullableNumber = (value: number | null) => (value === null ? null : value);

  function dueFor(kind: PaymentDue['kind']): PaymentDue {
    switch (kind) {
      case 'on_signing':
        return { kind };
      case 'on_milestone':
        return { kind, milestoneId: document.when.milestones[0]?.id ?? '' };
      case 'date':
        return { kind, date: new Date().toISOString().slice(0, 10) };
      case 'days_after_invoice':
        return { kind, days: 14 };
    }
  }

  const lateFee = cost.lateFee;
  return (
    <div className="agreement-cost">
      <div className="agreement-part__grid agreement-cost__fields">
        <SelectInput label={t('agreements.fields.pricingModel')} value={cost.pricingModel} options={pricingModels.map((value) => ({ value, label: t(`agreements.pricingModels.${value}`) }))} onChange={(pricingModel) => set({ pricingModel })} />
        <MoneyField label={t(`agreements.amountLabels.${cost.pricingModel}`)} currency={currency} value={cost.amount} onChange={(amount) => set({ amount: amount ?? 0 })} />
        {cost.pricingModel === 'hourly' && <NumberInput label={t('agreements.fields.estimatedHours')} value={cost.estimatedHours} step={0.5} isOptional onChange={(estimatedHours) => set({ estimatedHours })} />}
        <NumberInput label={t('agreements.fields.depositPercent')} value={cost.depositPercent} max={100} onChange={(value) => set({ depositPercent: Math.min(100, Math.max(0, value ?? 0)) })} />
        <Toggle label={t('agreements.fields.depositRefundable')} checked={cost.isDepositRefundable} onChange={(isDepositRefundable) => set({ isDepositRefundable })} />
        {cost.pricingModel === 'retainer' && <Toggle label={t('agreements.fields.billedInAdvance')} hint={t('agreements.editor.billedInAdvanceHint')} checked={cost.isRetainerBilledInAdvance} onChange={(isRetainerBilledInAdvance) => set({ isRetainerBilledInAdvance })} />}
        <TextInput label={t('agreements.fields.paymentMethod')} value={cost.paymentMethod} onChange={(paymentMethod) => set({ paymentMethod })} className="agreement-part__wide" />
        <NumberInput label={t('agreements.fields.rushFeePercent')} value={cost.rushFeePercent} max={100} isOptional onChange={(value) => set({ rushFeePercent: nullableNumber(value) })} />
        <MoneyField label={t('agreements.fields.extraRevisionFee')} currency={currency} value={cost.extraRevisionFee} isNullable onChange={(extraRevisionFee) => set({ extraRevisionFee })} />
        <MoneyField label={t('agreements.fields.outOfScopeRate')} currency={currency} value={cost.outOfScopeHourlyRate} isNullable onChange={(outOfScopeHourlyRate) => set({ outOfScopeHourlyRate })} />
        <SelectInput<LateFeeChoice>
          label={t('agreements.fields.lateFee')}
          value={lateFee?.kind ?? 'none'}
          options={[
            { value: 'none', label: t('agreements.lateFeeKinds.none') },
            { value: 'percent_per_month', label: t('agreements.lateFeeKinds.percent_per_month') },
            { value: 'flat', label: t('agreements.lateFeeKinds.flat') },
          ]}
          onChange={(kind) => set({ lateFee: kind === 'none' ? null : kind === 'flat' ? { kind, amount: 0, graceDays: lateFee?.graceDays ?? 7 } : { kind, percent: 1.5, graceDays: lateFee?.graceDays ?? 7 } })}
        />
        {lateFee?.kind === 'percent_per_month' && <NumberInput label={t('agreements.fields.lateFeePercent')} value={lateFee.percent} max={25} step={0.1} onChange={(percent) => set({ lateFee: { ...lateFee, percent: Math.min(25, percent ?? 0) } })} />}
        {lateFee?.kind === 'flat' && <MoneyField label={t('agreements.fields.lateFeeAmount')} currency={currency} value={lateFee.amount} onChange={(amount) => set({ lateFee: { ...lateFee, amount: amount ?? 0 } })} />}
        {lateFee && <NumberInput label={t('agreements.fields.graceDays')} value={lateFee.graceDays} onChange={(graceDays) => set({ lateFee: { ...lateFee, graceDays: Math.round(graceDays ?? 0) } })} />}
        <SelectInput label={t('agreements.fields.travel')} value={cost.expenses.travelPaidBy} options={expensePayers.map((value) => ({ value, label: t(`agreements.expensePayers.${value}`) }))} onChange={(travelPaidBy) => set({ expenses: { ...cost.expenses, travelPaidBy } })} />
        <Toggle label={t('agreements.fields.expensesApproval')} checked={cost.expenses.needsApproval} onChange={(needsApproval) => set({ expenses: { ...cost.expenses, needsApproval } })} />
        <TextArea label={t('agreements.fields.expensesNote')} rows={2} value={cost.expenses.note} isOptional onChange={(note) => set({ expenses: { ...cost.expenses, note } })} className="agreement-part__wide" />
        <NumberInput label={t('agreements.fields.termMonths')} hint={t('agreements.editor.termHint', { max: maxTermMonths })} value={cost.termMonths} min={1} max={maxTermMonths} onChange={(value) => set({ termMonths: Math.min(maxTermMonths, Math.max(1, Math.round(value ?? 1))) })} />
        <div className="agreement-part__wide">
          <Toggle label={t('agreements.fields.hasReview')} checked={cost.review !== null} onChange={(on) => set({ review: on ? { criteria: '', reviewOn: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10) } : null })} />
        </div>
        {cost.review && (
          <>
            <TextArea label={t('agreements.fields.reviewCriteria')} rows={2} value={cost.review.criteria} onChange={(criteria) => set({ review: { ...cost.review!, criteria } })} />
            <DateInput label={t('agreements.fields.reviewOn')} value={cost.review.reviewOn} onChange={(reviewOn) => reviewOn && set({ review: { ...cost.review!, reviewOn } })} />
          </>
        )}
      </div>

      <PricingHelper baseAmount={cost.amount} currency={currency} onUse={(amount) => set({ amount })} />

      <div className="agreement-cost__payments">
        <h3 className="agreement-part__subtitle">{t('agreements.fields.paymentSchedule')}</h3>
        {cost.paymentSchedule.map((payment, index) => {
          const setPayment = (patch: Partial<Payment>) => setPayments(replaceAt(cost.paymentSchedule, index, { ...payment, ...patch }));
          const legend = payment.label || t('agreements.editor.paymentN', { n: index + 1 });
          const { due } = payment;
          return (
            <ItemBox key={payment.id} legend={legend} onRemove={() => setPayments(removeAt(cost.paymentSchedule, index))}>
              <TextInput label={t('agreements.fields.paymentLabel')} value={payment.label} onChange={(label) => setPayment({ label })} />
              <MoneyField label={t('agreements.fields.paymentAmount')} currency={currency} value={payment.amount} onChange={(amount) => setPayment({ amount: amount ?? 0 })} />
              <SelectInput label={t('agreements.fields.paymentDue')} value={due.kind} options={paymentDueKinds.map((value) => ({ value, label: t(`agreements.paymentDueKinds.${value}`) }))} onChange={(kind) => setPayment({ due: dueFor(kind) })} />
              {due.kind === 'on_milestone' && (
                <SelectInput
                  label={t('agreements.fields.milestone')}
                  value={due.milestoneId}
                  options={[{ value: '', label: t('agreements.editor.choose') }, ...document.when.milestones.map((m, i) => ({ value: m.id, label: m.title || t('agreements.editor.milestoneN', { n: i + 1 }) }))]}
                  onChange={(milestoneId) => setPayment({ due: { kind: 'on_milestone', milestoneId } })}
                />
              )}
              {due.kind === 'date' && <DateInput label={t('agreements.fields.date')} value={due.date} onChange={(date) => date && setPayment({ due: { kind: 'date', date } })} />}
              {due.kind === 'days_after_invoice' && <NumberInput label={t('agreements.fields.days')} value={due.days} onChange={(days) => setPayment({ due: { kind: 'days_after_invoice', days: Math.round(days ?? 0) } })} />}
            </ItemBox>
          );
        })}
        <button type="button" className="button button--secondary" onClick={() => setPayments([...cost.paymentSchedule, { id: newPartId('p'), label: '', amount: 0, due: { kind: 'on_signing' } }])}>
          {t('agreements.editor.addPayment')}
        </button>
      </div>
    </div>
  );
}
