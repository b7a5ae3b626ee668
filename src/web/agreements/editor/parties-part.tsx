// The parties: who the freelancer and the client are, and where; the client's city decides which local rules apply.
import { useTranslation } from 'react-i18next';
import type { PartProps } from './part-props.ts';
import { TextArea, TextInput } from './inputs.tsx';

export function PartiesPart({ document, onChange }: PartProps) {
  const { t } = useTranslation();
  const { freelancer, client } = document.parties;
  const setFreelancer = (patch: Partial<typeof freelancer>) => onChange({ ...document, parties: { ...document.parties, freelancer: { ...freelancer, ...patch } } });
  const setClient = (patch: Partial<typeof client>) => onChange({ ...document, parties: { ...document.parties, client: { ...client, ...patch } } });
  return (
    <div className="agreement-parties">
      <fieldset className="agreement-item">
        <legend className="agreement-item__legend">{t('agreements.fields.freelancer')}</legend>
        <div className="agreement-item__fields">
          <TextInput label={t('agreements.fields.name')} value={freelancer.name} onChange={(name) => setFreelancer({ name })} />
          <TextInput label={t('agreements.fields.email')} value={freelancer.email} onChange={(email) => setFreelancer({ email })} isOptional />
          <TextArea label={t('agreements.fields.address')} rows={2} value={freelancer.address} onChange={(address) => setFreelancer({ address })} isOptional className="agreement-item__wide" />
        </div>
      </fieldset>
      <fieldset className="agreement-item">
        <legend className="agreement-item__legend">{t('agreements.fields.client')}</legend>
        <div className="agreement-item__fields">
          <TextInput label={t('agreements.fields.name')} value={client.name} onChange={(name) => setClient({ name })} />
          <TextInput label={t('agreements.fields.email')} value={client.email} onChange={(email) => setClient({ email })} isOptional />
          <TextArea label={t('agreements.fields.address')} rows={2} value={client.address} onChange={(address) => setClient({ address })} isOptional className="agreement-item__wide" />
          <TextInput label={t('agreements.fields.city')} value={client.city} onChange={(city) => setClient({ city })} isOptional />
          <TextInput label={t('agreements.fields.region')} value={client.region} onChange={(region) => setClient({ region })} isOptional />
          <TextInput label={t('agreements.fields.countryCode')} hint={t('agreements.editor.countryHint')} value={client.countryCode} onChange={(countryCode) => setClient({ countryCode: countryCode.toUpperCase() })} isOptional />
        </div>
      </fieldset>
    </div>
  );
}
