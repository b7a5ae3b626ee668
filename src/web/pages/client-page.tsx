// One client: their details, archive and restore, and the timeline with a quick way to log what happened.
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { archiveClient, getClient, restoreClient } from '../api/clients.ts';
import { ApiError } from '../api/http.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { StageBadge } from '../components/stage-badge.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { useToast } from '../components/toast-provider.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { ClientDetails } from '../clients/client-details.tsx';
import { Timeline } from '../clients/timeline.tsx';
import { LogEventForm } from '../clients/log-event-form.tsx';
import { useTimeline } from '../clients/use-timeline.ts';
import { useActiveSession } from '../session/session-context.tsx';
import { ClientInterviews } from '../vetting/client-interviews.tsx';
import { canBeInterviewed } from '../vetting/stages.ts';

export function ClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { showToast } = useToast();
  const session = useActiveSession();
  const formatContext = useFormatContext();
  const client = useResource((signal) => getClient(id, signal), [id]);
  const timeline = useTimeline(id);
  const [isConfirmingArchive, setIsConfirmingArchive] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const actionsRef = useRef<HTMLDivElement>(null);
  usePageTitle(client.data?.name ?? t('client.title'));

  function focusActions() {
    // The button that was pressed is replaced (Archive ↔ Restore); keep the keyboard nearby.
    requestAnimationFrame(() => actionsRef.current?.querySelector<HTMLElement>('button, a')?.focus());
  }

  async function archive() {
    if (!client.data) return;
    setIsBusy(true);
    setActionError(undefined);
    try {
      const archived = await archiveClient(client.data.id);
      client.setData(archived);
      timeline.refresh();
      showToast(t('client.archived', { name: archived.name }));
    } catch (error) {
      setActionError(error);
    } finally {
      setIsBusy(false);
      setIsConfirmingArchive(false);
    }
  }

  async function restore() {
    if (!client.data) return;
    setIsBusy(true);
    setActionError(undefined);
    try {
      const restored = await restoreClient(client.data);
      client.setData(restored);
      timeline.refresh();
      showToast(t('client.restored', { name: restored.name }));
      focusActions();
    } catch (error) {
      setActionError(error);
    } finally {
      setIsBusy(false);
    }
  }

  if (client.error !== undefined) {
    const isMissing = client.error instanceof ApiError && client.error.status === 404;
    return (
      <div className="page">
        <PageHeading>{isMissing ? t('client.notFoundTitle') : t('client.title')}</PageHeading>
        {isMissing ? (
          <EmptyState
            title={t('client.notFound')}
            action={
              <Link to="/clients" className="button button--primary">
                {t('client.backToList')}
              </Link>
            }
          />
        ) : (
          <ErrorAlert error={client.error} onRetry={client.reload} />
        )}
      </div>
    );
  }

  const data = client.data;
  return (
    <div className="page client-page">
      <p className="back-link">
        <Link to="/clients">
          <span aria-hidden="true">← </span>
          {t('client.backToList')}
        </Link>
      </p>
      <div className="page__header">
        <div className="page__title-block">
          <PageHeading>{data?.name ?? t('client.title')}</PageHeading>
          {data && (
            <p className="page__subtitle">
              {data.company && <span>{data.company}</span>}
              <StageBadge stage={data.stage} />
              {data.isArchived && <span className="badge badge--muted">{t('clients.archivedBadge')}</span>}
            </p>
          )}
        </div>
        {data && (
          <div className="page__actions" ref={actionsRef}>
            {data.isArchived ? (
              <button type="button" className="button button--primary" onClick={() => void restore()} disabled={isBusy}>
                {t('client.restore')}
              </button>
            ) : (
              <>
                {canBeInterviewed(data.stage) && (
                  <Link to={`/clients/${data.id}/interview`} className="button button--primary">
                    {t('clientVetting.interview')}
                  </Link>
                )}
                <Link to={`/clients/${data.id}/edit`} className="button button--secondary">
                  {t('client.edit')}
                </Link>
                <button type="button" className="button button--ghost-danger" onClick={() => setIsConfirmingArchive(true)} disabled={isBusy}>
                  {t('client.archive')}
                </button>
              </>
            )}
          </div>
        )}
      </div>

      {actionError !== undefined &&
        (actionError instanceof ApiError && actionError.code === 'version_conflict' ? (
          <ErrorAlert title={t('clientForm.conflictTitle')} message={t('client.conflictBody')}>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setActionError(undefined);
                client.reload();
              }}
            >
              {t('clientForm.reload')}
            </button>
          </ErrorAlert>
        ) : (
          <ErrorAlert error={actionError} />
        ))}

      {data?.isArchived && <p className="alert alert--info">{t('client.archivedBanner')}</p>}

      {!data ? (
        <LoadingState label={t('client.loading')} />
      ) : (
        <div className="client-layout">
          <div className="client-layout__side">
            <section className="card client-layout__details" aria-labelledby="details-heading">
              <h2 id="details-heading" className="section-title">
                {t('client.details')}
              </h2>
              <ClientDetails client={data} formatContext={formatContext} />
            </section>

            <section className="card client-layout__vetting" aria-labelledby="vetting-heading">
              <h2 id="vetting-heading" className="section-title">
                {t('clientVetting.title')}
              </h2>
              {canBeInterviewed(data.stage) && !data.isArchived && <p className="section-intro">{t('clientVetting.intro')}</p>}
              <ClientInterviews clientId={data.id} formatContext={formatContext} />
            </section>
          </div>

          <section className="client-layout__timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" className="section-title">
              {t('timeline.title')}
            </h2>
            <LogEventForm clientId={data.id} timeZone={session.workspace.timeZone} onLogged={timeline.addEvent} />
            {timeline.error !== undefined ? (
              <ErrorAlert error={timeline.error} onRetry={timeline.reload} />
            ) : timeline.isLoading ? (
              <LoadingState label={t('timeline.loading')} />
            ) : timeline.events.length === 0 ? (
              <p className="muted">{t('timeline.empty')}</p>
            ) : (
              <>
                <Timeline events={timeline.events} formatContext={formatContext} />
                {timeline.loadMoreError !== undefined && <ErrorAlert error={timeline.loadMoreError} onRetry={() => void timeline.loadMore()} />}
                {timeline.events.length < timeline.total && (
                  <button type="button" className="button button--secondary timeline__more" onClick={() => void timeline.loadMore()} disabled={timeline.isLoadingMore}>
                    {timeline.isLoadingMore ? t('app.loading') : t('timeline.loadMore')}
                  </button>
                )}
              </>
            )}
          </section>
        </div>
      )}

      {data && (
        <ConfirmDialog
          isOpen={isConfirmingArchive}
          title={t('client.archiveTitle', { name: data.name })}
          confirmLabel={t('client.archiveConfirm')}
          isDestructive
          isBusy={isBusy}
          onConfirm={() => void archive()}
          onCancel={() => setIsConfirmingArchive(false)}
          fallbackFocus={() => actionsRef.current?.querySelector<HTMLElement>('button, a')}
        >
          <p>{t('client.archiveBody', { name: data.name })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
