// The "Invoicing" section of the settings page: seller details, numbering with a live preview, payment terms, the
// reminder schedule, retainers, tax and withholding, and reference rates. Saved with the version read (409 when stale).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getInvoicingSettings, saveInvoicingSettings } from '../api/invoicing-settings.ts';
import { ApiError } from '../api/http.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Field } from '../components/field.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { focusFirstInvalid } from '../forms/form-errors.ts';
import { useResource } from '../hooks/use-resource.ts';
import { problemText, serverProblem } from './problem-text.ts';
import { ReminderDaysEditor } from './reminder-days-editor.tsx';
import { ReferenceRatesEditor } from './reference-rates-editor.tsx';
import { draftOf, formPathOf, numberPreview, patternProblem, rateTables, readDraft, withholdingChoices, type DraftProblems, type SettingsDraft, type WithholdingChoice } from './settings-draft.ts';
import './invoicing-settings.css';

const headingId = 'settings-invoicing';

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The whole section, ready to drop into the settings page. */
export function InvoicingSettingsSection() {
  const { t } = useTranslation();
  return (
    <section className="card settings-section invoicing-settings" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('invoicingSettings.title')}
      </h2>
      <p className="section-intro">{t('invoicingSettings.intro')}</p>
      <InvoicingSettingsForm />
    </section>
  );
}

