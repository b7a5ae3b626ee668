// The audit trail, append-only and hash-chained, and a button that recomputes it and says whether anything was changed.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAgreementAudit, verifyAgreement, type Agreement, type Verification } from '../api/agreements.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useFormatContext } from '../i18n/use-format-context.ts';

export function AuditPanel({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const formatContext = useFormatContext();
  const headingId = useId();
  const trail = useResource((signal) => getAgreementAudit(agreement.id, signal), [agreement.id, agreement.version]);
  const [verification, setVerification] = useState<Verification>();
  const [isVerifying, setIsVerifying] = useState(false);
  const [error, setError] = useState<unknown>();

  async function verify() {
    setIsVerifying(true);
    setError(undefined);
    try {
      setVerification(await verifyAgreement(agreement.id));
    } catch (caught) {
      setError(caught);
    } finally {
      setIsVerifying(false);
    }
  }

  return (
    <section className="card agreement-audit" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t('agreements.audit.title')}
      </h2>
      <p className="muted">{t('agreements.audit.intro')}</p>
      <div className="agreement-audit__verify">
        <button type="button" className="button button--secondary" onClick={() => void verify()} disabled={isVerifying} aria-busy={isVerifying || undefined}>
          {isVerifying ? t('agreements.audit.verifying') : t('agreements.audit.verify')}
        </button>
        <div aria-live="polite">
          {verification &&
            (verification.isIntact ? (
              <p className="agreement-verdict agreement-verdict--intact">{t('agreements.audit.intact', { count: verification.eventCount })}</p>
            ) : (
              <div className="agreement-verdict agreement-verdict--changed">
                <p>{t('agreements.audit.changed')}</p>
                <ul>
                  {verification.problems.map((problem, index) => (
                    <li key={index}>{t(`agreements.audit.problems.${problem.kind}`, { sequence: problem.sequence ?? '—', version: problem.versionNumber ?? '—' })}</li>
                  ))}
                </ul>
              </div>
            ))}
        </div>
      </div>
      {error !== undefined && <ErrorAlert error={error} />}
      {trail.error !== undefined ? (
        <ErrorAlert error={trail.error} onRetry={trail.reload} />
      ) : !trail.data ? (
        <LoadingState label={t('agreements.audit.loading')} />
      ) : (
        // Scrolls inside its own box when wide; on a phone each event becomes a stacked block (see agreements.css).
        // The explicit roles keep it a table for screen readers once CSS changes how its rows are displayed.
        <div className="table-scroll agreement-audit__scroll" tabIndex={0}>
          <table className="data-table agreement-audit__table" role="table">
            <caption className="visually-hidden">{t('agreements.audit.title')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t('agreements.audit.when')}</th>
                <th scope="col" role="columnheader">{t('agreements.audit.what')}</th>
                <th scope="col" role="columnheader">{t('agreements.audit.who')}</th>
                <th scope="col" role="columnheader">{t('agreements.audit.where')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {trail.data.items.map((event) => (
                <tr key={event.sequence} role="row">
                  <td role="cell" data-label={t('agreements.audit.when')}>
                    <span className="agreement-audit__value">
                      <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, formatContext)}</time>
                    </span>
                  </td>
                  <td role="cell" data-label={t('agreements.audit.what')}>
                    <span className="agreement-audit__value">
                      {t(`agreements.audit.events.${event.type}`, { version: event.versionNumber })}
                      <span className="muted agreement-hash"> #{event.hash.slice(0, 10)}</span>
                    </span>
                  </td>
                  <td role="cell" data-label={t('agreements.audit.who')}>
                    <span className="agreement-audit__value">{t(`agreements.audit.actors.${event.actor}`)}</span>
                  </td>
                  <td role="cell" className="agreement-audit__origin" data-label={t('agreements.audit.where')}>
                    <span className="agreement-audit__value">{[event.ip, event.userAgent].filter(Boolean).join(' · ') || '—'}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
