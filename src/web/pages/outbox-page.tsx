// The outbox: every email Sana wrote, readable in full, with whether it was sent or only stored here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../schemas/outbox.ts';
import { listOutbox } from '../api/outbox.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { EmptyState } from '../components/empty-state.tsx';
import { Pagination } from '../components/pagination.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';
import { formatDateTime, type FormatContext } from '../i18n/format.ts';

const PAGE_SIZE = 20;

function OutboxItem({ message, formatContext }: { message: OutboxMessage; formatContext: FormatContext }) {
  const { t } = useTranslation();
  const headingId = `outbox-${message.id}`;
  return (
    <li>
      <article className="card email" aria-labelledby={headingId}>
        <header className="email__header">
          <h2 id={headingId} className="email__subject">
            {message.subject}
          </h2>
          <StatusBadge status={message.status} />
        </header>
        <dl className="email__meta">
          <div>
            <dt>{t('outbox.to')}</dt>
            <dd>{message.to}</dd>
          </div>
          <div>
            <dt>{t('outbox.written')}</dt>
            <dd>
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, formatContext)}</time>
            </dd>
          </div>
          {message.sentAt && (
            <div>
              <dt>{t('outbox.sentAt')}</dt>
              <dd>
                <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, formatContext)}</time>
              </dd>
            </div>
          )}
          {message.attempts > 0 && message.status !== 'sent' && (
            <div>
              <dt>{t('outbox.attempts')}</dt>
              <dd>{message.attempts}</dd>
            </div>
          )}
        </dl>
        {message.lastError && message.status !== 'sent' && (
          <p className="email__error">
            {t('outbox.lastError')} <code>{message.lastError}</code>
          </p>
        )}
        <details className="email__body-toggle" open>
          <summary>{t('outbox.body')}</summary>
          <div className="email__body">{message.bodyText}</div>
        </details>
      </article>
    </li>
  );
}

export function OutboxPage() {
  const { t } = useTranslation();
  const formatContext = useFormatContext();
  usePageTitle(t('outbox.title'));
  const [offset, setOffset] = useState(0);
  const outbox = useResource((signal) => listOutbox({ limit: PAGE_SIZE, offset }, signal), [offset]);
  const page = outbox.data;
  const hasStored = page?.items.some((message) => message.status === 'stored') ?? false;

  return (
    <div className="page page--reading">
      <PageHeading>{t('outbox.title')}</PageHeading>
      <p className="lead">{t('outbox.intro')}</p>
      {hasStored && (
        <p className="alert alert--info">
          <strong>{t('outbox.storedTitle')}</strong> {t('outbox.storedExplanation')}
        </p>
      )}
      {outbox.error !== undefined ? (
        <ErrorAlert error={outbox.error} onRetry={outbox.reload} />
      ) : !page ? (
        <LoadingState label={t('outbox.loading')} />
      ) : page.total === 0 ? (
        <EmptyState title={t('outbox.emptyTitle')}>
          <p>{t('outbox.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <ul className="email-list" aria-busy={outbox.isLoading || undefined}>
            {page.items.map((message) => (
              <OutboxItem key={message.id} message={message} formatContext={formatContext} />
            ))}
          </ul>
          <Pagination offset={page.offset} limit={page.limit} total={page.total} onChange={setOffset} />
        </>
      )}
    </div>
  );
}
