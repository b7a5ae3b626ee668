// Part 5, Terms: ownership and attribution, licence, early termination, portfolio, confidentiality, communication, expiry.
import { useTranslation } from 'react-i18next';
import { attributions, portfolioRights, type Terms } from '../../../domain/agreements/document.ts';
import type { PartProps } from './part-props.ts';
import { DateInput, LinesInput, NumberInput, SelectInput, TextArea, Toggle } from './inputs.tsx';

type OwnershipChoice = 'none' | (typeof attributions)[number];

export function TermsPart({ document, onChange }: PartProps) {
  const { t } = useTranslation();
  const { terms } = document;
  const set = (patch: Partial<Terms>) => onChange({ ...document, terms: { ...terms, ...patch } });
  const ownership = terms.ownership;
  return (
    <div className="agreement-part__grid">
      <SelectInput<OwnershipChoice>
        label={t('agreements.fields.ownership')}
        value={ownership?.attribution ?? 'none'}
        options={[{ value: 'none', label: t('agreements.editor.noOwnership') }, ...attributions.map((value) => ({ value, label: t(`agreements.attributions.${value}`) }))]}
        onChange={(choice) => set({ ownership: choice === 'none' ? null : { attribution: choice, passesOnFinalPayment: ownership?.passesOnFinalPayment ?? true, licence: ownership?.licence ?? '' } })}
      />
      {ownership && <Toggle label={t('agreements.fields.passesOnFinalPayment')} checked={ownership.passesOnFinalPayment} onChange={(passesOnFinalPayment) => set({ ownership: { ...ownership, passesOnFinalPayment } })} />}
      {ownership && <TextArea label={t('agreements.fields.licence')} rows={2} value={ownership.licence} onChange={(licence) => set({ ownership: { ...ownership, licence } })} className="agreement-part__wide" isOptional />}
      <NumberInput label={t('agreements.fields.noticeDays')} value={terms.earlyTermination.noticeDays} onChange={(value) => set({ earlyTermination: { ...terms.earlyTermination, noticeDays: Math.round(value ?? 0) } })} />
      <TextArea label={t('agreements.fields.whatIsOwed')} rows={2} value={terms.earlyTermination.whatIsOwed} onChange={(whatIsOwed) => set({ earlyTermination: { ...terms.earlyTermination, whatIsOwed } })} isOptional />
      <SelectInput label={t('agreements.fields.portfolio')} value={terms.portfolio} options={portfolioRights.map((value) => ({ value, label: t(`agreements.portfolioRights.${value}`) }))} onChange={(portfolio) => set({ portfolio })} />
      <TextArea label={t('agreements.fields.confidentiality')} rows={2} value={terms.confidentiality} onChange={(confidentiality) => set({ confidentiality })} isOptional />
      <LinesInput label={t('agreements.fields.channels')} value={terms.communication.channels} onChange={(channels) => set({ communication: { ...terms.communication, channels } })} rows={2} />
      <NumberInput label={t('agreements.fields.callsPerMonth')} value={terms.communication.callsPerMonth} max={100} onChange={(value) => set({ communication: { ...terms.communication, callsPerMonth: Math.round(value ?? 0) } })} />
      <TextArea label={t('agreements.fields.communicationNote')} rows={2} value={terms.communication.note} onChange={(note) => set({ communication: { ...terms.communication, note } })} isOptional className="agreement-part__wide" />
      <DateInput label={t('agreements.fields.offerExpiresOn')} hint={t('agreements.editor.expiryHint')} value={terms.offerExpiresOn} onChange={(offerExpiresOn) => set({ offerExpiresOn })} isOptional />
    </div>
  );
}
