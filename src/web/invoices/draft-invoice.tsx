// A draft on its own page: the same editor as a new invoice, saved with the version it was read at (someone else's save in
// between is reported, never overwritten), and "Issue", which confirms first: the draft takes the next number for good.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { issueInvoice, updateInvoice, type Invoice } from '../api/invoices.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { fieldErrorsFrom, focusFirstInvalid, type FieldErrors } from '../forms/form-errors.ts';
import { InvoiceEditor } from './invoice-editor.tsx';
import { draftFromInvoice, readDraft, type InvoiceDraft } from './invoice-draft.ts';
import { describeInvoiceError, draftProblemMessages, invoiceFieldMessage, invoiceTitle, isMissingSellerDetails } from './invoice-text.ts';

type DraftInvoiceProps = {
  invoice: Invoice;
  clientName?: string;
  buyerNameFallback?: string;
  defaultTaxRate: number;
  paymentTermsDays?: number;
  onChanged(invoice: Invoice): void;
  onReload(): void;
};

/** The draft without the lines' screen keys, to tell whether anything was changed since the last save. */
function comparable(draft: InvoiceDraft): string {
  return JSON.stringify({ ...draft, lines: draft.lines.map(({ key: _key, ...line }) => line) });
}

export function DraftInvoice({ invoice, clientName, buyerNameFallback, defaultTaxRate, paymentTermsDays, onChanged, onReload }: DraftInvoiceProps) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const [draft, setDraft] = useState(() => draftFromInvoice(invoice, i18n.language));
  const saved = useRef(comparable(draft));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [actionError, setActionError] = useState<{ error: unknown; action: 'save' | 'issue' }>();
  const [hasConflict, setHasConflict] = useState(false);
  const [needsSellerDetails, setNeedsSellerDetails] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [isConfirmingIssue, setIsConfirmingIssue] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertsRef = useRef<HTMLDivElement>(null);

  // Save and Issue sit beside the totals, often far below the top: bring a refusal that has no field of its own into view.
  useEffect(() => {
    if (hasConflict || actionError || needsSellerDetails) alertsRef.current?.scrollIntoView({ block: 'nearest' });
  }, [hasConflict, actionError, needsSellerDetails]);

  // A new version from the server (after a save or a reload) becomes what is edited.
  useEffect(() => {
    const fresh = draftFromInvoice(invoice, i18n.language);
    saved.current = comparable(fresh);
    setDraft(fresh);
  }, [invoice.id, invoice.version]);

  const isDirty = comparable(draft) !== saved.current;

  /** Checks the form, then sends it if changed; returns the invoice as saved, or undefined when something needs fixing. */
  async function saveIfChanged(action: 'save' | 'issue'): Promise<Invoice | undefined> {
    const { body, problems } = readDraft(draft);
    const found = draftProblemMessages(problems, t);
    setErrors(found);
    if (!body || Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return undefined;
    }
    if (!isDirty && action === 'issue') return invoice;
    try {
      return await updateInvoice(invoice.id, { version: invoice.version, ...body });
    } catch (error) {
      handleError(error, action);
      return undefined;
    }
  }

  function handleError(error: unknown, action: 'save' | 'issue') {
    if (error instanceof ApiError && error.code === 'version_conflict') return setHasConflict(true);
    setNeedsSellerDetails(isMissingSellerDetails(error));
    const fromServer = fieldErrorsFrom(error, (field) => invoiceFieldMessage(field, t, { lateFeeKind: draft.lateFee.kind }));
    const onForm = Object.fromEntries(Object.entries(fromServer).filter(([field]) => !field.startsWith('seller.')));
    setErrors(onForm);
    if (Object.keys(onForm).length > 0) focusFirstInvalid(formRef.current);
    if (Object.keys(fromServer).length === 0 || action === 'issue') setActionError({ error, action });
  }

  async function save() {
    if (isBusy) return;
    setIsBusy(true);
    setActionError(undefined);
    setNeedsSellerDetails(false);
    try {
      const updated = await saveIfChanged('save');
      if (updated) {
        onChanged(updated);
        showToast(t('invoices.editor.draftSaved'));
      }
    } finally {
      setIsBusy(false);
    }
  }

  async function issue() {
    setIsBusy(true);
    setActionError(undefined);
    setNeedsSellerDetails(false);
    try {
      const current = await saveIfChanged('issue');
      if (!current) return;
      if (current !== invoice) onChanged(current);
      try {
        const issued = await issueInvoice(current.id);
        onChanged(issued);
        showToast(t('invoices.issue.issuedToast', { title: invoiceTitle(issued, t) }));
      } catch (error) {
        handleError(error, 'issue');
      }
    } finally {
      setIsBusy(false);
      setIsConfirmingIssue(false);
    }
  }

  return (
    <>
      <div ref={alertsRef} className="invoice-page__alerts">
        {hasConflict && (
          <ErrorAlert title={t('invoices.editor.conflictTitle')} message={t('invoices.editor.conflictBody')}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setHasConflict(false);
                onReload();
              }}
            >
              {t('invoices.editor.reload')}
            </button>
          </ErrorAlert>
        )}
        {actionError && <ErrorAlert message={describeInvoiceError(actionError.error, t, actionError.action)} />}
        {needsSellerDetails && (
          <div className="alert alert--error">
            <p>{t('invoices.issue.sellerDetails')}</p>
            <p>
              <Link to="/settings">{t('invoices.issue.openSettings')}</Link>
            </p>
          </div>
        )}
      </div>
      <InvoiceEditor
        draft={draft}
        errors={errors}
        formRef={formRef}
        defaultTaxRate={defaultTaxRate}
        paymentTermsDays={paymentTermsDays}
        buyerNameFallback={buyerNameFallback}
        onChange={setDraft}
        onSubmit={() => void save()}
        clientControl={
          <div className="field">
            <span className="field__label">{t('invoices.fields.client')}</span>
            <p className="invoice-form__fixed">
              <Link to={`/clients/${invoice.clientId}`}>{clientName ?? invoice.buyer.name}</Link>
            </p>
          </div>
        }
        actions={
          <>
            <button type="submit" className="button button--secondary" disabled={isBusy} aria-busy={isBusy || undefined}>
              {isDirty ? t('invoices.editor.saveDraft') : t('invoices.editor.saved')}
            </button>
            <button type="button" className="button button--primary" disabled={isBusy} onClick={() => setIsConfirmingIssue(true)}>
              {t('invoices.issue.button')}
            </button>
          </>
        }
      />
      <ConfirmDialog
        isOpen={isConfirmingIssue}
        title={t('invoices.issue.confirmTitle')}
        confirmLabel={t('invoices.issue.confirm')}
        isBusy={isBusy}
        onConfirm={() => void issue()}
        onCancel={() => setIsConfirmingIssue(false)}
        fallbackFocus={() => document.querySelector<HTMLElement>('h1')}
      >
        <p>{t('invoices.issue.confirmBody')}</p>
        {isDirty && <p>{t('invoices.issue.savesFirst')}</p>}
      </ConfirmDialog>
    </>
  );
}
