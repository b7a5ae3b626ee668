// A client's portal on the freelancer's side: make a link (shown once, to copy), see the links and when they were used, revoke one, ask for a testimonial.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPortalLink, listPortalLinks, revokePortalLink, type CreatedPortalLink, type PortalLink } from '../api/portal-links.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ShownOncePanel } from '../components/shown-once-panel.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { TestimonialRequestButton } from './testimonial-request-button.tsx';
import './portal-admin.css';

function NewLinkPanel({ link, onDone }: { link: CreatedPortalLink; onDone(): void }) {
  const { t } = useTranslation();
  return (
    <ShownOncePanel
      id="new-portal-link"
      value={link.url}
      onDone={onDone}
      text={{
        title: t('portal.admin.newTitle'),
        body: t('portal.admin.newBody'),
        valueLabel: t('portal.admin.urlLabel'),
        copy: t('portal.admin.copy'),
        copied: t('portal.admin.copied'),
        copyFailed: t('portal.admin.copyFailed'),
        done: t('portal.admin.done'),
      }}
    />
  );
}

function LinkRow({ link, onRevoke, isBusy }: { link: PortalLink; onRevoke(link: PortalLink): void; isBusy: boolean }) {
  const { t } = useTranslation();
  const formatContext = useFormatContext();
  const status =
    link.status === 'active'
      ? t('portal.admin.activeUntil', { date: formatDate(link.expiresAt, formatContext) })
      : link.status === 'expired'
        ? t('portal.admin.expiredOn', { date: formatDate(link.expiresAt, formatContext) })
        : t('portal.admin.revokedOn', { date: formatDate(link.revokedAt ?? link.expiresAt, formatContext) });
  return (
    <li className={`portal-links__item portal-links__item--${link.status}`}>
      <div className="portal-links__text">
        <p className="portal-links__status">
          <span className="portal-links__dot" aria-hidden="true" />
          {status}
        </p>
        <p className="muted portal-links__meta">
          {t('portal.admin.created', { date: formatDate(link.createdAt, formatContext) })}
          {' · '}
          {link.lastOpenedAt ? t('portal.admin.lastOpened', { date: formatDateTime(link.lastOpenedAt, formatContext) }) : t('portal.admin.neverOpened')}
        </p>
      </div>
      {link.status === 'active' && (
        <button type="button" className="button button--ghost-danger button--small" onClick={() => onRevoke(link)} disabled={isBusy}>
          {t('portal.admin.revoke')}
        </button>
      )}
    </li>
  );
}

/** `onTestimonialRequested` lets the page refresh what the request changed (its timeline gains an entry). */
export function PortalLinksPanel({ clientId, onTestimonialRequested }: { clientId: string; onTestimonialRequested?: () => void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const links = useResource((signal) => listPortalLinks(clientId, signal), [clientId]);
  const [created, setCreated] = useState<CreatedPortalLink>();
  const [revoking, setRevoking] = useState<PortalLink>();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const panelRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const items = links.data?.items;

  async function create() {
    setIsBusy(true);
    setError(undefined);
    try {
      const link = await createPortalLink(clientId);
      setCreated(link);
      const { url: _shownOnce, ...listed } = link;
      links.setData((current) => ({ items: [listed, ...(current?.items ?? [])] }));
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  async function revoke() {
    const link = revoking;
    // Close first, so focus returns to the page before the list changes.
    setRevoking(undefined);
    if (!link) return;
    setIsBusy(true);
    setError(undefined);
    try {
      await revokePortalLink(clientId, link.id);
      links.reload();
      showToast(t('portal.admin.revoked'));
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section ref={panelRef} className="card portal-links" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('portal.admin.title')}
      </h2>
      <p className="muted">{t('portal.admin.explain')}</p>
      {error !== undefined && <ErrorAlert error={error} />}
      {created && <NewLinkPanel link={created} onDone={() => setCreated(undefined)} />}
      <div className="portal-links__actions">
        <button type="button" className="button button--primary" onClick={() => void create()} disabled={isBusy} aria-busy={isBusy || undefined}>
          {isBusy ? t('portal.admin.creating') : t('portal.admin.create')}
        </button>
        <TestimonialRequestButton
          clientId={clientId}
          onRequested={() => {
            links.reload();
            onTestimonialRequested?.();
          }}
        />
      </div>
      {links.error !== undefined ? (
        <ErrorAlert error={links.error} onRetry={links.reload} />
      ) : !items ? (
        <LoadingState label={t('portal.admin.loading')} />
      ) : items.length === 0 ? (
        <p className="portal-links__empty">{t('portal.admin.empty')}</p>
      ) : (
        <ul className="portal-links__list" aria-label={t('portal.admin.listLabel')}>
          {items.map((link) => (
            <LinkRow key={link.id} link={link} onRevoke={setRevoking} isBusy={isBusy} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={revoking !== undefined}
        title={t('portal.admin.revokeTitle')}
        confirmLabel={t('portal.admin.revokeConfirm')}
        isDestructive
        isBusy={isBusy}
        onConfirm={() => void revoke()}
        onCancel={() => setRevoking(undefined)}
        fallbackFocus={() => panelRef.current?.querySelector<HTMLElement>('button')}
      >
        <p>{t('portal.admin.revokeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
