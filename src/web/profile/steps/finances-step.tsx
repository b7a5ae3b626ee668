// Step 6 of the profile (optional): monthly expenses, emergency funds and other income, so Sana can tell when fear might choose a client.
import { useTranslation } from 'react-i18next';
import { fundSides, otherStreamKinds, type OtherStreamKind } from '../../../domain/readiness/finances.ts';
import { Field } from '../../components/field.tsx';
import { MoneyInput } from '../../components/money-input.tsx';
import { Preference } from '../preference.tsx';
import { newRowKey, newStreamId } from '../profile-draft.ts';
import type { StepProps } from './step-props.ts';

export function FinancesStep({ draft, change, errors }: StepProps) {
  const { t } = useTranslation();
  const f = draft.finances;

  function addStream() {
    change((d) => void d.finances.otherStreams.push({ key: newRowKey(), id: newStreamId(), name: '', kind: 'product' }));
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.streams__item:last-child input')?.focus());
  }

  function removeStream(index: number) {
    change((d) => void d.finances.otherStreams.splice(index, 1));
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-add-stream]')?.focus());
  }

  return (
    <>
      <div className="alert alert--info finances-why">
        <p className="alert__title">{t('profileForm.finances.whyTitle')}</p>
        <p>{t('profileForm.finances.why')}</p>
        <p>{t('profileForm.finances.private')}</p>
      </div>

      {(['monthlyExpenses', 'emergencyFunds'] as const).map((group) => (
        <Preference key={group} title={t(`profileForm.finances.${group}.title`)} hint={t(`profileForm.finances.${group}.hint`)}>
          <div className="money-grid">
            {fundSides.map((side) => (
              <Field key={side} label={t(`profileForm.finances.${group}.${side}`)} isOptional error={errors[`finances.${group}.${side}`]}>
                {(control) => <MoneyInput {...control} currency={draft.currency} value={f[group][side]} onChange={(value) => change((d) => void (d.finances[group][side] = value))} />}
              </Field>
            ))}
          </div>
        </Preference>
      ))}

      <Preference title={t('profileForm.finances.streams.title')} hint={t('profileForm.finances.streams.hint')}>
        {f.otherStreams.length === 0 && <p className="muted">{t('profileForm.finances.streams.none')}</p>}
        <ol className="streams">
          {f.otherStreams.map((row, index) => {
            const number = index + 1;
            return (
              <li key={row.key} className="streams__item">
                <fieldset className="row-card">
                  <legend className="row-card__legend">{t('profileForm.finances.streams.legend', { number })}</legend>
                  <div className="row-card__fields">
                    <Field label={t('profileForm.finances.streams.name')} error={errors[`finances.otherStreams.${index}.name`]}>
                      {(control) => <input {...control} className="input" maxLength={200} value={row.name} onChange={(e) => change((d) => void (d.finances.otherStreams[index]!.name = e.target.value))} />}
                    </Field>
                    <Field label={t('profileForm.finances.streams.kind')}>
                      {(control) => (
                        <select {...control} className="input" value={row.kind} onChange={(e) => change((d) => void (d.finances.otherStreams[index]!.kind = e.target.value as OtherStreamKind))}>
                          {otherStreamKinds.map((kind) => (
                            <option key={kind} value={kind}>
                              {t(`streamKinds.${kind}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </div>
                  <button type="button" className="button button--ghost-danger button--small" onClick={() => removeStream(index)}>
                    {t('profileForm.finances.streams.remove')}
                    <span className="visually-hidden"> {t('profileForm.finances.streams.legend', { number })}</span>
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <button type="button" className="button button--secondary" data-add-stream="" onClick={addStream}>
          <span aria-hidden="true">+ </span>
          {t('profileForm.finances.streams.add')}
        </button>
      </Preference>
    </>
  );
}
