// Step 5 of the profile: what you are good at, what you don't want to do (disclose, decline), what you'd like to learn.
import { useTranslation } from 'react-i18next';
import { TagListInput } from '../../components/tag-list-input.tsx';
import { Preference } from '../preference.tsx';
import { itemErrorsAt } from '../profile-draft.ts';
import type { StepProps } from './step-props.ts';

const lists = ['strengths', 'dontWant', 'willingToLearn'] as const;

export function SkillsStep({ draft, change, errors }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      {lists.map((list) => (
        <Preference key={list} title={t(`profileForm.skills.${list}.title`)} hint={t(`profileForm.skills.${list}.hint`)}>
          <TagListInput
            label={t(`profileForm.skills.${list}.label`)}
            name={t(`profileForm.skills.${list}.label`)}
            placeholder={t(`profileForm.skills.${list}.placeholder`)}
            items={draft.skills[list]}
            itemErrors={itemErrorsAt(errors, `skills.${list}`)}
            onChange={(items) => change((d) => void (d.skills[list] = items))}
          />
        </Preference>
      ))}
    </>
  );
}
