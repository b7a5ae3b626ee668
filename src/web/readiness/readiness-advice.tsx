// Whether a client could be let go today, and if not, the ways that would change it: save more, win a client, add warm leads.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReadinessClient, ReadinessReport } from '../api/readiness.ts';
import { currencyDigits, formatMoney } from '../forms/money.ts';
import { formatMonths, runwayText } from './readiness-format.ts';

export function ReadinessAdvice({ client, report }: { client: ReadinessClient; report: ReadinessReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const money = (minor: number) => formatMoney(minor, report.currency, language);
  // Targets read better in whole units; rounding up keeps them enough (the exact minimum is in the API).
  const unit = 10 ** currencyDigits(report.currency);
  const wholeUp = (minor: number) => money(Math.ceil(minor / unit) * unit);
  const threshold = formatMonths(report.settings.shortRunwayMonths, language);

  if (!report.hasExpenses) {
    return (
      <p className="readiness-advice">
        {t('readiness.advice.noExpenses')} <Link to="/readiness#finances">{t('readiness.advice.enterExpenses')}</Link>
      </p>
    );
  }
  if (client.canLetGoToday) {
    return (
      <div className="readiness-advice readiness-advice--ok">
        <p className="readiness-advice__verdict">
          <span aria-hidden="true">✓ </span>
          {t('readiness.advice.canLetGo')}
        </p>
        <p>{client.runwayMonths === null ? t('readiness.advice.noShortfall') : t('readiness.advice.fundsLast', { runway: runwayText(client.runwayMonths, t, language) })}</p>
      </div>
    );
  }
  const ways = client.ways;
  return (
    <div className="readiness-advice readiness-advice--not-yet">
      <p className="readiness-advice__verdict">
        <span aria-hidden="true">! </span>
        {t('readiness.advice.notYet', { runway: runwayText(client.runwayMonths, t, language), threshold })}
      </p>
      {ways && (
        <>
          <p>{t('readiness.advice.anyOf')}</p>
          <ul className="readiness-advice__ways">
            <li>{t('readiness.advice.saveMore', { amount: wholeUp(ways.saveMore) })}</li>
            <li>{t('readiness.advice.winClient', { amount: wholeUp(ways.newClientMonthly) })}</li>
            <li>
              {ways.warmLeadsToAdd > 0 ? t('readiness.advice.addLeads', { count: ways.warmLeadsToAdd }) : t('readiness.advice.enoughLeads', { count: report.openWarmLeads })}{' '}
              <Link to="/waitlist">{t('readiness.advice.openWaitlist')}</Link>
            </li>
          </ul>
        </>
      )}
    </div>
  );
}
