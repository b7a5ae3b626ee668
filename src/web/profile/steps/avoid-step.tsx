// Step 4 of the profile: work you won't take, and the signs of a client you'd rather not have (suggestions plus your own).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { redFlagSuggestions, type RedFlag } from '../../../domain/profile/red-flags.ts';
import { TagListInput } from '../../components/tag-list-input.tsx';
import { Preference } from '../preference.tsx';
import { itemErrorsAt } from '../profile-draft.ts';
import { capitalize } from '../../i18n/text.ts';
import type { StepProps } from './step-props.ts';

export function AvoidStep({ draft, change, errors }: StepProps) {
  const { t, i18n } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const flags = draft.avoid.redFlags.items;
  const own = flags.flatMap((flag) => (flag.kind === 'own' ? [flag.text] : []));

  function toggle(key: (typeof redFlagSuggestions)[number]) {
    const isOn = flags.some((flag) => flag.kind === 'suggested' && flag.key === key);
    const label = capitalize(t(`vetting.redFlag.${key}`), i18n.language);
    change((d) => {
      const items = d.avoid.redFlags.items.filter((flag) => !(flag.kind === 'suggested' && flag.key === key));
      d.avoid.redFlags.items = isOn ? items : [...items, { kind: 'suggested', key }];
    });
    setAnnouncement(t(isOn ? 'tags.removed' : 'tags.added', { item: label }));
  }

  function setOwn(texts: string[]) {
    change((d) => {
      const suggested = d.avoid.redFlags.items.filter((flag): flag is Extract<RedFlag, { kind: 'suggested' }> => flag.kind === 'suggested');
      d.avoid.redFlags.items = [...suggested, ...texts.map((text) => ({ kind: 'own' as const, text }))];
    });
  }

  return (
    <>
      <Preference
        title={t('profileForm.avoidWork.title')}
        hint={t('profileForm.avoidWork.hint')}
        flexibility={draft.avoid.workKinds.flexibility}
        onFlexibility={(value) => change((d) => void (d.avoid.workKinds.flexibility = value))}
      >
        <TagListInput
          label={t('profileForm.avoidWork.label')}
          name={t('profileForm.avoidWork.label')}
          items={draft.avoid.workKinds.items}
          itemErrors={itemErrorsAt(errors, 'avoid.workKinds.items')}
          onChange={(items) => change((d) => void (d.avoid.workKinds.items = items))}
        />
      </Preference>

      <Preference
        title={t('profileForm.redFlags.title')}
        hint={t('profileForm.redFlags.hint')}
        flexibility={draft.avoid.redFlags.flexibility}
        onFlexibility={(value) => change((d) => void (d.avoid.redFlags.flexibility = value))}
      >
        <div className="chips" role="group" aria-label={t('profileForm.redFlags.suggestions')}>
          <p className="chips__label" aria-hidden="true">
            {t('profileForm.redFlags.suggestions')}
          </p>
          {redFlagSuggestions.map((key) => {
            const isOn = flags.some((flag) => flag.kind === 'suggested' && flag.key === key);
            return (
              <button key={key} type="button" className="chip chip--toggle" aria-pressed={isOn} onClick={() => toggle(key)}>
                <span className="chip__mark" aria-hidden="true">
                  {isOn ? '✓' : '+'}
                </span>
                {capitalize(t(`vetting.redFlag.${key}`), i18n.language)}
              </button>
            );
          })}
        </div>
        <TagListInput label={t('profileForm.redFlags.own')} name={t('profileForm.redFlags.own')} placeholder={t('profileForm.redFlags.ownPlaceholder')} items={own} onChange={setOwn} />
        <span className="visually-hidden" role="status">
          {announcement}
        </span>
      </Preference>
    </>
  );
}
