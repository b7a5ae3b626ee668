// The checks from the last save: warnings about what is risky or missing, each with a link to the part to fix. Never blocking.
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../api/agreements.ts';

const partOfField = (field: string) => {
  const part = field.split('.')[0] ?? '';
  return ['what', 'when', 'how', 'cost', 'terms'].includes(part) ? part : 'parties';
};

export function ChecksPanel({ checks, isStale }: { checks: Agreement['checks']; isStale: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card agreement-checks" aria-labelledby="agreement-checks-title">
      <h2 id="agreement-checks-title" className="section-title">
        {t('agreements.checks.title')}
      </h2>
      <p className="muted">{isStale ? t('agreements.checks.stale') : t('agreements.checks.intro')}</p>
      {checks.length === 0 ? (
        <p className="agreement-checks__ok">{t('agreements.checks.none')}</p>
      ) : (
        <ul className="agreement-checks__list">
          {checks.map((check) => (
            <li key={`${check.code}-${check.field}`} className="agreement-checks__item">
              <a href={`#part-${partOfField(check.field)}`}>{t(`agreements.checks.codes.${check.code}`)}</a>
              {check.missing && check.missing.length > 0 && (
                <ul className="agreement-checks__missing">
                  {check.missing.map((field) => (
                    <li key={field}>{t(`agreements.checks.fifa.${field.replaceAll('.', '_')}`)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
