// The draft invoice form: client and kind, lines, withholding, dates, the buyer's legal details, late-fee rule and notes,
// with the totals per rate beside it, recomputed as you type by the same functions the server uses.
import { useMemo, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/field.tsx';
import { CurrencyInput } from '../components/currency-input.tsx';
import type { FieldErrors } from '../forms/form-errors.ts';
import { supportedLanguages } from '../i18n/language.ts';
import { InvoiceTotals, totalsView } from './invoice-totals.tsx';
import { invoiceKindChoices, liveTotals, withholdingChoices, type InvoiceDraft, type WithholdingRate } from './invoice-draft.ts';
import { LateFeeFields } from './late-fee-fields.tsx';
import { LinesEditor } from './lines-editor.tsx';
import './invoices.css';

type InvoiceEditorProps = {
  draft: InvoiceDraft;
  errors: FieldErrors;
  /** The client control: a chooser on a new invoice, the client's name on a saved draft. */
  clientControl: ReactNode;
  /** What the buyer's legal name becomes when left empty (the client's company or name). */
  buyerNameFallback?: string;
  defaultTaxRate: number;
  paymentTermsDays?: number;
  formRef: RefObject<HTMLFormElement | null>;
  /** The buttons under the form; the first submit button saves. */
  actions: ReactNode;
  onChange(draft: InvoiceDraft): void;
  onSubmit(): void;
};

export function InvoiceEditor({ draft, errors, clientControl, buyerNameFallback, defaultTaxRate, paymentTermsDays, formRef, actions, onChange, onSubmit }: InvoiceEditorProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<InvoiceDraft>) => onChange({ ...draft, ...patch });
  const { totals, lineBases } = useMemo(() => liveTotals(draft), [draft]);

  return (
    <form
      ref={formRef}
      className="invoice-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div className="invoice-form__main">
        <fieldset className="card invoice-form__section">
          <legend className="invoice-form__legend">{t('invoices.editor.sections.who')}</legend>
          <div className="invoice-form__grid">
            {clientControl}
            <Field label={t('invoices.fields.kind')} error={errors.kind}>
              {(control) => (
                <select {...control} className="input" value={draft.kind} onChange={(event) => set({ kind: event.target.value as InvoiceDraft['kind'] })}>
                  {invoiceKindChoices.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`invoices.kinds.${kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('invoices.fields.currency')} error={errors.currency} hint={t('invoices.fields.currencyHint')}>
              {(control) => <CurrencyInput {...control} value={draft.currency} onChange={(currency) => set({ currency })} />}
            </Field>
            <Field label={t('invoices.fields.language')} hint={t('invoices.fields.languageHint')}>
              {(control) => (
                <select {...control} className="input" value={draft.language} onChange={(event) => set({ language: event.target.value as InvoiceDraft['language'] })}>
                  {supportedLanguages.map((language) => (
                    <option key={language} value={language}>
                      {t(`languages.${language}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </fieldset>

        <fieldset className="card invoice-form__section">
          <legend className="invoice-form__legend">{t('invoices.editor.sections.lines')}</legend>
          <LinesEditor lines={draft.lines} currency={draft.currency} lineBases={lineBases} defaultTaxRate={defaultTaxRate} errors={errors} onChange={(lines) => set({ lines })} />
          <Field label={t('invoices.fields.withholding')} hint={t('invoices.fields.withholdingHint')} error={errors.withholdingRate} className="invoice-form__withholding">
            {(control) => (
              <select {...control} className="input" value={draft.withholdingRate} onChange={(event) => set({ withholdingRate: Number(event.target.value) as WithholdingRate })}>
                {withholdingChoices.map((rate) => (
                  <option key={rate} value={rate}>
                    {t(`invoices.withholdingChoices.${rate}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>

        <fieldset className="card invoice-form__section">
          <legend className="invoice-form__legend">{t('invoices.editor.sections.dates')}</legend>
          <div className="invoice-form__grid">
            <Field label={t('invoices.fields.dueOn')} error={errors.dueOn} isOptional hint={paymentTermsDays === undefined ? t('invoices.fields.dueOnHintPlain') : t('invoices.fields.dueOnHint', { count: paymentTermsDays })}>
              {(control) => <input {...control} type="date" className="input input--date" value={draft.dueOn} onChange={(event) => set({ dueOn: event.target.value })} />}
            </Field>
            <Field label={t('invoices.fields.operationDate')} error={errors.operationDate} isOptional hint={t('invoices.fields.operationDateHint')}>
              {(control) => <input {...control} type="date" className="input input--date" value={draft.operationDate} onChange={(event) => set({ operationDate: event.target.value })} />}
            </Field>
          </div>
        </fieldset>

        <fieldset className="card invoice-form__section">
          <legend className="invoice-form__legend">{t('invoices.editor.sections.buyer')}</legend>
          <p className="section-intro">{t('invoices.editor.buyerIntro')}</p>
          <div className="invoice-form__grid">
            <Field label={t('invoices.fields.buyerName')} error={errors['buyer.name']} isOptional hint={buyerNameFallback ? t('invoices.fields.buyerNameHint', { name: buyerNameFallback }) : undefined}>
              {(control) => <input {...control} className="input" autoComplete="off" maxLength={200} value={draft.buyer.name} onChange={(event) => set({ buyer: { ...draft.buyer, name: event.target.value } })} />}
            </Field>
            <Field label={t('invoices.fields.buyerTaxId')} error={errors['buyer.taxId']} isOptional>
              {(control) => <input {...control} className="input" autoComplete="off" maxLength={50} value={draft.buyer.taxId} onChange={(event) => set({ buyer: { ...draft.buyer, taxId: event.target.value } })} />}
            </Field>
            <Field label={t('invoices.fields.buyerAddress')} error={errors['buyer.address']} isOptional className="invoice-form__wide">
              {(control) => <textarea {...control} className="input textarea" rows={2} maxLength={500} value={draft.buyer.address} onChange={(event) => set({ buyer: { ...draft.buyer, address: event.target.value } })} />}
            </Field>
          </div>
        </fieldset>

        <fieldset className="card invoice-form__section">
          <legend className="invoice-form__legend">{t('invoices.editor.sections.lateFees')}</legend>
          <p className="section-intro">{t('invoices.editor.lateFeesIntro')}</p>
          <LateFeeFields value={draft.lateFee} currency={draft.currency} errors={errors} onChange={(lateFee) => set({ lateFee })} />
        </fieldset>

        <fieldset className="card invoice-form__section">
          <legend className="invoice-form__legend">{t('invoices.editor.sections.notes')}</legend>
          <Field label={t('invoices.fields.notes')} error={errors.notes} isOptional hint={t('invoices.fields.notesHint')}>
            {(control) => <textarea {...control} className="input textarea" rows={3} maxLength={2000} value={draft.notes} onChange={(event) => set({ notes: event.target.value })} />}
          </Field>
        </fieldset>

      </div>

      <section className="card invoice-form__aside" aria-labelledby="invoice-live-totals">
        <h2 id="invoice-live-totals" className="section-title">
          {t('invoices.editor.totalsTitle')}
        </h2>
        <InvoiceTotals totals={totalsView(totals)} currency={draft.currency} caption={t('invoices.totals.perRate')} />
        <p className="muted invoice-form__totals-note">{t('invoices.editor.totalsNote')}</p>
        {/* Beside the totals, so saving and issuing never need a scroll to the end of a long form. */}
        <div className="invoice-form__actions">{actions}</div>
      </section>
    </form>
  );
}
