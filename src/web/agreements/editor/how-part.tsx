// Part 3, How: revisions, formats, research depth, tools, subcontracting and where assets come from.
import { useTranslation } from 'react-i18next';
import { researchDepths } from '../../../domain/agreements/document.ts';
import type { PartProps } from './part-props.ts';
import { LinesInput, NumberInput, SelectInput, TextArea, Toggle } from './inputs.tsx';

export function HowPart({ document, onChange }: PartProps) {
  const { t } = useTranslation();
  const { how } = document;
  const set = (patch: Partial<typeof how>) => onChange({ ...document, how: { ...how, ...patch } });
  const sub = how.subcontracting;
  return (
    <div className="agreement-part__grid">
      <NumberInput label={t('agreements.fields.revisionsIncluded')} value={how.revisionsIncluded} max={100} onChange={(value) => set({ revisionsIncluded: Math.round(value ?? 0) })} />
      <SelectInput label={t('agreements.fields.researchDepth')} value={how.researchDepth} options={researchDepths.map((value) => ({ value, label: t(`agreements.researchDepths.${value}`) }))} onChange={(researchDepth) => set({ researchDepth })} />
      <LinesInput label={t('agreements.fields.fileFormats')} value={how.fileFormats} onChange={(fileFormats) => set({ fileFormats })} />
      <LinesInput label={t('agreements.fields.tools')} value={how.tools} onChange={(tools) => set({ tools })} />
      <div className="agreement-part__wide">
        <Toggle label={t('agreements.fields.subcontractingAllowed')} checked={sub.isAllowed} onChange={(isAllowed) => set({ subcontracting: { ...sub, isAllowed } })} />
      </div>
      {sub.isAllowed && (
        <>
          <NumberInput label={t('agreements.fields.leadTimeDays')} value={sub.leadTimeDays} onChange={(value) => set({ subcontracting: { ...sub, leadTimeDays: Math.round(value ?? 0) } })} />
          <TextArea label={t('agreements.fields.subcontractingNote')} rows={2} value={sub.note} onChange={(note) => set({ subcontracting: { ...sub, note } })} isOptional />
        </>
      )}
      <TextArea label={t('agreements.fields.assetSources')} value={how.assetSources} onChange={(assetSources) => set({ assetSources })} isOptional className="agreement-part__wide" />
      <TextArea label={t('agreements.fields.howNotes')} value={how.notes} onChange={(notes) => set({ notes })} isOptional className="agreement-part__wide" />
    </div>
  );
}
