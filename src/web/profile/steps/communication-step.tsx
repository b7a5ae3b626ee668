// Step 2 of the profile: channels in order of preference, how many calls a week, how fast you reply, how much rush work.
import { useTranslation } from 'react-i18next';
import { contactChannels } from '../../../domain/events/event-types.ts';
import { replyWindowUnits, type ReplyWindowUnit } from '../../../domain/profile/reply-window.ts';
import { rushFrequencies, type RushFrequency } from '../../../domain/profile/rush-frequency.ts';
import { Field } from '../../components/field.tsx';
import { RankedList } from '../../components/ranked-list.tsx';
import { Preference } from '../preference.tsx';
import type { StepProps } from './step-props.ts';

export function CommunicationStep({ draft, change, errors }: StepProps) {
  const { t } = useTranslation();
  const c = draft.communication;
  return (
    <>
      <Preference
        title={t('profileForm.channels.title')}
        flexibility={c.channels.flexibility}
        onFlexibility={(value) => change((d) => void (d.communication.channels.flexibility = value))}
      >
        <RankedList
          legend={t('profileForm.channels.legend')}
          hint={t('profileForm.channels.hint')}
          items={c.channels.ranked}
          options={contactChannels}
          labelFor={(channel) => t(`channels.${channel}`)}
          onChange={(ranked) => change((d) => void (d.communication.channels.ranked = ranked))}
          error={errors['communication.channels.ranked']}
          minItems={1}
        />
      </Preference>

      <Preference
        title={t('profileForm.calls.title')}
        hint={t('profileForm.calls.hint')}
        flexibility={c.calls.flexibility}
        onFlexibility={(value) => change((d) => void (d.communication.calls.flexibility = value))}
      >
        <Field label={t('profileForm.calls.maxPerWeek')} error={errors['communication.calls.maxPerWeek']}>
          {(control) => (
            <input {...control} className="input input--number" type="number" inputMode="numeric" min={0} max={50} value={c.calls.maxPerWeek} onChange={(e) => change((d) => void (d.communication.calls.maxPerWeek = e.target.value))} />
          )}
        </Field>
      </Preference>

      <Preference
        title={t('profileForm.reply.title')}
        hint={t('profileForm.reply.hint')}
        flexibility={c.replyWindow.flexibility}
        onFlexibility={(value) => change((d) => void (d.communication.replyWindow.flexibility = value))}
      >
        <div className="inline-fields">
          <Field label={t('profileForm.reply.amount')} error={errors['communication.replyWindow.amount']}>
            {(control) => (
              <input {...control} className="input input--number" type="number" inputMode="numeric" min={1} max={720} value={c.replyWindow.amount} onChange={(e) => change((d) => void (d.communication.replyWindow.amount = e.target.value))} />
            )}
          </Field>
          <Field label={t('profileForm.reply.unit')}>
            {(control) => (
              <select {...control} className="input" value={c.replyWindow.unit} onChange={(e) => change((d) => void (d.communication.replyWindow.unit = e.target.value as ReplyWindowUnit))}>
                {replyWindowUnits.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`replyUnits.${unit}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </Preference>

      <Preference
        title={t('profileForm.rush.title')}
        hint={t('profileForm.rush.hint')}
        flexibility={c.rushWork.flexibility}
        onFlexibility={(value) => change((d) => void (d.communication.rushWork.flexibility = value))}
      >
        <Field label={t('profileForm.rush.acceptedAtMost')}>
          {(control) => (
            <select {...control} className="input" value={c.rushWork.acceptedAtMost} onChange={(e) => change((d) => void (d.communication.rushWork.acceptedAtMost = e.target.value as RushFrequency))}>
              {rushFrequencies.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {t(`rushOptions.${frequency}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </Preference>
    </>
  );
}
