// The client's recurring tasks, step by step, for the handoff document; a step marked confidential stays in Sana.
import { useTranslation } from 'react-i18next';
import type { SaveOffboarding } from '../api/offboarding.ts';

export type ProcedureDraft = { title: string; cadence: string; steps: { text: string; isConfidential: boolean }[] };

type Props = { procedures: ProcedureDraft[]; onChange(procedures: ProcedureDraft[]): void; idPrefix: string };

export function toProcedureBody(procedures: ProcedureDraft[]): NonNullable<SaveOffboarding['procedures']> {
  return procedures
    .map((p) => ({ title: p.title.trim(), cadence: p.cadence.trim(), steps: p.steps.map((s) => ({ text: s.text.trim(), isConfidential: s.isConfidential })).filter((s) => s.text !== '') }))
    .filter((p) => p.title !== '' || p.steps.length > 0);
}

export function ProceduresEditor({ procedures, onChange, idPrefix }: Props) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<ProcedureDraft>) => onChange(procedures.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <div>
      {procedures.map((procedure, index) => {
        const id = `${idPrefix}-${index}`;
        const name = procedure.title || t('offboarding.procedures.untitled', { number: index + 1 });
        return (
          <fieldset key={index} className="row-card offboarding__procedure">
            <legend className="row-card__legend">{name}</legend>
            <div className="row-card__fields">
              <div className="field">
                <label className="field__label" htmlFor={`${id}-title`}>
                  {t('offboarding.procedures.task')}
                </label>
                <input id={`${id}-title`} className="input" value={procedure.title} maxLength={200} onChange={(e) => update(index, { title: e.target.value })} />
              </div>
              <div className="field">
                <label className="field__label" htmlFor={`${id}-cadence`}>
                  {t('offboarding.procedures.cadence')}
                </label>
                <input id={`${id}-cadence`} className="input" value={procedure.cadence} maxLength={200} placeholder={t('offboarding.procedures.cadenceExample')} onChange={(e) => update(index, { cadence: e.target.value })} />
              </div>
            </div>
            <ol className="offboarding__items">
              {procedure.steps.map((step, stepIndex) => (
                <li key={stepIndex} className="offboarding__item">
                  <label className="visually-hidden" htmlFor={`${id}-step-${stepIndex}`}>
                    {t('offboarding.procedures.stepLabel', { number: stepIndex + 1, task: name })}
                  </label>
                  <input
                    id={`${id}-step-${stepIndex}`}
                    className="input"
                    value={step.text}
                    maxLength={2000}
                    onChange={(e) => update(index, { steps: procedure.steps.map((s, i) => (i === stepIndex ? { ...s, text: e.target.value } : s)) })}
                  />
                  <span className="inline-check">
                    <input
                      id={`${id}-step-${stepIndex}-confidential`}
                      type="checkbox"
                      checked={step.isConfidential}
                      onChange={(e) => update(index, { steps: procedure.steps.map((s, i) => (i === stepIndex ? { ...s, isConfidential: e.target.checked } : s)) })}
                    />
                    <label htmlFor={`${id}-step-${stepIndex}-confidential`}>
                      {t('offboarding.procedures.confidential')}
                      <span className="visually-hidden"> ({t('offboarding.procedures.stepLabel', { number: stepIndex + 1, task: name })})</span>
                    </label>
                  </span>
                  <button type="button" className="button button--ghost button--small" onClick={() => update(index, { steps: procedure.steps.filter((_, i) => i !== stepIndex) })}>
                    {t('offboarding.procedures.removeStep')}
                    <span className="visually-hidden"> {t('offboarding.procedures.stepLabel', { number: stepIndex + 1, task: name })}</span>
                  </button>
                </li>
              ))}
            </ol>
            <div className="offboarding__row">
              <button type="button" className="button button--secondary button--small" onClick={() => update(index, { steps: [...procedure.steps, { text: '', isConfidential: false }] })}>
                {t('offboarding.procedures.addStep')}
                <span className="visually-hidden"> ({name})</span>
              </button>
              <button type="button" className="button button--ghost-danger button--small" onClick={() => onChange(procedures.filter((_, i) => i !== index))}>
                {t('offboarding.procedures.remove')}
                <span className="visually-hidden"> {name}</span>
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" className="button button--secondary" onClick={() => onChange([...procedures, { title: '', cadence: '', steps: [{ text: '', isConfidential: false }] }])}>
        {t('offboarding.procedures.add')}
      </button>
    </div>
  );
}
