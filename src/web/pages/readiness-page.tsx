// Readiness (be in a position to let a client go): runway if each client is lost, what would change it, a what-if panel,
// the fund ladders, income concentration, income by month, and the finances behind them, entered here.
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { getReadiness, type ReadinessReport } from '../api/readiness.ts';
import { EmptyState } from '../components/empty-state.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { formatMoney } from '../forms/money.ts';
import { localeFor } from '../i18n/language.ts';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { ConcentrationChart } from '../readiness/concentration-chart.tsx';
import { FinancesForm } from '../readiness/finances-form.tsx';
import { FundBalances } from '../readiness/fund-balances.tsx';
import { FundLadders } from '../readiness/fund-ladders.tsx';
import { IncomeByMonthChart } from '../readiness/income-by-month-chart.tsx';
import { IncomeEntries } from '../readiness/income-entries.tsx';
import { ReadinessAdvice } from '../readiness/readiness-advice.tsx';
import { runwayText } from '../readiness/readiness-format.ts';
import { RunwayChart } from '../readiness/runway-chart.tsx';
import { WhatIfPanel } from '../readiness/what-if-panel.tsx';
import '../readiness/readiness.css';

type Source = ReadinessReport['concentration']['shares'][number]['source'];

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section id={id} className="card readiness-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {title}
      </h2>
      {intro && <p className="section-intro">{intro}</p>}
      {children}
    </section>
  );
}

export function ReadinessPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  usePageTitle(t('readiness.title'));
  const report = useResource((signal) => getReadiness(signal), []);
  // Bumped after every write, so the lists below reload along with the report.
  const [refreshKey, setRefreshKey] = useState(0);
  const changed = () => {
    setRefreshKey((n) => n + 1);
    report.reload();
  };
  const data = report.data;

  const nameOf = (source: Source): string => {
    if (!data) return '';
    if (source.kind === 'client') return data.clients.find((c) => c.clientId === source.clientId)?.name || t('readiness.unknownClient');
    return data.streams.find((s) => s.id === source.streamId)?.name || t('readiness.income.removedStream');
  };

  return (
    <div className="page readiness-page">
      <PageHeading>{t('readiness.title')}</PageHeading>
      <p className="lead">{t('readiness.intro')}</p>

      {report.error !== undefined && !data ? (
        <ErrorAlert error={report.error} onRetry={report.reload} />
      ) : !data ? (
        <LoadingState label={t('readiness.loading')} />
      ) : (
        <>
          <nav className="readiness-nav" aria-label={t('readiness.navLabel')}>
            <ul>
              <li><a href="#runway">{t('readiness.runway.title')}</a></li>
              <li><a href="#what-if">{t('readiness.whatIf.title')}</a></li>
              <li><a href="#funds">{t('readiness.ladder.sectionTitle')}</a></li>
              <li><a href="#concentration">{t('readiness.concentration.title')}</a></li>
              <li><a href="#finances">{t('readiness.finances.title')}</a></li>
              <li><a href="#income">{t('readiness.income.title')}</a></li>
            </ul>
          </nav>

          {!data.hasExpenses && (
            <div className="alert alert--info" role="note">
              <p>
                {t('readiness.noExpenses')} <a href="#finances">{t('readiness.advice.enterExpenses')}</a>
              </p>
            </div>
          )}

          <Section id="runway" title={t('readiness.runway.title')} intro={t('readiness.runway.intro')}>
            <p className="readiness-now">
              {t('readiness.runway.now', { runway: runwayText(data.runwayNow, t, language), expenses: formatMoney(data.totals.monthlyExpenses, data.currency, language), income: formatMoney(Math.floor(data.totals.yearlyIncome / 12), data.currency, language) })}
            </p>
            {data.clients.length === 0 ? (
              <EmptyState title={t('readiness.runway.emptyTitle')} headingLevel={3}>
                <p>{t('readiness.runway.emptyBody')}</p>
              </EmptyState>
            ) : (
              <>
                <RunwayChart
                  rows={data.clients.map((c) => ({ key: c.clientId, name: c.name, months: c.runwayMonths, monthlyIncome: c.monthlyIncome }))}
                  threshold={data.settings.shortRunwayMonths}
                  currency={data.currency}
                  caption={t('readiness.runway.caption', { count: data.clients.filter((c) => !c.canLetGoToday).length, total: data.clients.length })}
                  tableCaption={t('readiness.charts.runwayTable')}
                />
                <h3 className="subsection-title">{t('readiness.runway.perClient')}</h3>
                <ul className="readiness-clients">
                  {data.clients.map((client) => (
                    <li key={client.clientId} className="card card--soft readiness-client">
                      <h4 className="readiness-client__name">
                        <Link to={`/clients/${client.clientId}`}>{client.name}</Link>
                        {client.company && <span className="muted"> · {client.company}</span>}
                      </h4>
                      <p className="muted">{t('readiness.card.income', { amount: formatMoney(client.monthlyIncome, data.currency, language) })}</p>
                      <ReadinessAdvice client={client} report={data} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Section>

          <Section id="what-if" title={t('readiness.whatIf.title')} intro={t('readiness.whatIf.intro')}>
            {/* Keyed by the numbers, so a save elsewhere on the page starts the panel from the new ones once they arrive. */}
            <WhatIfPanel key={JSON.stringify(data.totals)} report={data} />
          </Section>

          <Section id="funds" title={t('readiness.ladder.sectionTitle')} intro={t('readiness.ladder.intro', { starter: formatMoney(data.funds[0]?.steps[0]?.target ?? 0, data.currency, language), months: new Intl.ListFormat(localeFor(language), { type: 'conjunction' }).format(data.settings.fundLadderMonths.map(String)) })}>
            <FundLadders report={data} />
            <h3 className="subsection-title">{t('readiness.funds.title')}</h3>
            <FundBalances report={data} refreshKey={refreshKey} onChanged={changed} />
          </Section>

          <Section id="concentration" title={t('readiness.concentration.title')} intro={t('readiness.concentration.intro', { watch: data.settings.concentrationWatchPercent, critical: data.settings.concentrationCriticalPercent })}>
            {data.concentration.total === 0 ? (
              <p className="muted">{t('readiness.concentration.empty')}</p>
            ) : (
              <ConcentrationChart report={data} nameOf={(share) => nameOf(share.source)} />
            )}
            <h3 className="subsection-title">{t('readiness.charts.incomeTitle')}</h3>
            <IncomeByMonthChart report={data} nameOf={nameOf} />
          </Section>

          <Section id="finances" title={t('readiness.finances.title')} intro={t('readiness.finances.intro')}>
            <FinancesForm key={JSON.stringify([data.monthlyExpenses, data.streams])} report={data} onSaved={changed} />
          </Section>

          <Section id="income" title={t('readiness.income.title')} intro={t('readiness.income.intro', { percent: data.settings.fundContributionPercent })}>
            <IncomeEntries report={data} refreshKey={refreshKey} onChanged={changed} />
          </Section>
        </>
      )}
    </div>
  );
}
