// The two emergency-fund ladders: 1,000 first, then 3, 6 and 12 months of that side's expenses; the step reached and what is missing.
import { useTranslation } from 'react-i18next';
import type { FundLadderView, ReadinessReport } from '../api/readiness.ts';
import { formatMoney } from '../forms/money.ts';
import { formatPlainDate } from '../vetting/overlap-chart.tsx';

function stepName(step: FundLadderView['steps'][number], t: (key: string, options?: Record<string, unknown>) => string): string {
  return step.kind === 'starter' ? t('readiness.ladder.starter') : t('readiness.ladder.monthsStep', { count: step.months ?? 0 });
}

function FundLadder({ fund, currency }: { fund: FundLadderView; currency: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const money = (minor: number) => formatMoney(minor, currency, language);
  const topTarget = Math.max(...fund.steps.map((s) => s.target), fund.balance, 1);
  const position = (amount: number) => `${Math.min(100, (amount / topTarget) * 100)}%`;
  const headingId = `fund-${fund.side}`;
  const reached = fund.currentStep > 0 ? fund.steps[fund.currentStep - 1] : undefined;

  return (
    <section className="card fund-ladder" aria-labelledby={headingId}>
      <h3 id={headingId} className="fund-ladder__title">
        {t(`readiness.ladder.title.${fund.side}`)}
      </h3>
      <p className="fund-ladder__balance">{money(fund.balance)}</p>
      <p className="muted fund-ladder__date">{fund.balanceDate ? t('readiness.ladder.asOf', { date: formatPlainDate(fund.balanceDate, language) }) : t('readiness.ladder.fromProfile')}</p>
      <p className="fund-ladder__status">
        {reached ? t('readiness.ladder.reached', { step: stepName(reached, t) }) : t('readiness.ladder.notYet')}{' '}
        {fund.next ? t('readiness.ladder.toNext', { missing: money(fund.next.missing), step: stepName(fund.steps[fund.next.step - 1]!, t), target: money(fund.next.target) }) : t('readiness.ladder.top')}
      </p>
      {/* The picture repeats the list below it, so screen readers skip it. */}
      <div className="fund-ladder__bar" aria-hidden="true">
        <div className="fund-ladder__fill" style={{ width: position(fund.balance) }} />
        {fund.steps.map((step, index) => (
          <span key={index} className={index < fund.currentStep ? 'fund-ladder__rung fund-ladder__rung--reached' : 'fund-ladder__rung'} style={{ left: position(step.target) }} />
        ))}
      </div>
      <ol className="fund-ladder__steps">
        {fund.steps.map((step, index) => {
          const isReached = index < fund.currentStep;
          const isNext = index === fund.currentStep;
          return (
            <li key={index} className={isReached ? 'is-reached' : isNext ? 'is-next' : undefined}>
              <span className="fund-ladder__mark" aria-hidden="true">
                {isReached ? '✓' : isNext ? '→' : '·'}
              </span>
              <span>
                {stepName(step, t)}: {money(step.target)}
                <span className="visually-hidden"> — {isReached ? t('readiness.ladder.stepReached') : isNext ? t('readiness.ladder.stepNext') : t('readiness.ladder.stepLater')}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function FundLadders({ report }: { report: ReadinessReport }) {
  return (
    <div className="fund-ladders">
      {report.funds.map((fund) => (
        <FundLadder key={fund.side} fund={fund} currency={report.currency} />
      ))}
    </div>
  );
}
