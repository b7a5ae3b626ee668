// Each inbound contact classified against the freelancer's office hours and channels, newest first, with the lines it crossed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientRelationship } from '../../schemas/relationship.ts';
import { formatDateTime, type FormatContext } from '../i18n/format.ts';
import { eventKindLabel } from './relationship-sentence.ts';

type Contact = ClientRelationship['boundaries']['contacts'][number];
const SHOWN_AT_FIRST = 8;

export function BoundariesList({ contacts, breaches, formatContext }: { contacts: Contact[]; breaches: number; formatContext: FormatContext }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  if (contacts.length === 0) return <p className="muted">{t('relationship.boundaries.empty')}</p>;
  const shown = showAll ? contacts : contacts.slice(0, SHOWN_AT_FIRST);
  return (
    <>
      <p className="relationship__summary">{t('relationship.boundaries.summary', { count: contacts.length, breaches })}</p>
      <ul className="boundary-list">
        {shown.map((contact) => {
          // Timing flags repeat the timing itself; show each line crossed once.
          const otherFlags = contact.flags.filter((flag) => flag !== contact.timing);
          const isBreach = contact.flags.length > 0 && !contact.isTrueEmergency;
          return (
            <li key={contact.eventId} className={`boundary-list__item${isBreach ? ' boundary-list__item--breach' : ''}`}>
              <span className="boundary-list__what">
                {eventKindLabel(contact.kind, t)} · {t(`channels.${contact.channel}`)}
              </span>
              <time className="boundary-list__when" dateTime={contact.occurredAt}>
                {formatDateTime(contact.occurredAt, formatContext)}
              </time>
              <span className="boundary-list__badges">
                <span className={`badge boundary-timing boundary-timing--${contact.timing}`}>
                  <span aria-hidden="true">{contact.timing === 'inside_hours' ? '✓ ' : '⚠ '}</span>
                  {t(`health.timing.${contact.timing}`)}
                </span>
                {otherFlags.map((flag) => (
                  <span key={flag} className="badge badge--warn-soft">
                    {t(`health.flag.${flag}`)}
                  </span>
                ))}
                {contact.isTrueEmergency && <span className="badge badge--muted">{t('relationship.flags.trueEmergency')}</span>}
                {contact.isPlanned && <span className="badge badge--muted">{t('relationship.flags.planned')}</span>}
              </span>
            </li>
          );
        })}
      </ul>
      {contacts.length > SHOWN_AT_FIRST && (
        <button type="button" className="button button--small button--ghost" aria-expanded={showAll} onClick={() => setShowAll((value) => !value)}>
          {showAll ? t('relationship.showFewer') : t('relationship.showAll', { count: contacts.length })}
        </button>
      )}
    </>
  );
}
