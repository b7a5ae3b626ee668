// Where an invoice comes from and what it is tied to: the contract it bills ("Deposit for …", "Retainer for April 2027"),
// the invoice a corrective one cancels, and the corrective invoice that cancelled a void one.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getAgreement } from '../api/agreements.ts';
import { listClientEvents } from '../api/events.ts';
import { getInvoice, type Invoice } from '../api/invoices.ts';
import { useResource } from '../hooks/use-resource.ts';
import { formatMonth } from './invoice-text.ts';

/** "Deposit for Monthly blog" / "Retainer for April 2027", linking to the contract; nothing for an invoice that stands alone. */
export function BillingOrigin({ invoice }: { invoice: Pick<Invoice, 'kind' | 'agreementId' | 'billingPeriod'> }) {
  const { t, i18n } = useTranslation();
  const agreementId = invoice.agreementId;
  // Only the title is needed; if the contract cannot be read, the link still says "the contract".
  const agreement = useResource((signal) => (agreementId ? getAgreement(agreementId, signal) : Promise.resolve(undefined)), [agreementId]);
  if (!agreementId) return null;
  const contract = agreement.data?.title || t('invoices.origin.theContract');
  const link = <Link to={`/agreements/${agreementId}`}>{contract}</Link>;
  if (invoice.kind === 'retainer' && invoice.billingPeriod) {
    return (
      <p className="invoice-origin">
        {t('invoices.origin.retainerFor', { month: formatMonth(invoice.billingPeriod, i18n.language) })} <span aria-hidden="true">·</span> {link}
      </p>
    );
  }
  return <p className="invoice-origin">{invoice.kind === 'deposit' ? <>{t('invoices.origin.depositFor')} {link}</> : <>{t('invoices.origin.billsContract')} {link}</>}</p>;
}

/** A corrective invoice names the invoice it cancels. */
export function CorrectedInvoiceLink({ invoiceId }: { invoiceId: string }) {
  const { t } = useTranslation();
  const corrected = useResource((signal) => getInvoice(invoiceId, signal), [invoiceId]);
  return (
    <p className="invoice-origin">
      {corrected.data?.number ? (
        <>
          {t('invoices.origin.correctsInvoice')} <Link to={`/invoices/${invoiceId}`}>{corrected.data.number}</Link>
        </>
      ) : (
        <>
          {t('invoices.origin.corrects')} <Link to={`/invoices/${invoiceId}`}>{t('invoices.origin.theVoidedInvoice')}</Link>
        </>
      )}
    </p>
  );
}

/**
 * A void invoice links to the corrective invoice that cancelled it. The invoice itself does not name it, so it is looked
 * up in the client's timeline, where voiding recorded both numbers.
 */
export function CorrectiveInvoiceLink({ invoice, knownCorrective }: { invoice: Pick<Invoice, 'id' | 'clientId'>; knownCorrective?: Pick<Invoice, 'id' | 'number'> }) {
  const { t } = useTranslation();
  const found = useResource(
    async (signal) => {
      if (knownCorrective) return knownCorrective;
      const events = await listClientEvents(invoice.clientId, { limit: 200, offset: 0 }, signal);
      const voided = events.items.find((event) => event.type === 'invoice_voided' && event.payload.invoiceId === invoice.id);
      const id = voided?.payload.correctiveInvoiceId;
      return typeof id === 'string' ? { id, number: typeof voided?.payload.correctiveNumber === 'string' ? voided.payload.correctiveNumber : null } : undefined;
    },
    [invoice.id, knownCorrective?.id],
  );
  if (!found.data) return null;
  return (
    <p className="invoice-origin">
      {t('invoices.origin.correctedBy')} <Link to={`/invoices/${found.data.id}`}>{found.data.number ?? t('invoices.title.generic')}</Link>
    </p>
  );
}
