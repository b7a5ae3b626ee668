// The offboarding page's editable part (DOMAIN.md section 10): the checklist, where the work stands, what remains,
// and the recurring tasks step by step. Saved as one document with the version it was read at.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveOffboarding, type Offboarding } from '../api/offboarding.ts';
import { ApiError } from '../api/http.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { ProceduresEditor, toProcedureBody, type ProcedureDraft } from './procedures-editor.tsx';

const checklistItems = ['keep_talking', 'finish_work', 'document_procedures', 'speak_well', 'keep_confidences'] as const;
type Checklist = Offboarding['checklist'];

type Props = { offboarding: Offboarding; onSaved(offboarding: Offboarding): void; onDirtyChange(isDirty: boolean): void; onConflict(): void };

export function OffboardingForm({ offboarding, onSaved, onDirtyChange, onConflict }: Props) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const [checklist, setChecklist] = useState<Checklist>(offboarding.checklist);
  const [workStatus, setWorkStatus] = useState(offboarding.workStatus);
  const [openItems, setOpenItems] = useState(offboarding.openItems);
  const [procedures, setProcedures] = useState<ProcedureDraft[]>(offboarding.procedures);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const isReadOnly = offboarding.isClosed;

  function changed<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      onDirtyChange(true);
    };
  }
  const setList = changed(setOpenItems);

  async function save() {
    setIsBusy(true);
    setError(undefined);
    try {
      const saved = await saveOffboarding(offboarding.clientId, {
        version: offboarding.version,
        checklist,
        workStatus,
        openItems: openItems.map((item) => ({ text: item.text.trim(), isDone: item.isDone })).filter((item) => item.text !== ''),
        procedures: toProcedureBody(procedures),
      });
      onDirtyChange(false);
      onSaved(saved);
      setOpenItems(saved.openItems);
      setProcedures(saved.procedures);
      showToast(t('offboarding.page.saved'));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'version_conflict') onConflict();
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset disabled={isReadOnly} className="offboarding__fieldset">
        <section className="card offboarding__section" aria-labelledby="offboarding-checklist">
          <h2 id="offboarding-checklist" className="section-title">
            {t('offboarding.checklist.title')}
          </h2>
          <ul className="check-list">
            {checklistItems.map((item) => (
              <li key={item} className="check-list__item">
                <input id={`checklist-${item}`} type="checkbox" checked={checklist[item]} aria-describedby={`checklist-${item}-hint`} onChange={(e) => changed(setChecklist)({ ...checklist, [item]: e.target.checked })} />
                <span>
                  <label htmlFor={`checklist-${item}`}>{t(`offboarding.checklist.items.${item}`)}</label>
                  <span id={`checklist-${item}-hint`} className="offboarding__hint">
                    {' '}
                    {t(`offboarding.checklist.hints.${item}`)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>

        <section className="card offboarding__section" aria-labelledby="offboarding-work">
          <h2 id="offboarding-work" className="section-title">
            {t('offboarding.work.title')}
          </h2>
          <Field label={t('offboarding.work.status')} hint={t('offboarding.work.statusHint')}>
            {(control) => <textarea {...control} className="input textarea" rows={4} maxLength={20000} value={workStatus} onChange={(e) => changed(setWorkStatus)(e.target.value)} />}
          </Field>
          <h3 className="offboarding__subtitle">{t('offboarding.work.openItems')}</h3>
          {openItems.length === 0 && <p className="muted">{t('offboarding.work.noOpenItems')}</p>}
          <ul className="offboarding__items">
            {openItems.map((item, index) => (
              <li key={index} className="offboarding__item">
                <label className="visually-hidden" htmlFor={`open-item-${index}`}>
                  {t('offboarding.work.itemLabel', { number: index + 1 })}
                </label>
                <input id={`open-item-${index}`} className="input" value={item.text} maxLength={1000} onChange={(e) => setList(openItems.map((it, i) => (i === index ? { ...it, text: e.target.value } : it)))} />
                <span className="inline-check">
                  <input id={`open-item-${index}-done`} type="checkbox" checked={item.isDone} onChange={(e) => setList(openItems.map((it, i) => (i === index ? { ...it, isDone: e.target.checked } : it)))} />
                  <label htmlFor={`open-item-${index}-done`}>
                    {t('offboarding.work.done')}
                    <span className="visually-hidden"> ({t('offboarding.work.itemLabel', { number: index + 1 })})</span>
                  </label>
                </span>
                <button type="button" className="button button--ghost button--small" onClick={() => setList(openItems.filter((_, i) => i !== index))}>
                  {t('offboarding.work.remove')}
                  <span className="visually-hidden"> {t('offboarding.work.itemLabel', { number: index + 1 })}</span>
                </button>
              </li>
            ))}
          </ul>
          <p>
            <button type="button" className="button button--secondary button--small" onClick={() => setList([...openItems, { text: '', isDone: false }])}>
              {t('offboarding.work.add')}
            </button>
          </p>
        </section>

        <section className="card offboarding__section" aria-labelledby="offboarding-procedures">
          <h2 id="offboarding-procedures" className="section-title">
            {t('offboarding.procedures.title')}
          </h2>
          <p className="section-intro">{t('offboarding.procedures.intro')}</p>
          <ProceduresEditor idPrefix="procedure" procedures={procedures} onChange={changed(setProcedures)} />
        </section>
      </fieldset>
      {error !== undefined && <ErrorAlert error={error} />}
      {!isReadOnly && (
        <p>
          <button type="submit" className="button button--primary" disabled={isBusy} aria-busy={isBusy || undefined}>
            {t('offboarding.page.save')}
          </button>
        </p>
      )}
    </form>
  );
}
