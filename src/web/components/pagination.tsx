// "Showing 21–40 of 57" with previous/next buttons, for any list the server pages.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';

type PaginationProps = { offset: number; limit: number; total: number; onChange(offset: number): void };

export function Pagination({ offset, limit, total, onChange }: PaginationProps) {
  const { t, i18n } = useTranslation();
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  const hasPrevious = offset > 0;
  const hasNext = offset + limit < total;
  return (
    <nav className="pagination" aria-label={t('common.pagination')}>
      <p className="pagination__status">
        {t('common.showing', { from: formatNumber(from, i18n.language), to: formatNumber(to, i18n.language), total: formatNumber(total, i18n.language) })}
      </p>
      {(hasPrevious || hasNext) && (
        <div className="pagination__buttons">
          <button type="button" className="button button--secondary" disabled={!hasPrevious} onClick={() => onChange(Math.max(0, offset - limit))}>
            <span aria-hidden="true">← </span>
            {t('common.previousPage')}
          </button>
          <button type="button" className="button button--secondary" disabled={!hasNext} onClick={() => onChange(offset + limit)}>
            {t('common.nextPage')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
      )}
    </nav>
  );
}
