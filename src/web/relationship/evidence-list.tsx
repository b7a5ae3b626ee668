// The events a health reason rests on, each as its timeline sentence; older ones are fetched when not on screen yet.
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../schemas/events.ts';
import { listClientEvents } from '../api/events.ts';
import { useResource } from '../hooks/use-resource.ts';
import { formatDateTime, type FormatContext } from '../i18n/format.ts';
import { describeEvent } from '../clients/event-sentence.ts';
import { LoadingState } from '../components/loading-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';

type EvidenceListProps = { clientId: string; ids: string[]; known: TimelineEvent[]; formatContext: FormatContext };

/** The API's largest page; a health window holds far fewer events than this. */
const LOOKUP_LIMIT = 200;

export function EvidenceList({ clientId, ids, known, formatContext }: EvidenceListProps) {
  const { t } = useTranslation();
  const byId = new Map(known.map((event) => [event.id, event]));
  const isMissing = ids.some((id) => !byId.has(id));
  const older = useResource((signal) => (isMissing ? listClientEvents(clientId, { limit: LOOKUP_LIMIT, offset: 0 }, signal) : Promise.resolve(undefined)), [clientId, isMissing]);
  for (const event of older.data?.items ?? []) if (!byId.has(event.id)) byId.set(event.id, event);

  if (ids.length === 0) return <p className="muted">{t('relationship.health.noEvidence')}</p>;
  if (older.error !== undefined) return <ErrorAlert error={older.error} onRetry={older.reload} />;
  if (isMissing && older.isLoading) return <LoadingState label={t('relationship.health.loadingEvidence')} />;
  const events = ids.map((id) => byId.get(id)).filter((event): event is TimelineEvent => event !== undefined);
  return (
    <ul className="evidence-list">
      {events.map((event) => {
        const { title, body } = describeEvent(event, t, formatContext.language);
        return (
          <li key={event.id}>
            <span className="evidence-list__title">{title}</span>
            {body && <span className="evidence-list__body"> — {body}</span>}
            <time className="evidence-list__time" dateTime={event.occurredAt}>
              {formatDateTime(event.occurredAt, formatContext)}
            </time>
          </li>
        );
      })}
    </ul>
  );
}
