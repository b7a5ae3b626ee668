// Part 1, What: deliverables with measurable specs (quantity, cadence, length range, format) and what is out of scope.
import { useTranslation } from 'react-i18next';
import { cadences, lengthUnits, type Deliverable } from '../../../domain/agreements/document.ts';
import { newPartId, removeAt, replaceAt, type PartProps } from './part-props.ts';
import { ItemBox } from './item-box.tsx';
import { LinesInput, MoneyField, NumberInput, SelectInput, TextArea, TextInput, Toggle } from './inputs.tsx';

export function WhatPart({ document, onChange }: PartProps) {
  const { t } = useTranslation();
  const { what } = document;
  const currency = document.cost.currency;
  const setDeliverables = (deliverables: Deliverable[]) => onChange({ ...document, what: { ...what, deliverables } });
  const add = () =>
    setDeliverables([...what.deliverables, { id: newPartId('d'), title: '', description: '', quantity: 1, cadence: 'once', lengthRange: null, format: '', amount: null }]);

  return (
    <>
      {what.deliverables.length === 0 && <p className="muted">{t('agreements.editor.noDeliverables')}</p>}
      {what.deliverables.map((item, index) => {
        const set = (patch: Partial<Deliverable>) => setDeliverables(replaceAt(what.deliverables, index, { ...item, ...patch }));
        const legend = item.title || t('agreements.editor.deliverableN', { n: index + 1 });
        return (
          <ItemBox key={item.id} legend={legend} onRemove={() => setDeliverables(removeAt(what.deliverables, index))}>
            <TextInput label={t('agreements.fields.deliverableTitle')} value={item.title} onChange={(title) => set({ title })} className="agreement-item__wide" />
            <NumberInput label={t('agreements.fields.quantity')} value={item.quantity} min={1} onChange={(quantity) => set({ quantity: Math.max(1, Math.round(quantity ?? 1)) })} />
            <SelectInput label={t('agreements.fields.cadence')} value={item.cadence} options={cadences.map((value) => ({ value, label: t(`agreements.cadenceNames.${value}`) }))} onChange={(cadence) => set({ cadence })} />
            <TextInput label={t('agreements.fields.format')} value={item.format} onChange={(format) => set({ format })} isOptional />
            <MoneyField label={t('agreements.fields.itemAmount')} currency={currency} value={item.amount} isNullable onChange={(amount) => set({ amount })} />
            <div className="agreement-item__wide">
              <Toggle label={t('agreements.fields.hasLength')} checked={item.lengthRange !== null} onChange={(on) => set({ lengthRange: on ? { min: 0, max: 0, unit: 'words' } : null })} />
            </div>
            {item.lengthRange && (
              <>
                <NumberInput label={t('agreements.fields.lengthMin')} value={item.lengthRange.min} onChange={(min) => set({ lengthRange: { ...item.lengthRange!, min: Math.round(min ?? 0) } })} />
                <NumberInput
                  label={t('agreements.fields.lengthMax')}
                  value={item.lengthRange.max}
                  error={item.lengthRange.max < item.lengthRange.min ? t('agreements.editor.lengthOrder') : undefined}
                  onChange={(max) => set({ lengthRange: { ...item.lengthRange!, max: Math.round(max ?? 0) } })}
                />
                <SelectInput label={t('agreements.fields.lengthUnit')} value={item.lengthRange.unit} options={lengthUnits.map((value) => ({ value, label: t(`agreements.lengthUnits.${value}`) }))} onChange={(unit) => set({ lengthRange: { ...item.lengthRange!, unit } })} />
              </>
            )}
            <TextArea label={t('agreements.fields.description')} value={item.description} onChange={(description) => set({ description })} isOptional className="agreement-item__wide" rows={2} />
          </ItemBox>
        );
      })}
      <button type="button" className="button button--secondary" onClick={add}>
        {t('agreements.editor.addDeliverable')}
      </button>
      <LinesInput label={t('agreements.fields.outOfScope')} value={what.outOfScope} onChange={(outOfScope) => onChange({ ...document, what: { ...what, outOfScope } })} rows={4} />
    </>
  );
}
