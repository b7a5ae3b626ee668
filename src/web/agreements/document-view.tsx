// The five parts of an agreement laid out to read and print: parties, What, When (with every deadline resolved), How, Cost, Terms.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AgreementDocument } from '../../domain/agreements/document.ts';
import type { Schedule } from '../../schemas/agreements.ts';
import { deliverableSpec, dueRuleText, formatDay, lateFeeText, money, paymentDueText } from './describe.ts';
import './agreements.css';

type ScheduleData = z.infer<typeof Schedule>;

function Row({ label, children }: { label: string; children: ReactNode }) {
  if (children === '' || children === null || children === undefined) return null;
  return (
    <div className="agreement-view__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function List({ items }: { items: string[] }) {
  return items.length === 0 ? null : <>{items.join(', ')}</>;
}

export function DocumentView({ document, schedule, headingPrefix = 'doc' }: { document: AgreementDocument; schedule: ScheduleData | null; headingPrefix?: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { parties, what, when, how, cost, terms } = document;
  const currency = cost.currency;
  const resolved = new Map((schedule?.milestones ?? []).map((m) => [m.id, m]));
  const inputs = new Map((schedule?.inputs ?? []).map((i) => [i.id, i]));
  const id = (part: string) => `${headingPrefix}-${part}`;

  return (
    <div className="agreement-view">
      <section className="agreement-view__part" aria-labelledby={id('parties')}>
        <h2 id={id('parties')}>{t('agreements.parts.parties')}</h2>
        <div className="agreement-view__parties">
          <div>
            <h3>{t('agreements.fields.freelancer')}</h3>
            <p>{parties.freelancer.name || '—'}</p>
            {parties.freelancer.address && <p className="agreement-view__address">{parties.freelancer.address}</p>}
            {parties.freelancer.email && <p>{parties.freelancer.email}</p>}
          </div>
          <div>
            <h3>{t('agreements.fields.client')}</h3>
            <p>{parties.client.name || '—'}</p>
            {parties.client.address && <p className="agreement-view__address">{parties.client.address}</p>}
            {[parties.client.city, parties.client.region, parties.client.countryCode].filter(Boolean).length > 0 && <p>{[parties.client.city, parties.client.region, parties.client.countryCode].filter(Boolean).join(', ')}</p>}
            {parties.client.email && <p>{parties.client.email}</p>}
          </div>
        </div>
      </section>

      <section className="agreement-view__part" aria-labelledby={id('what')}>
        <h2 id={id('what')}>
          <span className="agreement-view__number" aria-hidden="true">1</span> {t('agreements.parts.what')}
        </h2>
        {what.deliverables.length === 0 ? (
          <p className="muted">{t('agreements.view.noDeliverables')}</p>
        ) : (
          <ul className="agreement-view__items">
            {what.deliverables.map((item) => (
              <li key={item.id}>
                <p className="agreement-view__item-title">
                  {item.title}
                  {item.amount !== null && <span className="agreement-view__amount">{money(item.amount, currency, language)}</span>}
                </p>
                <p className="muted">{deliverableSpec(item, t)}</p>
                {item.description && <p>{item.description}</p>}
              </li>
            ))}
          </ul>
        )}
        <h3>{t('agreements.fields.outOfScope')}</h3>
        {what.outOfScope.length === 0 ? (
          <p className="muted">{t('agreements.view.nothingListed')}</p>
        ) : (
          <ul className="agreement-view__bullets">
            {what.outOfScope.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="agreement-view__part" aria-labelledby={id('when')}>
        <h2 id={id('when')}>
          <span className="agreement-view__number" aria-hidden="true">2</span> {t('agreements.parts.when')}
        </h2>
        <dl className="agreement-view__facts">
          <Row label={t('agreements.fields.startDate')}>{when.startDate ? formatDay(when.startDate, language) : t('agreements.view.startOnSigning')}</Row>
          <Row label={t('agreements.fields.officeHours')}>{when.officeHours}</Row>
        </dl>
        {when.milestones.length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('agreements.fields.milestones')}>
            <table className="data-table agreement-view__table">
              <caption className="visually-hidden">{t('agreements.fields.milestones')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('agreements.fields.milestone')}</th>
                  <th scope="col">{t('agreements.fields.owner')}</th>
                  <th scope="col">{t('agreements.fields.due')}</th>
                </tr>
              </thead>
              <tbody>
                {when.milestones.map((milestone) => {
                  const dated = resolved.get(milestone.id);
                  const moved = dated?.dueOn && dated.plannedOn && dated.dueOn !== dated.plannedOn;
                  return (
                    <tr key={milestone.id}>
                      <th scope="row">{milestone.title}</th>
                      <td>{t(`agreements.owners.${milestone.owner}`)}</td>
                      <td>
                        {dated?.dueOn ? <strong>{formatDay(dated.dueOn, language)}</strong> : null}
                        {moved && <span className="agreement-view__moved"> {t('agreements.view.movedFrom', { date: formatDay(dated.plannedOn, language) })}</span>}
                        <span className="agreement-view__rule">{dueRuleText(milestone.due, document, t, language)}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {when.clientInputs.length > 0 && (
          <>
            <h3>{t('agreements.fields.clientInputs')}</h3>
            <ul className="agreement-view__bullets">
              {when.clientInputs.map((input) => {
                const dated = inputs.get(input.id);
                return (
                  <li key={input.id}>
                    {input.title}
                    {' — '}
                    {dated?.receivedOn
                      ? t('agreements.view.inputReceived', { date: formatDay(dated.receivedOn, language) })
                      : dated?.dueOn
                        ? t('agreements.view.inputDue', { date: formatDay(dated.dueOn, language) })
                        : input.expected.kind === 'after_start'
                          ? t('agreements.due.afterStart', { count: input.expected.days })
                          : t('agreements.due.onDate', { date: formatDay(input.expected.date, language) })}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <section className="agreement-view__part" aria-labelledby={id('how')}>
        <h2 id={id('how')}>
          <span className="agreement-view__number" aria-hidden="true">3</span> {t('agreements.parts.how')}
        </h2>
        <dl className="agreement-view__facts">
          <Row label={t('agreements.fields.revisionsIncluded')}>{String(how.revisionsIncluded)}</Row>
          <Row label={t('agreements.fields.fileFormats')}>
            <List items={how.fileFormats} />
          </Row>
          <Row label={t('agreements.fields.researchDepth')}>{t(`agreements.researchDepths.${how.researchDepth}`)}</Row>
          <Row label={t('agreements.fields.tools')}>
            <List items={how.tools} />
          </Row>
          <Row label={t('agreements.fields.subcontracting')}>
            {how.subcontracting.isAllowed ? t('agreements.view.subcontractingAllowed', { count: how.subcontracting.leadTimeDays }) : t('agreements.view.subcontractingNo')}
            {how.subcontracting.note && ` ${how.subcontracting.note}`}
          </Row>
          <Row label={t('agreements.fields.assetSources')}>{how.assetSources}</Row>
          <Row label={t('agreements.fields.howNotes')}>{how.notes}</Row>
        </dl>
      </section>

      <section className="agreement-view__part" aria-labelledby={id('cost')}>
        <h2 id={id('cost')}>
          <span className="agreement-view__number" aria-hidden="true">4</span> {t('agreements.parts.cost')}
        </h2>
        <dl className="agreement-view__facts">
          <Row label={t('agreements.fields.pricingModel')}>{t(`agreements.pricingModels.${cost.pricingModel}`)}</Row>
          <Row label={t(`agreements.amountLabels.${cost.pricingModel}`)}>{money(cost.amount, currency, language)}</Row>
          {cost.estimatedHours !== null && <Row label={t('agreements.fields.estimatedHours')}>{String(cost.estimatedHours)}</Row>}
          <Row label={t('agreements.fields.deposit')}>{cost.isDepositRefundable ? t('agreements.view.depositRefundable', { percent: cost.depositPercent }) : t('agreements.view.depositKept', { percent: cost.depositPercent })}</Row>
          {cost.pricingModel === 'retainer' && <Row label={t('agreements.fields.retainerBilling')}>{cost.isRetainerBilledInAdvance ? t('agreements.view.billedInAdvance') : t('agreements.view.billedAfter')}</Row>}
          <Row label={t('agreements.fields.paymentMethod')}>{cost.paymentMethod}</Row>
          {cost.rushFeePercent !== null && <Row label={t('agreements.fields.rushFee')}>{`${cost.rushFeePercent} %`}</Row>}
          {cost.extraRevisionFee !== null && <Row label={t('agreements.fields.extraRevisionFee')}>{money(cost.extraRevisionFee, currency, language)}</Row>}
          {cost.outOfScopeHourlyRate !== null && <Row label={t('agreements.fields.outOfScopeRate')}>{money(cost.outOfScopeHourlyRate, currency, language)}</Row>}
          <Row label={t('agreements.fields.lateFee')}>{lateFeeText(cost.lateFee, currency, t, language)}</Row>
          <Row label={t('agreements.fields.travel')}>
            {t(`agreements.expensePayers.${cost.expenses.travelPaidBy}`)}
            {cost.expenses.needsApproval && ` · ${t('agreements.view.expensesApproved')}`}
            {cost.expenses.note && ` · ${cost.expenses.note}`}
          </Row>
          <Row label={t('agreements.fields.termMonths')}>{t('agreements.view.months', { count: cost.termMonths })}</Row>
          {cost.review && <Row label={t('agreements.fields.review')}>{t('agreements.view.review', { date: formatDay(cost.review.reviewOn, language), criteria: cost.review.criteria })}</Row>}
        </dl>
        {cost.paymentSchedule.length > 0 && (
          <>
            <h3>{t('agreements.fields.paymentSchedule')}</h3>
            <ul className="agreement-view__bullets">
              {cost.paymentSchedule.map((payment) => (
                <li key={payment.id}>
                  {payment.label}: <strong>{money(payment.amount, currency, language)}</strong> — {paymentDueText(payment.due, document, t, language)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="agreement-view__part" aria-labelledby={id('terms')}>
        <h2 id={id('terms')}>
          <span className="agreement-view__number" aria-hidden="true">5</span> {t('agreements.parts.terms')}
        </h2>
        <dl className="agreement-view__facts">
          <Row label={t('agreements.fields.ownership')}>
            {terms.ownership
              ? `${t(`agreements.attributions.${terms.ownership.attribution}`)}${terms.ownership.passesOnFinalPayment ? ` · ${t('agreements.view.ownershipOnPayment')}` : ''}`
              : t('agreements.view.noOwnership')}
          </Row>
          {terms.ownership?.licence && <Row label={t('agreements.fields.licence')}>{terms.ownership.licence}</Row>}
          <Row label={t('agreements.fields.earlyTermination')}>
            {t('agreements.view.notice', { count: terms.earlyTermination.noticeDays })}
            {terms.earlyTermination.whatIsOwed && ` ${terms.earlyTermination.whatIsOwed}`}
          </Row>
          <Row label={t('agreements.fields.portfolio')}>{t(`agreements.portfolioRights.${terms.portfolio}`)}</Row>
          <Row label={t('agreements.fields.confidentiality')}>{terms.confidentiality}</Row>
          <Row label={t('agreements.fields.channels')}>
            <List items={terms.communication.channels} />
          </Row>
          <Row label={t('agreements.fields.callsPerMonth')}>{String(terms.communication.callsPerMonth)}</Row>
          <Row label={t('agreements.fields.communicationNote')}>{terms.communication.note}</Row>
          <Row label={t('agreements.fields.offerExpiresOn')}>{terms.offerExpiresOn ? formatDay(terms.offerExpiresOn, language) : t('agreements.view.noExpiry')}</Row>
        </dl>
      </section>

      {document.notes && (
        <section className="agreement-view__part" aria-labelledby={id('notes')}>
          <h2 id={id('notes')}>{t('agreements.fields.notes')}</h2>
          <p className="agreement-view__prose">{document.notes}</p>
        </section>
      )}
    </div>
  );
}
