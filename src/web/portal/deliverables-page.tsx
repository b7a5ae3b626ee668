// The client's deliverables in their portal, by contract: drafts and released work to open or download, and final work
// shown as "complete, delivered on payment" with what is due and a way to the invoice, but no file until it is paid.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listPortalDeliverables, portalDeliverableFileUrl, type PortalDeliverable, type PortalDeliverableList } from '../api/deliverables.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { money } from '../agreements/describe.ts';
import { formatSize } from '../deliverables/describe-deliverable.ts';
import { DeliverableStateBadge } from '../deliverables/deliverable-state-badge.tsx';
import { localeFor } from '../i18n/language.ts';
import { BackToPortal, usePortal } from './portal-layout.tsx';
import { portalInvoicePath } from './sections.ts';
import './deliverables-page.css';

type Contract = PortalDeliverableList['contracts'][number];

function WaitingForPayment({ contract, token }: { contract: Contract; token: string }) {
  const { t, i18n } = useTranslation();
  const amount = new Intl.ListFormat(localeFor(i18n.language), { type: 'conjunction' }).format(contract.amountDue.map((due) => money(due.amount, due.currency, i18n.language)));
  return (
    <div className="portal-deliverables__held">
      <h3>{t('deliverables.portal.heldTitle')}</h3>
      <p>{contract.amountDue.length > 0 ? t('deliverables.portal.heldBody', { amount }) : t('deliverables.portal.heldAwaitingInvoice')}</p>
      {contract.payToRelease.length > 0 && (
        <ul className="portal-deliverables__invoices">
          {contract.payToRelease.map((invoice) => (
            <li key={invoice.invoiceId}>
              <Link to={portalInvoicePath(token, invoice.invoiceId)}>{t('deliverables.portal.invoice', { number: invoice.number })}</Link>
              {': '}
              {t('deliverables.portal.due', { amount: money(invoice.balance, invoice.currency, i18n.language) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Item({ item, token }: { item: PortalDeliverable; token: string }) {
  const { t, i18n } = useTranslation();
  const details = item.kind === 'file' && item.fileName ? [item.fileName, item.sizeBytes === null ? null : formatSize(item.sizeBytes, i18n.language)].filter(Boolean).join(' · ') : null;
  return (
    <li className="portal-deliverable">
      <div className="portal-deliverable__main">
        <p className="portal-deliverable__title">
          <span className="portal-deliverable__name">{item.title}</span> <DeliverableStateBadge state={item.state} audience="client" />
        </p>
        {details && <p className="muted portal-deliverable__details">{details}</p>}
        {item.state === 'visible' && <p className="muted portal-deliverable__details">{t('deliverables.portal.draftNote')}</p>}
      </div>
      <div className="portal-deliverable__action">
        {item.state === 'held' ? (
          <span className="muted">{t('deliverables.portal.availableOncePaid')}</span>
        ) : item.kind === 'file' ? (
          <a className="button button--primary button--small" href={portalDeliverableFileUrl(token, item.id)} download={item.fileName ?? true}>
            {t('deliverables.actions.download')}
            <span className="visually-hidden">: {item.title}</span>
          </a>
        ) : (
          item.url && (
            <a className="button button--secondary button--small" href={item.url} target="_blank" rel="noopener noreferrer">
              {t('deliverables.actions.openLink')}
              <span className="visually-hidden">: {item.title}</span>
            </a>
          )
        )}
      </div>
    </li>
  );
}

export function PortalDeliverablesPage() {
  const { t } = useTranslation();
  const { token, home } = usePortal();
  const list = useResource((signal) => listPortalDeliverables(token, signal), [token]);
  usePageTitle(t('deliverables.portal.listTitle'));
  const contracts = list.data?.contracts;

  return (
    <div className="page page--narrow portal-page">
      <BackToPortal />
      <PageHeading>{t('deliverables.portal.listTitle')}</PageHeading>
      <p className="lead">{t('deliverables.portal.listIntro', { freelancer: home.freelancerName })}</p>
      {list.error !== undefined ? (
        <ErrorAlert error={list.error} onRetry={list.reload} />
      ) : !contracts ? (
        <LoadingState label={t('deliverables.portal.loading')} />
      ) : contracts.length === 0 ? (
        <EmptyState title={t('deliverables.portal.emptyTitle')}>
          <p>{t('deliverables.portal.emptyBody', { freelancer: home.freelancerName })}</p>
        </EmptyState>
      ) : (
        contracts.map((contract) => (
          <section key={contract.agreementId} className="card portal-deliverables" aria-labelledby={`deliverables-${contract.agreementId}`}>
            <h2 id={`deliverables-${contract.agreementId}`}>{contract.title || t('agreements.untitled')}</h2>
            {contract.items.some((item) => item.state === 'held') && <WaitingForPayment contract={contract} token={token} />}
            <ul className="portal-deliverables__list">
              {contract.items.map((item) => (
                <Item key={item.id} item={item} token={token} />
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
