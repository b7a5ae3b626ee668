// A client's story, newest first: one line per event, with its time in the workspace's zone.
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../schemas/events.ts';
import { formatDateTime, type FormatContext } from '../i18n/format.ts';
import { describeEvent } from './event-sentence.ts';

type TimelineProps = { events: TimelineEvent[]; formatContext: FormatContext };

export function Timeline({ events, formatContext }: TimelineProps) {
  const { t } = useTranslation();
  return (
    <ol className="timeline">
      {events.map((event) => {
        const { title, body } = describeEvent(event, t, formatContext.language);
        return (
          <li key={event.id} className={`timeline__item timeline__item--${event.type}`}>
            <span className="timeline__marker" aria-hidden="true" />
            <div className="timeline__content">
              <p className="timeline__title">
                {title}
                {event.isConfidential && <span className="badge badge--confidential">{t('common.confidential')}</span>}
              </p>
              {body && <p className="timeline__body">{body}</p>}
              <p className="timeline__time">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, formatContext)}</time>
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
