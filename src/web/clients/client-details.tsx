// A client's facts at a glance: contacts, their local time, language, currency, source and notes.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../schemas/clients.ts';
import { NoValue } from '../components/no-value.tsx';
import { currencyName, formatDate, formatTimeNow, type FormatContext } from '../i18n/format.ts';

function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function ClientDetails({ client, formatContext }: { client: Client; formatContext: FormatContext }) {
  const { t } = useTranslation();
  const now = useMinuteClock();
  const contacts = client.contacts.filter((contact) => contact.name || contact.email || contact.phone);

  return (
    <dl className="details">
      <div className="details__row">
        <dt>{t('client.contacts')}</dt>
        <dd>
          {contacts.length === 0 ? (
            <span className="muted">{t('client.noContacts')}</span>
          ) : (
            <ul className="details__contacts">
              {contacts.map((contact, index) => (
                <li key={index}>
                  {contact.name && <span className="details__contact-name">{contact.name}</span>}
                  {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
                  {contact.phone && <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="details__row">
        <dt>{t('client.timeZone')}</dt>
        <dd>
          {client.timeZone}
          <span className="details__note">{t('client.localTime', { time: formatTimeNow(now, { language: formatContext.language, timeZone: client.timeZone }) })}</span>
        </dd>
      </div>
      <div className="details__row">
        <dt>{t('client.language')}</dt>
        <dd>{t(`languages.${client.language}`)}</dd>
      </div>
      <div className="details__row">
        <dt>{t('client.currency')}</dt>
        <dd>
          {client.currency} · {currencyName(client.currency, formatContext.language)}
        </dd>
      </div>
      <div className="details__row">
        <dt>{t('client.source')}</dt>
        <dd>{t(`sources.${client.source}`)}</dd>
      </div>
      <div className="details__row">
        <dt>{t('client.since')}</dt>
        <dd>
          <time dateTime={client.createdAt}>{formatDate(client.createdAt, formatContext)}</time>
        </dd>
      </div>
      <div className="details__row details__row--notes">
        <dt>
          {t('client.notes')}
          {client.isNotesConfidential && <span className="badge badge--confidential">{t('common.confidential')}</span>}
        </dt>
        <dd>
          {client.notes ? <p className="details__notes">{client.notes}</p> : <NoValue />}
          {client.isNotesConfidential && <p className="details__note">{t('client.confidentialNotes')}</p>}
        </dd>
      </div>
    </dl>
  );
}
