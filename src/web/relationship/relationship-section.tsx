// The client's relationship at a glance: boundaries, the friendly-reminder suggestion, favors beside goodwill, concerns
// and messages still waiting. The page owns the actions (mark replied, resolve) so the timeline and this stay in step.
import { useTranslation } from 'react-i18next';
import type { ClientRelationship } from '../../schemas/relationship.ts';
import type { QueuedReminder } from '../api/relationship.ts';
import type { Resource } from '../hooks/use-resource.ts';
import type { FormatContext } from '../i18n/format.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { BoundariesList } from './boundaries-list.tsx';
import { FriendlyReminder } from './friendly-reminder.tsx';
import { ExtrasLedger } from './extras-ledger.tsx';
import { ConcernsPanel } from './concerns-panel.tsx';
import { UnansweredMessages } from './unanswered-messages.tsx';

type RelationshipSectionProps = {
  clientId: string;
  relationship: Resource<ClientRelationship>;
  formatContext: FormatContext;
  isReadOnly: boolean;
  replyingId: string | undefined;
  onMarkReplied(eventId: string): void;
  onResolve(concern: { eventId: string; summary: string }): void;
  onReminderQueued(queued: QueuedReminder): void;
};

export function RelationshipSection({ clientId, relationship, formatContext, isReadOnly, replyingId, onMarkReplied, onResolve, onReminderQueued }: RelationshipSectionProps) {
  const { t } = useTranslation();
  const data = relationship.data;
  return (
    <section className="card relationship" aria-labelledby="relationship-heading" aria-busy={relationship.isLoading || undefined}>
      <h2 id="relationship-heading" className="section-title">
        {t('relationship.title')}
      </h2>
      {relationship.error !== undefined && !data ? (
        <ErrorAlert error={relationship.error} onRetry={relationship.reload} />
      ) : !data ? (
        <LoadingState label={t('relationship.loading')} />
      ) : (
        <div className="relationship__parts">
          {data.friendlyReminder && !isReadOnly && <FriendlyReminder key={data.asOf} clientId={clientId} suggestion={data.friendlyReminder} onQueued={onReminderQueued} />}

          <section className="relationship__part" aria-labelledby="boundaries-heading">
            <h3 id="boundaries-heading" className="subsection-title">
              {t('relationship.boundaries.title')}
            </h3>
            <BoundariesList contacts={data.boundaries.contacts} breaches={data.boundaries.breaches} formatContext={formatContext} />
          </section>

          <section className="relationship__part" aria-labelledby="extras-heading">
            <h3 id="extras-heading" className="subsection-title">
              {t('relationship.extras.title')}
            </h3>
            <ExtrasLedger extras={data.extras} formatContext={formatContext} />
          </section>

          <section className="relationship__part" aria-labelledby="concerns-heading">
            <h3 id="concerns-heading" className="subsection-title">
              {t('relationship.concerns.title')}
            </h3>
            <ConcernsPanel concerns={data.concerns} formatContext={formatContext} canResolve={!isReadOnly} onResolve={onResolve} />
          </section>

          <section className="relationship__part" aria-labelledby="unanswered-heading">
            <h3 id="unanswered-heading" className="subsection-title">
              {t('relationship.unanswered.title')}
            </h3>
            <UnansweredMessages messages={data.unansweredMessages} formatContext={formatContext} busyId={replyingId} canReply={!isReadOnly} onMarkReplied={onMarkReplied} />
          </section>
        </div>
      )}
    </section>
  );
}
