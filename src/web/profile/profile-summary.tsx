// The saved profile read back in plain words, one card per wizard step, each with its Edit link.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FreelancerProfile } from '../api/profile.ts';
import type { Flexibility } from '../../domain/profile/flexibility.ts';
import { isDiscouragedPricingModel, pricingModels } from '../../domain/profile/pricing-models.ts';
import { weekdays } from '../../domain/time/weekdays.ts';
import { FlexibilityBadge } from '../components/flexibility-toggle.tsx';
import { NoValue } from '../components/no-value.tsx';
import { formatMoney } from '../forms/money.ts';
import { localeFor } from '../i18n/language.ts';
import { capitalize } from '../i18n/text.ts';
import type { ProfileStep } from './profile-draft.ts';

function Row({ label, flexibility, children }: { label: string; flexibility?: Flexibility; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>
        <div className="summary-value">{children}</div>
        {flexibility && <FlexibilityBadge value={flexibility} />}
      </dd>
    </div>
  );
}

function Section({ step, children }: { step: ProfileStep; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = `profile-${step}`;
  const title = t(`profileSteps.${step}.title`);
  return (
    <section className="card profile-section" aria-labelledby={headingId}>
      <div className="profile-section__header">
        <h2 id={headingId} className="section-title">
          {title}
        </h2>
        <Link to={`/profile/edit/${step}`} className="button button--secondary button--small">
          {t('profilePage.edit')}
          <span className="visually-hidden"> {title}</span>
        </Link>
      </div>
      <dl className="details">{children}</dl>
    </section>
  );
}

function List({ items }: { items: string[] }) {
  if (items.length === 0) return <NoValue />;
  return (
    <ul className="summary-tags">
      {items.map((item, index) => (
        <li key={`${item}-${index}`} className="tag tag--static">
          {item}
        </li>
      ))}
    </ul>
  );
}

export function ProfileSummary({ profile }: { profile: FreelancerProfile }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const list = (items: string[]) => new Intl.ListFormat(localeFor(language), { type: 'conjunction' }).format(items);
  const { dreamBusiness: dream, communication: c, idealClient: ideal, avoid, skills, finances } = profile;
  const floors = pricingModels.flatMap((model) => {
    const amount = ideal.budgetFloor.perModel[model];
    return amount === undefined ? [] : [`${t(`pricingModels.${model}`)}: ${formatMoney(amount, profile.currency, language)}`];
  });

  return (
    <div className="profile-summary">
      <Section step="dream-business">
        <Row label={t('profileForm.officeHours.title')} flexibility={dream.officeHours.flexibility}>
          <ul className="summary-hours">
            {weekdays.map((day) => (
              <li key={day}>
                <span className="summary-hours__day">{t(`weekdays.${day}`)}</span>{' '}
                {dream.officeHours.weekly[day].length === 0 ? <span className="muted">{t('hours.dayOff')}</span> : dream.officeHours.weekly[day].map((r) => `${r.start}–${r.end}`).join(', ')}
              </li>
            ))}
          </ul>
          <p className="details__note">{t('profilePage.inTimeZone', { timeZone: profile.timeZone })}</p>
        </Row>
        <Row label={t('profileForm.weekends.title')} flexibility={dream.weekends.flexibility}>
          {dream.weekends.isOff ? t('profilePage.weekendsOff') : t('profilePage.weekendsOn')}
        </Row>
        <Row label={t('profileForm.holidays.title')} flexibility={dream.publicHolidays.flexibility}>
          {dream.publicHolidays.isOff ? t('profilePage.holidaysOff') : t('profilePage.holidaysOn')}
        </Row>
        <Row label={t('profileForm.blocked.title')}>
          {dream.blockedDays.length === 0 ? (
            <NoValue />
          ) : (
            <ul className="summary-list">
              {dream.blockedDays.map((blocked, index) => {
                const when = blocked.kind === 'weekly' ? t(`profilePage.every.${blocked.weekday}`) : t('profilePage.everyYear', { day: blocked.day, month: t(`vetting.month.${blocked.month}`) });
                return (
                  <li key={index}>
                    {when}
                    {blocked.label && ` (${blocked.label})`}
                    {blocked.coreValue && <span className="details__note">{t('profilePage.forValue', { value: blocked.coreValue })}</span>}
                  </li>
                );
              })}
            </ul>
          )}
        </Row>
        <Row label={t('profileForm.travel.title')} flexibility={dream.travel.flexibility}>
          {t('profilePage.trips', { count: dream.travel.tripsPerYear })}
        </Row>
      </Section>

      <Section step="communication">
        <Row label={t('profileForm.channels.title')} flexibility={c.channels.flexibility}>
          <ol className="summary-ranked">
            {c.channels.ranked.map((channel) => (
              <li key={channel}>{t(`channels.${channel}`)}</li>
            ))}
          </ol>
        </Row>
        <Row label={t('profileForm.calls.title')} flexibility={c.calls.flexibility}>
          {t('profilePage.callsPerWeek', { count: c.calls.maxPerWeek })}
        </Row>
        <Row label={t('profileForm.reply.title')} flexibility={c.replyWindow.flexibility}>
          {t('profilePage.replyWithin', { window: t(`vetting.unit.${c.replyWindow.unit}`, { count: c.replyWindow.amount }) })}
        </Row>
        <Row label={t('profileForm.rush.title')} flexibility={c.rushWork.flexibility}>
          {capitalize(t(`rushOptions.${c.rushWork.acceptedAtMost}`), language)}
        </Row>
      </Section>

      <Section step="ideal-client">
        <Row label={t('profileForm.workKinds.label')}>
          <List items={ideal.workKinds} />
        </Row>
        <Row label={t('profileForm.industries.title')} flexibility={ideal.industries.flexibility}>
          {ideal.industries.wanted.length === 0 ? t('profilePage.anyIndustry') : <List items={ideal.industries.wanted} />}
        </Row>
        <Row label={t('profileForm.budget.title')} flexibility={ideal.budgetFloor.flexibility}>
          {floors.length === 0 ? <NoValue /> : <List items={floors} />}
        </Row>
        <Row label={t('profileForm.pricing.title')} flexibility={ideal.pricingModels.flexibility}>
          {ideal.pricingModels.preferred.length === 0 ? <NoValue /> : list(ideal.pricingModels.preferred.map((m) => t(`pricingModels.${m}`) + (isDiscouragedPricingModel(m) ? ` (${t('profileForm.pricing.hourlyShort')})` : '')))}
        </Row>
      </Section>

      <Section step="avoid">
        <Row label={t('profileForm.avoidWork.title')} flexibility={avoid.workKinds.flexibility}>
          <List items={avoid.workKinds.items} />
        </Row>
        <Row label={t('profileForm.redFlags.title')} flexibility={avoid.redFlags.flexibility}>
          <List items={avoid.redFlags.items.map((flag) => (flag.kind === 'own' ? flag.text : capitalize(t(`vetting.redFlag.${flag.key}`), language)))} />
        </Row>
      </Section>

      <Section step="skills">
        <Row label={t('profileForm.skills.strengths.label')}>
          <List items={skills.strengths} />
        </Row>
        <Row label={t('profileForm.skills.dontWant.label')}>
          <List items={skills.dontWant} />
        </Row>
        <Row label={t('profileForm.skills.willingToLearn.label')}>
          <List items={skills.willingToLearn} />
        </Row>
      </Section>

      <Section step="finances">
        {finances === null ? (
          <div className="details__row details__row--notes">
            <dt className="visually-hidden">{t('profileSteps.finances.title')}</dt>
            <dd className="muted">{t('profilePage.noFinances')}</dd>
          </div>
        ) : (
          <>
            <Row label={t('profileForm.finances.monthlyExpenses.title')}>
              {t('profilePage.businessPersonal', { business: formatMoney(finances.monthlyExpenses.business, profile.currency, language), personal: formatMoney(finances.monthlyExpenses.personal, profile.currency, language) })}
            </Row>
            <Row label={t('profileForm.finances.emergencyFunds.title')}>
              {t('profilePage.businessPersonal', { business: formatMoney(finances.emergencyFunds.business, profile.currency, language), personal: formatMoney(finances.emergencyFunds.personal, profile.currency, language) })}
            </Row>
            <Row label={t('profileForm.finances.streams.title')}>
              <List items={finances.otherStreams.map((s) => `${s.name} (${t(`streamKinds.${s.kind}`)})`)} />
            </Row>
          </>
        )}
      </Section>
    </div>
  );
}
