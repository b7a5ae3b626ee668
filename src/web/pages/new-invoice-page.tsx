// A new draft invoice: choose the client (their currency and language come with them), write the lines, see the totals,
// save it as a draft and land on the invoice's own page, where it can be issued.
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { createInvoice, getInvoicingSettings } from '../api/invoices.ts';
import { getClient, listClients } from '../api/clients.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { Field } from '../components/field.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { fieldErrorsFrom, focusFirstInvalid, type FieldErrors } from '../forms/form-errors.ts';
import { useActiveSession } from '../session/session-context.tsx';
import { InvoiceEditor } from '../invoices/invoice-editor.tsx';
import { emptyDraft, readDraft, withholdingChoices, type InvoiceDraft, type WithholdingRate } from '../invoices/invoice-draft.ts';
import { describeInvoiceError, draftProblemMessages, invoiceFieldMessage } from '../invoices/invoice-text.ts';
import { isLanguage } from '../i18n/language.ts';
import '../invoices/invoices.css';

export function NewInvoicePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('invoices.newTitle'));
  const session = useActiveSession();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const [params, setParams] = useSearchParams();
  const clientId = params.get('clientId') ?? '';
  const clients = useResource((signal) => listClients({ limit: 200 }, signal), []);
  const settings = useResource((signal) => getInvoicingSettings(signal), []);
  const client = useResource((signal) => (clientId ? getClient(clientId, signal) : Promise.resolve(undefined)), [clientId]);
  const [draft, setDraft] = useState<InvoiceDraft>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const isSettingsSettled = settings.data !== undefined || settings.error !== undefined;
  const defaultTaxRate = settings.data?.settings.defaultTaxRate ?? 0;
  const defaultWithholding = settings.data?.settings.defaultWithholdingRate ?? 0;

  const isClientSettled = !clientId || client.data !== undefined || client.error !== undefined;

  // The first draft waits for the settings (default tax rate and withholding; plain zeros if they cannot be read) and for
  // the client named in the link, whose currency and language it starts with.
  useEffect(() => {
    if (draft || !isSettingsSettled || !isClientSettled) return;
    const chosen = client.data;
    setDraft(
      emptyDraft({
        clientId,
        currency: chosen?.currency ?? session.workspace.currency,
        language: isLanguage(chosen?.language) ? chosen.language : isLanguage(session.workspace.language) ? session.workspace.language : 'en',
        taxRate: defaultTaxRate,
        withholdingRate: (withholdingChoices as readonly number[]).includes(defaultWithholding) ? (defaultWithholding as WithholdingRate) : 0,
        uiLanguage: i18n.language,
      }),
    );
  }, [isSettingsSettled, isClientSettled]);

  // Choosing another client brings their currency and invoice language.
  useEffect(() => {
    const chosen = client.data;
    if (!chosen) return;
    setDraft((current) => current && current.clientId !== chosen.id ? { ...current, clientId: chosen.id, currency: chosen.currency, language: isLanguage(chosen.language) ? chosen.language : current.language } : current);
  }, [client.data]);

  function chooseClient(id: string) {
    setErrors(({ clientId: _dropped, ...rest }) => rest);
    const next = new URLSearchParams(params);
    if (id) next.set('clientId', id);
    else next.delete('clientId');
    setParams(next, { replace: true });
  }

  async function save() {
    if (!draft || isSaving) return;
    setSubmitError(undefined);
    const { body, problems } = readDraft(draft);
    const found = draftProblemMessages(problems, t);
    if (!clientId) found.clientId = t('invoices.errors.client');
    setErrors(found);
    if (!body || Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);
    setIsSaving(true);
    try {
      const invoice = await createInvoice({ clientId, ...body });
      showToast(t('invoices.editor.draftCreated'));
      void navigate(`/invoices/${invoice.id}`);
    } catch (error) {
      const fromServer = fieldErrorsFrom(error, (field) => invoiceFieldMessage(field, t, { lateFeeKind: draft.lateFee.kind }));
      setErrors(fromServer);
      if (Object.keys(fromServer).length > 0) focusFirstInvalid(formRef.current);
      else setSubmitError(error);
    } finally {
      setIsSaving(false);
    }
  }

  const chosen = client.data;
  const clientItems = clients.data?.items ?? [];
  const hasNoClients = clients.data !== undefined && clients.data.items.length === 0;

  return (
    <div className="page invoice-page">
      <p className="back-link">
        <Link to="/invoices">
          <span aria-hidden="true">← </span>
          {t('invoices.list.title')}
        </Link>
      </p>
      <header className="page__header">
        <PageHeading>{t('invoices.newTitle')}</PageHeading>
      </header>
      <p className="lead">{t('invoices.newIntro')}</p>
      {clients.error !== undefined ? (
        <ErrorAlert error={clients.error} onRetry={clients.reload} />
      ) : hasNoClients ? (
        <EmptyState
          title={t('invoices.editor.noClientsTitle')}
          action={
            <Link to="/clients/new" className="button button--primary">
              {t('invoices.editor.addClient')}
            </Link>
          }
        >
          <p>{t('invoices.editor.noClientsBody')}</p>
        </EmptyState>
      ) : !draft || !clients.data ? (
        <LoadingState label={t('invoices.editor.loading')} />
      ) : (
        <>
          {client.error !== undefined && <ErrorAlert error={client.error} onRetry={client.reload} />}
          {submitError !== undefined && <ErrorAlert message={describeInvoiceError(submitError, t, 'save')} />}
          <InvoiceEditor
            draft={draft}
            errors={errors}
            formRef={formRef}
            defaultTaxRate={defaultTaxRate}
            paymentTermsDays={settings.data?.settings.paymentTermsDays}
            buyerNameFallback={chosen ? chosen.company || chosen.name : undefined}
            onChange={setDraft}
            onSubmit={() => void save()}
            clientControl={
              <Field label={t('invoices.fields.client')} error={errors.clientId}>
                {(control) => (
                  <select {...control} className="input" value={clientId} onChange={(event) => chooseClient(event.target.value)}>
                    <option value="">{t('invoices.editor.chooseClient')}</option>
                    {clientItems.map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.name}
                      </option>
                    ))}
                    {/* A client reached by link but archived (so not in the list) stays selectable. */}
                    {chosen && !clientItems.some((item) => item.id === chosen.id) && <option value={chosen.id}>{chosen.name}</option>}
                  </select>
                )}
              </Field>
            }
            actions={
              <>
                <button type="submit" className="button button--primary" disabled={isSaving} aria-busy={isSaving || undefined}>
                  {isSaving ? t('invoices.editor.saving') : t('invoices.editor.saveDraft')}
                </button>
                <Link to={clientId ? `/clients/${clientId}` : '/invoices'} className="button button--secondary">
                  {t('common.cancel')}
                </Link>
              </>
            }
          />
        </>
      )}
    </div>
  );
}
