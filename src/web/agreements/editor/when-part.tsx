// Part 2, When: the start, office hours, what the client sends and when, and milestones for both parties — each on a
// date or hanging on the start, another milestone or a client input.
import { useTranslation } from 'react-i18next';
import { milestoneOwners, type ClientInput, type DueRule, type Milestone } from '../../../domain/agreements/document.ts';
import type { AgreementSchedule } from './schedule-type.ts';
import { newPartId, removeAt, replaceAt, type PartProps } from './part-props.ts';
import { ItemBox } from './item-box.tsx';
import { DateInput, NumberInput, SelectInput, TextArea, TextInput } from './inputs.tsx';
import { formatDay } from '../describe.ts';

const dueKinds = ['date', 'after_start', 'after_milestone', 'after_input'] as const;

function todayPlus(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function WhenPart({ document, onChange, schedule }: PartProps & { schedule: AgreementSchedule | null }) {
  const { t, i18n } = useTranslation();
  const { when } = document;
  const setWhen = (patch: Partial<typeof when>) => onChange({ ...document, when: { ...when, ...patch } });
  const setMilestones = (milestones: Milestone[]) => setWhen({ milestones });
  const setInputs = (clientInputs: ClientInput[]) => setWhen({ clientInputs });
  const resolved = new Map((schedule?.milestones ?? []).map((m) => [m.id, m.dueOn]));

  function changeDueKind(milestone: Milestone, kind: DueRule['kind']): DueRule {
    const days = 'days' in milestone.due ? milestone.due.days : 7;
    switch (kind) {
      case 'date':
        return { kind, date: todayPlus(14) };
      case 'after_start':
        return { kind, days };
      case 'after_milestone':
        return { kind, days, milestoneId: when.milestones.find((m) => m.id !== milestone.id)?.id ?? '' };
      case 'after_input':
        return { kind, days, inputId: when.clientInputs[0]?.id ?? '' };
    }
  }

  return (
    <>
      <div className="agreement-part__grid">
        <DateInput label={t('agreements.fields.startDate')} hint={t('agreements.editor.startHint')} value={when.startDate} onChange={(startDate) => setWhen({ startDate })} isOptional />
        <TextArea label={t('agreements.fields.officeHours')} hint={t('agreements.editor.officeHoursHint')} rows={2} value={when.officeHours} onChange={(officeHours) => setWhen({ officeHours })} isOptional />
      </div>

      <h3 className="agreement-part__subtitle">{t('agreements.fields.clientInputs')}</h3>
      <p className="muted">{t('agreements.editor.clientInputsHint')}</p>
      {when.clientInputs.map((input, index) => {
        const set = (patch: Partial<ClientInput>) => setInputs(replaceAt(when.clientInputs, index, { ...input, ...patch }));
        const legend = input.title || t('agreements.editor.inputN', { n: index + 1 });
        return (
          <ItemBox key={input.id} legend={legend} onRemove={() => setInputs(removeAt(when.clientInputs, index))}>
            <TextInput label={t('agreements.fields.inputTitle')} value={input.title} onChange={(title) => set({ title })} className="agreement-item__wide" />
            <SelectInput
              label={t('agreements.fields.expected')}
              value={input.expected.kind}
              options={[
                { value: 'date', label: t('agreements.dueKinds.date') },
                { value: 'after_start', label: t('agreements.dueKinds.after_start') },
              ]}
              onChange={(kind) => set({ expected: kind === 'date' ? { kind, date: todayPlus(7) } : { kind, days: 3 } })}
            />
            {input.expected.kind === 'date' ? (
              <DateInput label={t('agreements.fields.date')} value={input.expected.date} onChange={(date) => date && set({ expected: { kind: 'date', date } })} />
            ) : (
              <NumberInput label={t('agreements.fields.days')} value={input.expected.days} onChange={(days) => set({ expected: { kind: 'after_start', days: Math.round(days ?? 0) } })} />
            )}
          </ItemBox>
        );
      })}
      <button type="button" className="button button--secondary" onClick={() => setInputs([...when.clientInputs, { id: newPartId('in'), title: '', expected: { kind: 'after_start', days: 3 } }])}>
        {t('agreements.editor.addInput')}
      </button>

      <h3 className="agreement-part__subtitle">{t('agreements.fields.milestones')}</h3>
      {when.milestones.map((milestone, index) => {
        const set = (patch: Partial<Milestone>) => setMilestones(replaceAt(when.milestones, index, { ...milestone, ...patch }));
        const setDue = (due: DueRule) => set({ due });
        const legend = milestone.title || t('agreements.editor.milestoneN', { n: index + 1 });
        const { due } = milestone;
        const dueOn = resolved.get(milestone.id);
        return (
          <ItemBox key={milestone.id} legend={legend} onRemove={() => setMilestones(removeAt(when.milestones, index))}>
            <TextInput label={t('agreements.fields.milestoneTitle')} value={milestone.title} onChange={(title) => set({ title })} className="agreement-item__wide" />
            <SelectInput label={t('agreements.fields.owner')} value={milestone.owner} options={milestoneOwners.map((value) => ({ value, label: t(`agreements.owners.${value}`) }))} onChange={(owner) => set({ owner })} />
            <SelectInput label={t('agreements.fields.dueKind')} value={due.kind} options={dueKinds.map((value) => ({ value, label: t(`agreements.dueKinds.${value}`) }))} onChange={(kind) => setDue(changeDueKind(milestone, kind))} />
            {due.kind === 'date' && <DateInput label={t('agreements.fields.date')} value={due.date} onChange={(date) => date && setDue({ kind: 'date', date })} />}
            {due.kind !== 'date' && <NumberInput label={t('agreements.fields.daysAfter')} value={due.days} onChange={(days) => setDue({ ...due, days: Math.round(days ?? 0) })} />}
            {due.kind === 'after_milestone' && (
              <SelectInput
                label={t('agreements.fields.afterMilestone')}
                value={due.milestoneId}
                options={[{ value: '', label: t('agreements.editor.choose') }, ...when.milestones.filter((m) => m.id !== milestone.id).map((m, i) => ({ value: m.id, label: m.title || t('agreements.editor.milestoneN', { n: i + 1 }) }))]}
                onChange={(milestoneId) => setDue({ ...due, milestoneId })}
              />
            )}
            {due.kind === 'after_input' && (
              <SelectInput
                label={t('agreements.fields.afterInput')}
                value={due.inputId}
                options={[{ value: '', label: t('agreements.editor.choose') }, ...when.clientInputs.map((input, i) => ({ value: input.id, label: input.title || t('agreements.editor.inputN', { n: i + 1 }) }))]}
                onChange={(inputId) => setDue({ ...due, inputId })}
              />
            )}
            <p className="muted agreement-item__wide agreement-item__note">{dueOn ? t('agreements.editor.resolvedOn', { date: formatDay(dueOn, i18n.language) }) : t('agreements.editor.resolvedLater')}</p>
          </ItemBox>
        );
      })}
      <button type="button" className="button button--secondary" onClick={() => setMilestones([...when.milestones, { id: newPartId('m'), title: '', owner: 'freelancer', due: { kind: 'after_start', days: 7 } }])}>
        {t('agreements.editor.addMilestone')}
      </button>
    </>
  );
}
