// Step 3 of the profile: the work you want, the industries, the lowest budget per pricing model, and how you like to charge.
import { useTranslation } from 'react-i18next';
import { isDiscouragedPricingModel, pricingModels } from '../../../domain/profile/pricing-models.ts';
import { Field } from '../../components/field.tsx';
import { MoneyInput } from '../../components/money-input.tsx';
import { TagListInput } from '../../components/tag-list-input.tsx';
import { Preference } from '../preference.tsx';
import { itemErrorsAt } from '../profile-draft.ts';
import type { StepProps } from './step-props.ts';

export function IdealClientStep({ draft, change, errors }: StepProps) {
  const { t } = useTranslation();
  const ideal = draft.idealClient;
  return (
    <>
      <Preference title={t('profileForm.workKinds.title')} hint={t('profileForm.workKinds.hint')}>
        <TagListInput
          label={t('profileForm.workKinds.label')}
          name={t('profileForm.workKinds.label')}
          placeholder={t('profileForm.workKinds.placeholder')}
          items={ideal.workKinds}
          itemErrors={itemErrorsAt(errors, 'idealClient.workKinds')}
          onChange={(items) => change((d) => void (d.idealClient.workKinds = items))}
        />
      </Preference>

      <Preference
        title={t('profileForm.industries.title')}
        flexibility={ideal.industries.flexibility}
        onFlexibility={(value) => change((d) => void (d.idealClient.industries.flexibility = value))}
      >
        <TagListInput
          label={t('profileForm.industries.label')}
          name={t('profileForm.industries.label')}
          hint={t('profileForm.industries.hint')}
          items={ideal.industries.wanted}
          onChange={(items) => change((d) => void (d.idealClient.industries.wanted = items))}
        />
      </Preference>

      <Preference
        title={t('profileForm.budget.title')}
        hint={t('profileForm.budget.hint', { currency: draft.currency })}
        flexibility={ideal.budgetFloor.flexibility}
        onFlexibility={(value) => change((d) => void (d.idealClient.budgetFloor.flexibility = value))}
      >
        <div className="money-grid">
          {pricingModels.map((model) => (
            <Field key={model} label={t(`pricingModels.${model}`)} isOptional error={errors[`idealClient.budgetFloor.perModel.${model}`]}>
              {(control) => (
                <MoneyInput {...control} currency={draft.currency} value={ideal.budgetFloor.perModel[model]} onChange={(value) => change((d) => void (d.idealClient.budgetFloor.perModel[model] = value))} />
              )}
            </Field>
          ))}
        </div>
      </Preference>

      <Preference
        title={t('profileForm.pricing.title')}
        hint={t('profileForm.pricing.hint')}
        flexibility={ideal.pricingModels.flexibility}
        onFlexibility={(value) => change((d) => void (d.idealClient.pricingModels.flexibility = value))}
      >
        <fieldset className="check-list">
          <legend className="visually-hidden">{t('profileForm.pricing.legend')}</legend>
          {pricingModels.map((model) => {
            const isChecked = ideal.pricingModels.preferred.includes(model);
            const isDiscouraged = isDiscouragedPricingModel(model);
            return (
              <label key={model} className={`check-list__item${isDiscouraged ? ' check-list__item--warn' : ''}`}>
                <input
                  type="checkbox"
                  checked={isChecked}
                  onChange={(e) =>
                    change((d) => {
                      const preferred = d.idealClient.pricingModels.preferred.filter((m) => m !== model);
                      d.idealClient.pricingModels.preferred = e.target.checked ? [...preferred, model] : preferred;
                    })
                  }
                />
                <span>
                  {t(`pricingModels.${model}`)}
                  {isDiscouraged && <span className="check-list__note">{t('profileForm.pricing.hourlyNote')}</span>}
                </span>
              </label>
            );
          })}
        </fieldset>
      </Preference>
    </>
  );
}
