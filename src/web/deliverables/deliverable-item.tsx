// One deliverable in the freelancer's list: what it is, where it stands (visible, held and what for, released), and the
// ways to open it, release it now or delete it, each destructive step behind a confirmation.
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { deleteDeliverable, deliverableFileUrl, releaseDeliverable, type Deliverable } from '../api/deliverables.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { formatSize, waitingFor } from './describe-deliverable.ts';
import { DeliverableStateBadge } from './deliverable-state-badge.tsx';

type Props = {
  deliverable: Deliverable;
  clientName: string;
  onReleased(deliverable: Deliverable): void;
  onDeleted(deliverable: Deliverable): void;
  /** Where focus goes after this item is deleted. */
  focusAfterDelete(): HTMLElement | null | undefined;
};

export function DeliverableItem({ deliverable, clientName, onReleased, onDeleted, focusAfterDelete }: Props) {
  const { t } = useTranslation();
  const formatContext = useFormatContext();
  const language = formatContext.language;
  const [asking, setAsking] = useState<'release' | 'delete'>();
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  async function act() {
    setIsBusy(true);
    setFailure(undefined);
    try {
      if (asking === 'release') onReleased(await releaseDeliverable(deliverable.id));
      else {
        await deleteDeliverable(deliverable.id);
        onDeleted(deliverable);
      }
      setAsking(undefined);
    } catch (error) {
      setFailure(error);
      setAsking(undefined);
    } finally {
      setIsBusy(false);
    }
  }

  const waits = waitingFor(deliverable, t, language);
  const details =
    deliverable.kind === 'file'
      ? [deliverable.fileName, deliverable.sizeBytes === null ? null : formatSize(deliverable.sizeBytes, language)].filter(Boolean).join(' · ')
      : deliverable.url;
  return (
    <li className="deliverable-item">
      <div className="deliverable-item__main">
        <p className="deliverable-item__title">
          <span className="deliverable-item__name">{deliverable.title}</span> <DeliverableStateBadge state={deliverable.state} audience="freelancer" />
        </p>
        <p className="muted deliverable-item__meta">
          {t(`deliverables.kind.${deliverable.kind}`)} · <span className="deliverable-item__details">{details}</span>
        </p>
        <p className="muted deliverable-item__meta">{t('deliverables.addedOn', { date: formatDateTime(deliverable.createdAt, formatContext) })}</p>
        {deliverable.state === 'held' && waits && (
          <p className="deliverable-item__waiting">
            {waits}{' '}
            {deliverable.heldBy.map((invoice) => (
              <Link key={invoice.invoiceId} to={`/invoices/${invoice.invoiceId}`} className="deliverable-item__invoice">
                {t('deliverables.waiting.openInvoice', { number: invoice.number })}
              </Link>
            ))}
          </p>
        )}
        {deliverable.state === 'released' && deliverable.releasedAt && deliverable.releasedBy && (
          <p className="deliverable-item__released">{t(`deliverables.releasedBy.${deliverable.releasedBy}`, { date: formatDateTime(deliverable.releasedAt, formatContext) })}</p>
        )}
        {failure !== undefined && <ErrorAlert error={failure} />}
      </div>
      <div className="deliverable-item__actions">
        {deliverable.kind === 'file' ? (
          <a className="button button--secondary button--small" href={deliverableFileUrl(deliverable.id)} download={deliverable.fileName ?? true}>
            {t('deliverables.actions.download')}
            <span className="visually-hidden">: {deliverable.title}</span>
          </a>
        ) : (
          deliverable.url && (
            <a className="button button--secondary button--small" href={deliverable.url} target="_blank" rel="noopener noreferrer">
              {t('deliverables.actions.openLink')}
              <span className="visually-hidden">: {deliverable.title}</span>
            </a>
          )
        )}
        {deliverable.state === 'held' && (
          <button type="button" className="button button--secondary button--small" onClick={() => setAsking('release')} disabled={isBusy}>
            {t('deliverables.actions.release')}
            <span className="visually-hidden">: {deliverable.title}</span>
          </button>
        )}
        <button type="button" className="button button--ghost-danger button--small" onClick={() => setAsking('delete')} disabled={isBusy}>
          {t('deliverables.actions.delete')}
          <span className="visually-hidden">: {deliverable.title}</span>
        </button>
      </div>
      <ConfirmDialog
        isOpen={asking === 'release'}
        title={t('deliverables.confirmRelease.title', { title: deliverable.title })}
        confirmLabel={t('deliverables.confirmRelease.confirm')}
        isBusy={isBusy}
        onConfirm={() => void act()}
        onCancel={() => setAsking(undefined)}
      >
        <p>{t('deliverables.confirmRelease.body', { client: clientName })}</p>
        {waits && <p className="muted">{waits}</p>}
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={asking === 'delete'}
        title={t('deliverables.confirmDelete.title', { title: deliverable.title })}
        confirmLabel={t('deliverables.confirmDelete.confirm')}
        isBusy={isBusy}
        isDestructive
        onConfirm={() => void act()}
        onCancel={() => setAsking(undefined)}
        fallbackFocus={focusAfterDelete}
      >
        <p>{t(deliverable.state === 'held' ? 'deliverables.confirmDelete.bodyHeld' : 'deliverables.confirmDelete.body', { client: clientName })}</p>
      </ConfirmDialog>
    </li>
  );
}
