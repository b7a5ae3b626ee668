// Messages still waiting for an answer, either way round, with a one-click "mark replied".
import { useTranslation } from 'react-i18next';
import type { ClientRelationship } from '../../schemas/relationship.ts';
import { formatDateTime, type FormatContext } from '../i18n/format.ts';
import { eventKindLabel } from './relationship-sentence.ts';

type Unanswered = ClientRelationship['unansweredMessages'];

type UnansweredMessagesProps = { messages: Unanswered; formatContext: FormatContext; busyId: string | undefined; canReply: boolean; onMarkReplied(eventId: string): void };

export function UnansweredMessages({ messages, formatContext, busyId, canReply, onMarkReplied }: UnansweredMessagesProps) {
  const { t } = useTranslation();
  if (messages.length === 0) return <p className="muted">{t('relationship.unanswered.empty')}</p>;
  return (
    <ul className="unanswered">
      {messages.map((message) => (
        <li key={message.eventId} className="unanswered__item">
          <span className="unanswered__what">
            {eventKindLabel(message.kind, t)}
            {message.isImportant && <span className="badge badge--warn-soft">{t('relationship.flags.important')}</span>}
          </span>
          <span className="unanswered__summary">{message.summary}</span>
          <time className="unanswered__when" dateTime={message.occurredAt}>
            {formatDateTime(message.occurredAt, formatContext)}
          </time>
          {canReply && (
            <button type="button" className="button button--small button--secondary" disabled={busyId === message.eventId} onClick={() => onMarkReplied(message.eventId)}>
              {t(message.kind === 'message_sent' ? 'relationship.unanswered.markTheyReplied' : 'relationship.unanswered.markReplied')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
