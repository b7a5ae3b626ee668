// A client's story, newest first: one line per event, with its time in the workspace's zone, its flags, and the
// follow-up it still waits for (mark a message replied, resolve a concern). Evidence events can be highlighted.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../schemas/events.ts';
import { formatDateTime, type FormatContext } from '../i18n/format.ts';
import { describeEvent } from './event-sentence.ts';

type TimelineProps = {
  events: TimelineEvent[];
  formatContext: FormatContext;
  /** Buttons for an event that still waits for something; nothing for the rest. */
  actionsFor?: (event: TimelineEvent) => ReactNode;
  /** Events shown as evidence for a health reason. */
  highlighted?: ReadonlySet<string>;
};

export function Timeline({ events, formatContext, actionsFor, highlighted }: TimelineProps) {
  const { t } = useTranslation();
  return (
    <ol className="timeline">
      {events.map((event) => {
        const { title, body, flags } = describeEvent(event, t, formatContext.language);
        const actions = actionsFor?.(event);
        const isHighlighted = highlighted?.has(event.id) ?? false;
        return (
          <li key={event.id} id={`event-${event.id}`} className={`timeline__item timeline__item--${event.type}${isHighlighted ? ' timeline__item--evidence' : ''}`}>
            <span className="timeline__marker" aria-hidden="true" />
            <div className="timeline__content">
              <p className="timeline__title">
                {title}
                {event.isConfidential && <span className="badge badge--confidential">{t('common.confidential')}</span>}
                {flags?.map((flag) => (
                  <span key={flag} className="badge badge--muted timeline__flag">
                    {flag}
                  </span>
                ))}
                {isHighlighted && <span className="badge badge--evidence">{t('relationship.health.evidenceBadge')}</span>}
              </p>
              {body && <p className="timeline__body">{body}</p>}
              <p className="timeline__time">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, formatContext)}</time>
              </p>
              {actions && <div className="timeline__actions">{actions}</div>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
