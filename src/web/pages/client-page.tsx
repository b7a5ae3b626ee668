// One client: their details, archive and restore, the health card and relationship panel, and the timeline with a
// quick way to log what happened. Every logged event refreshes the card, so a pattern shows as it builds up.
import { useCallback, useRef, useState } from 'react';
import type { TimelineEvent } from '../../schemas/events.ts';
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
import { markMessageReplied } from '../api/events.ts';
import { getClientHealth, getClientRelationship } from '../api/relationship.ts';
import { HealthCard } from '../relationship/health-card.tsx';
import { RelationshipSection } from '../relationship/relationship-section.tsx';
import { ResolveConcernDialog } from '../relationship/resolve-concern-dialog.tsx';
import { ExitPlanAction } from '../relationship/exit-plan-action.tsx';
import { ExitPlanPanel } from '../offboarding/exit-plan-panel.tsx';
import { ReadinessCard } from '../readiness/readiness-card.tsx';
import { PortalLinksPanel } from '../portal-admin/portal-links-panel.tsx';
import { ClientAgreementsPanel } from '../agreements/client-agreements-panel.tsx';
import { ClientInvoicesPanel } from '../invoices/client-invoices-panel.tsx';
import { ClientPaymentTermsPanel } from '../invoicing-settings/client-payment-terms-panel.tsx';

export function ClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { showToast } = useToast();
  const session = useActiveSession();
  const formatContext = useFormatContext();
  const client = useResource((signal) => getClient(id, signal), [id]);
  const timeline = useTimeline(id);
  const health = useResource((signal) => getClientHealth(id, signal), [id]);
  const relationship = useResource((signal) => getClientRelationship(id, signal), [id]);
  const [evidenceIds, setEvidenceIds] = useState<ReadonlySet<string>>(new Set());
  const [resolving, setResolving] = useState<{ eventId: string; summary: string }>();
  const [replyingId, setReplyingId] = useState<string>();
  const [isExitPlanOpen, setIsExitPlanOpen] = useState(false);

  function openExitPlan() {
    setIsExitPlanOpen(true);
    // The panel mounts on the next render; bring it into view and hand it the keyboard.
    requestAnimationFrame(() => {
      const panel = document.getElementById('exit-plan');
      panel?.scrollIntoView({ block: 'start' });
      panel?.querySelector<HTMLElement>('button, input, a')?.focus();
    });
  }
  const [isConfirmingArchive, setIsConfirmingArchive] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const actionsRef = useRef<HTMLDivElement>(null);
  usePageTitle(client.data?.name ?? t('client.title'));

  const { reload: reloadHealth } = health;
  const { reload: reloadRelationship } = relationship;
  /** A new event on the timeline changes the card and the panel: ask the server again. */
  const recordEvent = useCallback(
    (event: TimelineEvent) => {
      timeline.addEvent(event);
      reloadHealth();
      reloadRelationship();
    },
    [timeline.addEvent, reloadHealth, reloadRelationship],
  );

  async function markReplied(eventId: string) {
    setReplyingId(eventId);
    setActionError(undefined);
    try {
      // "Replied just now" in the server's clock, which can differ from the browser's (or be pinned): the moment the
      // panel listing this message was computed, refreshed after every change. Never in the server's future.
      const repliedAt = relationship.data?.asOf ?? new Date().toISOString();
      recordEvent(await markMessageReplied(id, eventId, { repliedAt }));
      showToast(t('relationship.unanswered.marked'));
    } catch (error) {
      // Already answered elsewhere (another tab): the panel is stale, not wrong.
      if (error instanceof ApiError && error.status === 409) reloadRelationship();
      else setActionError(error);
    } finally {
      setReplyingId(undefined);
    }
  }

  const unansweredIds = new Set(relationship.data?.unansweredMessages.map((message) => message.eventId));
  const openConcerns = new Map(relationship.data?.concerns.open.map((concern) => [concern.eventId, concern]));
  function timelineActions(event: TimelineEvent) {
    if (client.data?.isArchived) return null;
    if (unansweredIds.has(event.id))
      return (
        <button type="button" className="button button--small button--secondary" disabled={replyingId === event.id} onClick={() => void markReplied(event.id)}>
          {t(event.type === 'message_sent' ? 'relationship.unanswered.markTheyReplied' : 'relationship.unanswered.markReplied')}
        </button>
      );
    const concern = openConcerns.get(event.id);
    if (concern)
      return (
        <button type="button" className="button button--small button--secondary" onClick={() => setResolving({ eventId: concern.eventId, summary: concern.summary })}>
          {t('relationship.concerns.resolve')}
        </button>
      );
    return null;
  }

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

            {!data.isArchived && <ReadinessCard clientId={data.id} />}

            <RelationshipSection
              clientId={data.id}
              relationship={relationship}
              formatContext={formatContext}
              isReadOnly={data.isArchived}
              replyingId={replyingId}
              onMarkReplied={(eventId) => void markReplied(eventId)}
              onResolve={setResolving}
              onReminderQueued={() => {
                timeline.refresh();
                reloadHealth();
                reloadRelationship();
              }}
            />

            {!data.isArchived && <PortalLinksPanel clientId={data.id} onTestimonialRequested={timeline.refresh} />}
            <ClientAgreementsPanel clientId={data.id} clientLanguage={data.language} />
            <ClientInvoicesPanel clientId={data.id} currency={data.currency} />
            <ClientPaymentTermsPanel client={data} />

            <section className="card client-layout__vetting" aria-labelledby="vetting-heading">
              <h2 id="vetting-heading" className="section-title">
                {t('clientVetting.title')}
              </h2>
              {canBeInterviewed(data.stage) && !data.isArchived && <p className="section-intro">{t('clientVetting.intro')}</p>}
              <ClientInterviews clientId={data.id} formatContext={formatContext} />
            </section>
          </div>

          <div className="client-layout__main">
            <HealthCard
              clientId={data.id}
              health={health}
              events={timeline.events}
              formatContext={formatContext}
              onShowEvidence={(ids) => setEvidenceIds(new Set(ids))}
              exitPlan={<ExitPlanAction isOpen={isExitPlanOpen} onOpen={openExitPlan} />}
            />
            {isExitPlanOpen && <ExitPlanPanel clientId={data.id} origin="health" />}

            <section className="client-layout__timeline" aria-labelledby="timeline-heading">
              <h2 id="timeline-heading" className="section-title">
                {t('timeline.title')}
              </h2>
              <LogEventForm clientId={data.id} timeZone={session.workspace.timeZone} onLogged={recordEvent} />
              {timeline.error !== undefined ? (
                <ErrorAlert error={timeline.error} onRetry={timeline.reload} />
              ) : timeline.isLoading ? (
                <LoadingState label={t('timeline.loading')} />
              ) : timeline.events.length === 0 ? (
                <p className="muted">{t('timeline.empty')}</p>
              ) : (
                <>
                  <Timeline events={timeline.events} formatContext={formatContext} actionsFor={timelineActions} highlighted={evidenceIds} />
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
        </div>
      )}

      {data && (
        <ResolveConcernDialog
          clientId={data.id}
          concern={resolving}
          onCancel={() => setResolving(undefined)}
          onResolved={(event) => {
            setResolving(undefined);
            recordEvent(event);
            showToast(t('relationship.concerns.resolved'));
          }}
        />
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