function InvoicingSettingsForm() {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const doc = useResource((signal) => getInvoicingSettings(signal), []);
  const [draft, setDraft] = useState<SettingsDraft>();
  const [problems, setProblems] = useState<DraftProblems>({});
  const [failure, setFailure] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (doc.data) setDraft(draftOf(doc.data.settings, i18n.language));
    // The language only shapes the decimal mark of what is loaded; switching it must not throw away what was typed.
  }, [doc.data]);

  if (doc.error !== undefined && !doc.data) return <ErrorAlert error={doc.error} onRetry={doc.reload} />;
  if (!doc.data || !draft) return <LoadingState label={t('invoicingSettings.loading')} />;
  const view = doc.data;

  const update = (patch: Partial<SettingsDraft>) => setDraft((current) => (current ? { ...current, ...patch } : current));
  const message = (path: string) => problemText(problems[path], t);
  const prefixed = (prefix: string) =>
    Object.fromEntries(
      Object.keys(problems)
        .filter((path) => path.startsWith(`${prefix}.`))
        .map((path) => [path.slice(prefix.length + 1), message(path)]),
    );
  const preview = numberPreview(draft.numberPattern, localToday());

  /** The preview already says whether a pattern works, so its error goes as soon as the typing fixes it. */
  function changePattern(numberPattern: string) {
    update({ numberPattern });
    if (problems.numberPattern && !patternProblem(numberPattern.trim())) setProblems(({ numberPattern: _fixed, ...others }) => others);
  }

  /** Rows move when one is added or removed, so problems found by index would point at the wrong row: they go. */
  function changeReminders(reminderDays: SettingsDraft['reminderDays']) {
    update({ reminderDays });
    if (draft && reminderDays.length !== draft.reminderDays.length) setProblems((current) => Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith('reminderDays'))));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft || isSaving) return;
    setFailure(undefined);
    const result = readDraft(draft, view.settings);
    setProblems(result.problems);
    if (!result.settings) return focusFirstInvalid(formRef.current);
    setIsSaving(true);
    try {
      doc.setData(await saveInvoicingSettings(result.settings, view.version));
      showToast(t('invoicingSettings.saved'));
    } catch (error) {
      const fromServer: DraftProblems = {};
      if (error instanceof ApiError) {
        for (const problem of error.fieldErrors) {
          const path = formPathOf(problem.field, draft);
          if (path && !(path in fromServer)) fromServer[path] = serverProblem(path, draft);
        }
      }
      if (Object.keys(fromServer).length > 0) {
        setProblems(fromServer);
        focusFirstInvalid(formRef.current);
      } else setFailure(error);
    } finally {
      setIsSaving(false);
    }
  }

  const isConflict = failure instanceof ApiError && failure.status === 409;
  // What the saved details still lack to issue under Spanish rules (the NIF is there, or the rules would not apply).
  const missingSellerFields = (['name', 'address'] as const).filter((field) => view.settings.seller[field].trim() === '').map((field) => t(`invoicingSettings.seller.${field}`).toLocaleLowerCase(i18n.language));
  const reminderRowErrors = Object.fromEntries(draft.reminderDays.map((_, index) => [index, message(`reminderDays.${index}`)]));

  return (
    <form ref={formRef} className="invoicing-settings__form" onSubmit={save} noValidate aria-labelledby={headingId}>
      {failure !== undefined &&
        (isConflict ? (
          <ErrorAlert title={t('invoicingSettings.conflictTitle')} message={t('invoicingSettings.conflictBody')}>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setFailure(undefined);
                setProblems({});
                doc.reload();
              }}
            >
              {t('invoicingSettings.reload')}
            </button>
          </ErrorAlert>
        ) : (
          <ErrorAlert error={failure} />
        ))}

      <fieldset className="invoicing-settings__group">
        <legend className="subsection-title">{t('invoicingSettings.seller.title')}</legend>
        {view.isSpanishWorkspace ? (
          <div className="alert alert--info">
            <p>{t('invoicingSettings.seller.spanishRules')}</p>
            {missingSellerFields.length > 0 && <p>{t('invoicingSettings.seller.spanishMissing', { fields: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(missingSellerFields) })}</p>}
          </div>
        ) : (
          <p className="field__hint invoicing-settings__note">{t('invoicingSettings.seller.spanishHint')}</p>
        )}
        <div className="threshold-grid">
          <Field label={t('invoicingSettings.seller.name')} error={message('seller.name')}>
            {(control) => <input {...control} className="input" autoComplete="name" value={draft.seller.name} onChange={(event) => update({ seller: { ...draft.seller, name: event.target.value } })} />}
          </Field>
          <Field label={t('invoicingSettings.seller.taxId')} hint={t('invoicingSettings.seller.taxIdHint')} error={message('seller.taxId')}>
            {(control) => <input {...control} className="input" autoComplete="off" value={draft.seller.taxId} onChange={(event) => update({ seller: { ...draft.seller, taxId: event.target.value } })} />}
          </Field>
        </div>
        <Field label={t('invoicingSettings.seller.address')} error={message('seller.address')}>
          {(control) => <textarea {...control} className="input textarea invoicing-settings__address" rows={3} autoComplete="street-address" value={draft.seller.address} onChange={(event) => update({ seller: { ...draft.seller, address: event.target.value } })} />}
        </Field>
      </fieldset>

      <fieldset className="invoicing-settings__group">
        <legend className="subsection-title">{t('invoicingSettings.numbering.title')}</legend>
        <Field label={t('invoicingSettings.numbering.pattern')} hint={t('invoicingSettings.numbering.patternHint')} error={message('numberPattern')}>
          {(control) => <input {...control} className="input invoicing-settings__pattern" autoComplete="off" spellCheck={false} value={draft.numberPattern} onChange={(event) => changePattern(event.target.value)} />}
        </Field>
        <p className="invoicing-settings__preview" aria-live="polite">
          {preview.length > 0 ? (
            <>
              {t('invoicingSettings.numbering.preview')} <strong className="invoicing-settings__numbers">{preview.join(', ')}</strong>
            </>
          ) : (
            <span className="muted">{t('invoicingSettings.numbering.noPreview')}</span>
          )}
        </p>
        <div className="threshold-grid">
          <Field label={t('invoicingSettings.numbering.paymentTermsDays')} hint={t('invoicingSettings.numbering.paymentTermsHint')} error={message('paymentTermsDays')}>
            {(control) => <input {...control} className="input input--number" inputMode="numeric" autoComplete="off" value={draft.paymentTermsDays} onChange={(event) => update({ paymentTermsDays: event.target.value })} />}
          </Field>
          <Field label={t('invoicingSettings.numbering.depositDueDays')} hint={t('invoicingSettings.numbering.depositDueHint')} error={message('depositDueDays')}>
            {(control) => <input {...control} className="input input--number" inputMode="numeric" autoComplete="off" value={draft.depositDueDays} onChange={(event) => update({ depositDueDays: event.target.value })} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="invoicing-settings__group">
        <legend className="subsection-title">{t('invoicingSettings.reminders.title')}</legend>
        <p className="field__hint invoicing-settings__note">{t('invoicingSettings.reminders.intro')}</p>
        <ReminderDaysEditor rows={draft.reminderDays} onChange={changeReminders} rowErrors={reminderRowErrors} listError={message('reminderDays')} />
      </fieldset>

      <fieldset className="invoicing-settings__group">
        <legend className="subsection-title">{t('invoicingSettings.retainer.title')}</legend>
        <p className="field__hint invoicing-settings__note">{t('invoicingSettings.retainer.intro')}</p>
        <div className="invoicing-settings__choices">
          <label className="inline-check">
            <input type="radio" name="retainer-day" checked={draft.retainerMode === 'last_working_day'} onChange={() => update({ retainerMode: 'last_working_day' })} />
            <span>{t('invoicingSettings.retainer.lastWorkingDay')}</span>
          </label>
          <label className="inline-check">
            <input type="radio" name="retainer-day" checked={draft.retainerMode === 'fixed_day'} onChange={() => update({ retainerMode: 'fixed_day', retainerDay: draft.retainerDay || '25' })} />
            <span>{t('invoicingSettings.retainer.fixedDay')}</span>
          </label>
        </div>
        {draft.retainerMode === 'fixed_day' && (
          <Field label={t('invoicingSettings.retainer.day')} hint={t('invoicingSettings.retainer.dayHint')} error={message('retainerInvoiceDay')}>
            {(control) => <input {...control} className="input input--number" inputMode="numeric" autoComplete="off" value={draft.retainerDay} onChange={(event) => update({ retainerDay: event.target.value })} />}
          </Field>
        )}
      </fieldset>

      <fieldset className="invoicing-settings__group">
        <legend className="subsection-title">{t('invoicingSettings.tax.title')}</legend>
        <div className="threshold-grid">
          <Field label={t('invoicingSettings.tax.rate')} hint={t('invoicingSettings.tax.rateHint')} error={message('defaultTaxRate')}>
            {(control) => (
              <span className="percent-input">
                <input {...control} className="input" inputMode="decimal" autoComplete="off" value={draft.defaultTaxRate} onChange={(event) => update({ defaultTaxRate: event.target.value })} />
                <span aria-hidden="true">%</span>
              </span>
            )}
          </Field>
          <Field label={t('invoicingSettings.tax.withholding')} hint={t('invoicingSettings.tax.withholdingHint')} error={message('defaultWithholdingRate')}>
            {(control) => (
              <select {...control} className="input" value={draft.defaultWithholdingRate} onChange={(event) => update({ defaultWithholdingRate: Number(event.target.value) as WithholdingChoice })}>
                {withholdingChoices.map((rate) => (
                  <option key={rate} value={rate}>
                    {t(`invoicingSettings.tax.withholdingChoices.${rate}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="invoicing-settings__group">
        <legend className="subsection-title">{t('invoicingSettings.rates.title')}</legend>
        <p className="field__hint invoicing-settings__note">{t('invoicingSettings.rates.intro')}</p>
        {rateTables.map((table) => (
          <ReferenceRatesEditor key={table} table={table} rows={draft[table]} onChange={(rows) => update({ [table]: rows })} errors={prefixed(table)} />
        ))}
        {(message('euReferenceRates') || message('ukBaseRates')) && (
          <p className="field__error" role="alert">
            {message('euReferenceRates') ?? message('ukBaseRates')}
          </p>
        )}
      </fieldset>

      <p className="muted">{view.version === 0 ? t('invoicingSettings.usingDefaults') : t('invoicingSettings.version', { version: view.version })}</p>
      <div className="page__actions">
        <button type="submit" className="button button--primary" disabled={isSaving} aria-busy={isSaving || undefined}>
          {isSaving ? t('invoicingSettings.saving') : t('invoicingSettings.save')}
        </button>
      </div>
    </form>
  );
}
