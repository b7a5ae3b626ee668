// Favors asked of you beside the goodwill shown to you: the balance, unpaid hours, and what to do when extras become the norm.
import { useTranslation } from 'react-i18next';
import type { ClientRelationship } from '../../schemas/relationship.ts';
import { formatDate, formatNumber, type FormatContext } from '../i18n/format.ts';

type Extras = ClientRelationship['extras'];

export function ExtrasLedger({ extras, formatContext }: { extras: Extras; formatContext: FormatContext }) {
  const { t } = useTranslation();
  return (
    <div className="ledger">
      <p className="relationship__summary">
        <span className={`badge ledger__balance ledger__balance--${extras.balance}`}>{t(`health.ledgerBalance.${extras.balance}`)}</span>{' '}
        {extras.unpaidHours > 0 && t('relationship.extras.unpaidHours', { hours: formatNumber(extras.unpaidHours, formatContext.language) })}
      </p>
      {extras.suggestions.length > 0 && (
        <ul className="ledger__suggestions">
          {extras.suggestions.map((suggestion) => (
            <li key={suggestion.kind} className="alert alert--warning">
              <p className="alert__title">{t(`health.extrasSuggestion.${suggestion.kind}`)}</p>
              {suggestion.because.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </li>
          ))}
        </ul>
      )}
      <div className="ledger__columns">
        <div>
          <h4 className="ledger__heading">{t('relationship.extras.favors')}</h4>
          {extras.items.length === 0 ? (
            <p className="muted">{t('relationship.extras.noFavors')}</p>
          ) : (
            <ul className="ledger__list">
              {extras.items.map((item) => (
                <li key={item.eventId}>
                  <span>{item.description}</span>{' '}
                  <span className={`badge extra-class extra-class--${item.class}`}>{t(`health.extraClass.${item.class}`)}</span>
                  <span className="ledger__meta">
                    {t(`relationship.extent.${item.extent}`)} · {t('relationship.flags.hours', { hours: formatNumber(item.hours, formatContext.language) })} ·{' '}
                    {t(item.isPaid ? 'relationship.flags.paid' : 'relationship.flags.unpaid')} · {formatDate(item.occurredAt, formatContext)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4 className="ledger__heading">{t('relationship.extras.goodwill')}</h4>
          {extras.goodwill.length === 0 ? (
            <p className="muted">{t('relationship.extras.noGoodwill')}</p>
          ) : (
            <ul className="ledger__list">
              {extras.goodwill.map((item) => (
                <li key={item.eventId}>
                  <span>{item.goodwillKind === 'testimonial' ? t('health.eventKind.testimonial') : t(`health.goodwillKind.${item.goodwillKind}`)}</span>
                  {item.note && <span className="ledger__note"> — {item.note}</span>}
                  <span className="ledger__meta">{formatDate(item.occurredAt, formatContext)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
