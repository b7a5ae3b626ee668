// A client's payment terms on their page: the reminder schedule their invoices follow, and the late-fee policy letters
// sent to them (DOMAIN.md section 4: late fees only as signed, or after a letter's effective date; never a surprise).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../schemas/clients.ts';
import { getInvoicingSettings } from '../api/invoicing-settings.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useActiveSession } from '../session/session-context.tsx';
import { ClientReminderSchedule } from './client-reminder-schedule.tsx';
import { LateFeeLettersPart } from './late-fee-letters-part.tsx';
import './invoicing-settings.css';

export function ClientPaymentTermsPanel({ client }: { client: Client }) {
  const { t } = useTranslation();
  const headingId = useId();
  const session = useActiveSession();
  const settings = useResource((signal) => getInvoicingSettings(signal), []);
  // The letter is signed with the name on your invoices, as the server signs it.
  const sender = { freelancer: settings.data?.settings.seller.name || session.user.name, workspace: session.workspace.name };

  return (
    <section className="card payment-terms" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('invoicingSettings.clientTerms.title')}
      </h2>
      <ClientReminderSchedule clientId={client.id} clientName={client.name} settings={settings} isReadOnly={client.isArchived} />
      <LateFeeLettersPart client={client} timeZone={session.workspace.timeZone} sender={sender} isReadOnly={client.isArchived} />
    </section>
  );
}
