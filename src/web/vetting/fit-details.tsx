// Every dimension of the fit with its badge, the one-line reason and advice; unanswered ones listed as "still to ask".
import { useTranslation } from 'react-i18next';
import type { Interview } from '../api/interviews.ts';
import { statusSeverity } from '../../domain/vetting/fit-status.ts';
import { FitBadge } from '../components/fit-badge.tsx';
import { capitalize } from '../i18n/text.ts';

type FitItem = Interview['fit']['items'][number];

function FitEntry({ item }: { item: FitItem }) {
  const { t, i18n } = useTranslation();
  const extra = item.findings.length > 1 ? item.findings : [];
  return (
    <li className={`fit-item fit-item--${item.result}`}>
      <div className="fit-item__head">
        <h3 className="fit-item__title">{capitalize(t(`vetting.dimension.${item.dimension}`), i18n.language)}</h3>
        <FitBadge result={item.result} />
      </div>
      {extra.length === 0 ? (
        <>
          <p className="fit-item__reason">{item.reason}</p>
          {item.advice && (
            <p className="fit-item__advice">
              <strong>{t('fit.advice')}</strong> {item.advice}
            </p>
          )}
        </>
      ) : (
        <ul className="fit-item__findings">
          {extra.map((finding, index) => (
            <li key={index} className={`fit-finding fit-finding--${finding.result}`}>
              <span className="visually-hidden">{t(`vetting.status.${finding.result}`)}: </span>
              <span className="fit-finding__mark" aria-hidden="true" />
              <span>
                {finding.reason}
                {finding.advice && (
                  <span className="fit-item__advice">
                    <strong>{t('fit.advice')}</strong> {finding.advice}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function FitDetails({ fit }: { fit: Interview['fit'] }) {
  const { t, i18n } = useTranslation();
  // Worst first, so what needs a conversation is read first.
  const answered = fit.items.filter((item) => item.result !== 'unknown').sort((a, b) => statusSeverity(b.result) - statusSeverity(a.result));
  const unknown = fit.items.filter((item) => item.result === 'unknown');
  return (
    <>
      <section className="fit-section" aria-labelledby="fit-items-heading">
        <h2 id="fit-items-heading" className="section-title">
          {t('fit.itemsTitle')}
        </h2>
        <p className="fit-counts">
          {(['conflict', 'negotiable', 'fits', 'unknown'] as const).map((status) => (
            <span key={status} className="fit-counts__item">
              <FitBadge result={status} /> <span className="fit-counts__number">{fit.counts[status]}</span>
            </span>
          ))}
        </p>
        {answered.length === 0 ? <p className="muted">{t('fit.nothingAnswered')}</p> : <ul className="fit-list">{answered.map((item) => <FitEntry key={item.dimension} item={item} />)}</ul>}
      </section>
      {unknown.length > 0 && (
        <section className="fit-section card card--soft" aria-labelledby="fit-unknown-heading">
          <h2 id="fit-unknown-heading" className="section-title">
            {t('fit.stillToAsk')}
          </h2>
          <p className="section-intro">{t('fit.stillToAskIntro')}</p>
          <ul className="still-to-ask">
            {unknown.map((item) => (
              <li key={item.dimension}>
                <span aria-hidden="true">? </span>
                {capitalize(t(`vetting.dimension.${item.dimension}`), i18n.language)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
