// Beside the cost: what to quote so the tax reserve and a buffer for "longer than you think" are covered (the API does the sums).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quoteAgreementPrice } from '../../api/agreements.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { useResource } from '../../hooks/use-resource.ts';
import { money } from '../describe.ts';
import { MoneyField, NumberInput } from './inputs.tsx';

export function PricingHelper({ baseAmount, currency, onUse }: { baseAmount: number; currency: string; onUse(amount: number): void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [base, setBase] = useState(baseAmount);
  const [taxReserve, setTaxReserve] = useState(30);
  const [contingency, setContingency] = useState(15);
  // Settle on a plain string: an object would be new on every render and never settle.
  const settled = useDebouncedValue(`${base}|${taxReserve}|${contingency}`, 300);
  const quote = useResource((signal) => {
    const [baseAmount = 0, taxReservePercent = 0, contingencyPercent = 0] = settled.split('|').map(Number);
    return quoteAgreementPrice({ baseAmount, taxReservePercent, contingencyPercent }, signal);
  }, [settled]);
  const language = i18n.language;
  const data = quote.data;

  return (
    <aside className="card card--soft pricing-helper" aria-labelledby={headingId}>
      <h3 id={headingId} className="pricing-helper__title">
        {t('agreements.pricing.title')}
      </h3>
      <p className="muted">{t('agreements.pricing.intro')}</p>
      <MoneyField label={t('agreements.pricing.base')} currency={currency} value={base} onChange={(value) => setBase(value ?? 0)} />
      <NumberInput label={t('agreements.pricing.taxReserve')} value={taxReserve} max={90} step={0.5} onChange={(value) => setTaxReserve(Math.min(90, Math.max(0, value ?? 0)))} />
      <NumberInput label={t('agreements.pricing.contingency')} value={contingency} max={100} step={0.5} onChange={(value) => setContingency(Math.min(100, Math.max(0, value ?? 0)))} />
      {quote.error !== undefined ? (
        <ErrorAlert error={quote.error} onRetry={quote.reload} />
      ) : data ? (
        <>
          <dl className="pricing-helper__sums" aria-live="polite">
            <div>
              <dt>{t('agreements.pricing.buffer')}</dt>
              <dd>{money(data.contingencyAmount, currency, language)}</dd>
            </div>
            <div>
              <dt>{t('agreements.pricing.reserve')}</dt>
              <dd>{money(data.taxReserveAmount, currency, language)}</dd>
            </div>
            <div className="pricing-helper__quote">
              <dt>{t('agreements.pricing.quote')}</dt>
              <dd>{money(data.quoteAmount, currency, language)}</dd>
            </div>
            <div>
              <dt>{t('agreements.pricing.kept')}</dt>
              <dd>{money(data.keptAfterReserve, currency, language)}</dd>
            </div>
          </dl>
          <button type="button" className="button button--secondary button--small" onClick={() => onUse(data.quoteAmount)}>
            {t('agreements.pricing.use')}
          </button>
        </>
      ) : null}
    </aside>
  );
}
