// What Sana could not do on its own and the freelancer should fix, at the top of the home page: today, payment reminders
// that had no email address to go to, each with a link to add one.
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HealthOverview } from '../../schemas/relationship.ts';
import { localeFor } from '../i18n/language.ts';

export function AttentionNotice({ items }: { items: HealthOverview['attention'] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return null;
  const list = (numbers: string[]) => new Intl.ListFormat(localeFor(i18n.language), { type: 'conjunction' }).format(numbers);
  return (
    <section className="alert alert--warning attention-notice" aria-labelledby="attention-heading">
      <h2 id="attention-heading" className="alert__title">
        {t('paymentsInsights.attention.title')}
      </h2>
      <ul className="attention-notice__list">
        {items.map((item) => (
          <li key={item.clientId}>
            <span>
              {t('paymentsInsights.attention.remindersWithoutEmail', { count: item.invoices.length, name: item.name, numbers: list(item.invoices.map((invoice) => invoice.number)) })}
            </span>{' '}
            <Link to={`/clients/${item.clientId}/edit`}>
              {t('paymentsInsights.attention.addEmail')}
              <span className="visually-hidden"> {t('paymentsInsights.attention.forClient', { name: item.name })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
