// The health card: the five reasons to let a client go, each with its status, trend, the sentences behind it and the
// events it rests on; then the recommendation (keep, talk it through with a copyable agenda, or plan the exit).
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClientHealth } from '../../schemas/relationship.ts';
import type { TimelineEvent } from '../../schemas/events.ts';
import type { Resource } from '../hooks/use-resource.ts';
import type { FormatContext } from '../i18n/format.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { HealthStatusBadge, HealthTrend, RecommendationBadge } from './health-badges.tsx';
import { EvidenceList } from './evidence-list.tsx';
import { CopyButton } from './copy-button.tsx';

type HealthCardProps = {
  clientId: string;
  health: Resource<ClientHealth>;
  events: TimelineEvent[];
  formatContext: FormatContext;
  /** Tells the timeline which events to highlight (empty when no evidence is open). */
  onShowEvidence(ids: string[]): void;
  /** What "plan the exit" offers: the exit-plan panel or a way to it. */
  exitPlan: ReactNode;
};

export function HealthCard({ clientId, health, events, formatContext, onShowEvidence, exitPlan }: HealthCardProps) {
  const { t } = useTranslation();
  const [openReason, setOpenReason] = useState<string>();
  const data = health.data;

  function toggleEvidence(reason: string, ids: string[]) {
    const next = openReason === reason ? undefined : reason;
    setOpenReason(next);
    onShowEvidence(next ? ids : []);
  }

  return (
    <section className="card health-card" aria-labelledby="health-heading" aria-busy={health.isLoading || undefined}>
      <h2 id="health-heading" className="section-title">
        {t('relationship.health.title')}
      </h2>
      {health.error !== undefined && !data ? (
        <ErrorAlert error={health.error} onRetry={health.reload} />
      ) : !data ? (
        <LoadingState label={t('relationship.health.loading')} />
      ) : (
        <>
          <div className={`health-card__verdict health-card__verdict--${data.recommendation}`}>
            <p className="health-card__recommendation">
              <span className="health-card__label">{t('relationship.health.recommendation')}</span> <RecommendationBadge recommendation={data.recommendation} />
            </p>
            {data.because.length > 0 && (
              <ul className="health-card__because">
                {data.because.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            {data.recommendation === 'talk' && data.agenda.length > 0 && (
              <div className="health-card__agenda">
                <h3 className="subsection-title">{t('relationship.health.agendaTitle')}</h3>
                <ol>
                  {data.agenda.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ol>
                <CopyButton text={data.agenda.map((line, index) => `${index + 1}. ${line}`).join('\n')} label={t('relationship.health.copyAgenda')} />
              </div>
            )}
            {data.recommendation === 'plan_exit' && <div className="health-card__exit">{exitPlan}</div>}
          </div>

          <ul className="health-reasons">
            {data.reasons.map((reason) => {
              const isOpen = openReason === reason.reason;
              const evidenceId = `evidence-${reason.reason}`;
              return (
                <li key={reason.reason} className={`health-reason health-reason--${reason.status}`}>
                  <div className="health-reason__head">
                    <h3 className="health-reason__name">{t(`health.reason.${reason.reason}`)}</h3>
                    <HealthStatusBadge status={reason.status} />
                    <HealthTrend trend={reason.trend} />
                  </div>
                  {reason.because.length > 0 && (
                    <ul className="health-reason__because">
                      {reason.because.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                  {reason.invoiceIds.length > 0 && (
                    <p className="health-reason__invoices">
                      <Link to={`/invoices?clientId=${encodeURIComponent(clientId)}`}>{t('paymentsInsights.health.seeInvoices', { count: reason.invoiceIds.length })}</Link>
                    </p>
                  )}
                  {reason.evidence.length > 0 && (
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      aria-expanded={isOpen}
                      aria-controls={evidenceId}
                      onClick={() => toggleEvidence(reason.reason, reason.evidence)}
                    >
                      {isOpen ? t('relationship.health.hideEvidence') : t('relationship.health.showEvidence', { count: reason.evidence.length })}
                    </button>
                  )}
                  {isOpen && (
                    <div id={evidenceId} className="health-reason__evidence">
                      <EvidenceList clientId={clientId} ids={reason.evidence} known={events} formatContext={formatContext} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          {health.error !== undefined && <ErrorAlert error={health.error} onRetry={health.reload} />}
        </>
      )}
    </section>
  );
}
