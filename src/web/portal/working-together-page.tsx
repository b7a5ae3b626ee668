// "How we work together": the freelancer's office hours in the client's zone, how to reach them, replies, days off and agreements.
import { useTranslation } from 'react-i18next';
import { getWorkingTogether } from '../api/portal.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { BackToPortal, usePortal } from './portal-layout.tsx';
import { OfficeWeekTable } from './office-week-table.tsx';
import { agreementSentence, replyWindowText } from './agreement-sentence.ts';
import { zoneCity } from './zoned-format.ts';

export function WorkingTogetherPage() {
  const { t, i18n } = useTranslation();
  const { token, home } = usePortal();
  const resource = useResource((signal) => getWorkingTogether(token, signal), [token]);
  const freelancer = home.freelancerName;
  usePageTitle(t('portal.together.title'));
  const data = resource.data;

  return (
    <div className="page page--narrow portal-page">
      <BackToPortal />
      <PageHeading>{t('portal.together.title')}</PageHeading>
      {resource.error !== undefined ? (
        <ErrorAlert error={resource.error} onRetry={resource.reload} />
      ) : !data ? (
        <LoadingState label={t('portal.loading')} />
      ) : (
        <>
          <p className="lead">{t('portal.together.intro', { freelancer })}</p>

          <section className="card portal-block" aria-labelledby="portal-hours">
            <h2 id="portal-hours">{t('portal.together.hoursTitle')}</h2>
            <p className="muted">
              {data.clientTimeZone === data.freelancerTimeZone
                ? t('portal.together.sameZone', { zone: zoneCity(data.clientTimeZone) })
                : t('portal.together.zones', { freelancer, theirZone: zoneCity(data.freelancerTimeZone), yourZone: zoneCity(data.clientTimeZone) })}
            </p>
            <OfficeWeekTable data={data} />
          </section>

          <section className="card portal-block" aria-labelledby="portal-reach">
            <h2 id="portal-reach">{t('portal.together.reachTitle')}</h2>
            <p>{t('portal.together.channelsIntro', { freelancer })}</p>
            <ol className="portal-channels">
              {data.channels.map((channel, index) => (
                <li key={channel}>
                  {t(`channels.${channel}`)}
                  {index === 0 && data.channels.length > 1 && <span className="muted"> — {t('portal.together.preferred')}</span>}
                </li>
              ))}
            </ol>
            <p>{data.callsPerWeek === 0 ? t('portal.together.noCalls') : t('portal.together.calls', { count: data.callsPerWeek })}</p>
            <p>{t('portal.together.reply', { freelancer, window: replyWindowText(data.replyWindow, t) })}</p>
          </section>

          <section className="card portal-block" aria-labelledby="portal-days-off">
            <h2 id="portal-days-off">{t('portal.together.daysOffTitle')}</h2>
            <ul className="portal-list">
              <li>{data.daysOff.isWeekendOff ? t('portal.together.weekendsOff') : t('portal.together.weekendsOn')}</li>
              <li>{data.daysOff.isPublicHolidayOff ? t('portal.together.holidaysOff') : t('portal.together.holidaysOn')}</li>
              {data.daysOff.hasBlockedDays && <li>{t('portal.together.blockedDays', { freelancer })}</li>}
            </ul>
          </section>

          <section className="card portal-block" aria-labelledby="portal-agreements">
            <h2 id="portal-agreements">{t('portal.together.agreementsTitle')}</h2>
            {data.agreements.length === 0 ? (
              <p>{t('portal.together.noAgreements', { freelancer })}</p>
            ) : (
              <>
                <p>{t('portal.together.agreementsIntro', { freelancer })}</p>
                <ul className="portal-list portal-agreements">
                  {data.agreements.map((agreement) => (
                    <li key={agreement.kind}>{agreementSentence(agreement, freelancer, t, i18n.language)}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
