// The deliverables of a contract on its page: add a file or a link (draft, or final work held until paid), and see each
// one's state, what held work waits for, and release or delete it.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../api/agreements.ts';
import { listDeliverables, type Deliverable } from '../api/deliverables.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { AddDeliverableForm } from './add-deliverable-form.tsx';
import { DeliverableItem } from './deliverable-item.tsx';
import './deliverables.css';

export function DeliverablesPanel({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Read again when the contract changes (sent, signed): whether work can be added depends on it.
  const isContract = agreement.kind === 'contract';
  const resource = useResource((signal) => (isContract ? listDeliverables(agreement.id, signal) : Promise.resolve(undefined)), [agreement.id, agreement.status, isContract]);
  if (!isContract) return null;
  const view = resource.data;

  const replace = (updated: Deliverable) => resource.setData((current) => ({ canAdd: current?.canAdd ?? true, items: (current?.items ?? []).map((item) => (item.id === updated.id ? updated : item)) }));
  const added = (deliverable: Deliverable) => {
    resource.setData((current) => ({ canAdd: current?.canAdd ?? true, items: [deliverable, ...(current?.items ?? [])] }));
    showToast(t(`deliverables.toast.added.${deliverable.state}`, { title: deliverable.title }));
  };

  return (
    <section className="card deliverables-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        {t('deliverables.title')}
      </h2>
      <p className="muted">{t('deliverables.intro', { client: agreement.clientName })}</p>
      {resource.error !== undefined ? (
        <ErrorAlert error={resource.error} onRetry={resource.reload} />
      ) : !view ? (
        <LoadingState label={t('deliverables.loading')} />
      ) : (
        <>
          {view.canAdd ? <AddDeliverableForm agreementId={agreement.id} onAdded={added} /> : <p className="alert alert--info">{t('deliverables.sendFirst')}</p>}
          {view.items.length === 0 ? (
            <EmptyState title={t('deliverables.emptyTitle')} headingLevel={3}>
              <p>{t(view.canAdd ? 'deliverables.emptyBody' : 'deliverables.emptyBodyNotSent')}</p>
            </EmptyState>
          ) : (
            <ul className="deliverable-list" aria-label={t('deliverables.listLabel')}>
              {view.items.map((deliverable) => (
                <DeliverableItem
                  key={deliverable.id}
                  deliverable={deliverable}
                  clientName={agreement.clientName}
                  onReleased={(released) => {
                    replace(released);
                    showToast(t('deliverables.toast.released', { title: released.title }));
                  }}
                  onDeleted={(deleted) => {
                    resource.setData((current) => ({ canAdd: current?.canAdd ?? true, items: (current?.items ?? []).filter((item) => item.id !== deleted.id) }));
                    showToast(t('deliverables.toast.deleted', { title: deleted.title }));
                  }}
                  focusAfterDelete={() => headingRef.current}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
