// An invoice's title with its number kept on one line ("R-2027-0001" would otherwise break at a hyphen on a phone).
import { useTranslation } from 'react-i18next';
import type { PortalInvoiceSummary } from '../api/portal-invoices.ts';
import { invoiceTitle } from './invoice-words.ts';

export function InvoiceTitle({ invoice }: { invoice: Pick<PortalInvoiceSummary, 'number' | 'isCorrective'> }) {
  const { t } = useTranslation();
  const title = invoiceTitle(invoice, t);
  const at = title.indexOf(invoice.number);
  if (at < 0) return <>{title}</>;
  return (
    <>
      {title.slice(0, at)}
      <span className="portal-invoice-number">{invoice.number}</span>
      {title.slice(at + invoice.number.length)}
    </>
  );
}
