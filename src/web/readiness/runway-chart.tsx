// Runway if each client is lost, one bar per client, with the line where letting go becomes affordable; a table says the same.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../forms/money.ts';
import { ChartTable } from './chart-table.tsx';
import { formatMonths, runwayText } from './readiness-format.ts';
import { useChartWidth } from './use-chart-width.ts';

export type RunwayRow = { key: string; name: string; months: number | null; before?: number | null; monthlyIncome?: number };
const ROW = 44;
const TOP = 24;
const SIDE = 8;

export function RunwayChart({ rows, threshold, currency, caption, tableCaption }: { rows: RunwayRow[]; threshold: number; currency: string; caption: string; tableCaption: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const captionId = useId();
  const { ref, width } = useChartWidth();
  const finite = rows.flatMap((r) => [r.months, r.before ?? null]).filter((m): m is number => m !== null);
  // The scale reaches past the threshold, so "enough" always has room to show; unlimited runs to the edge.
  const top = Math.max(threshold * 2, 6, ...finite.map((m) => Math.ceil(m)));
  const height = TOP + rows.length * ROW + 8;
  const plotWidth = width - SIDE * 2;
  const x = (months: number | null) => SIDE + (Math.min(months ?? top, top) / top) * plotWidth;
  const hasBefore = rows.some((r) => r.before !== undefined);

  return (
    <figure className="readiness-chart">
      <div ref={ref}>
        <svg className="readiness-chart__svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={captionId}>
          {rows.map((row, index) => {
            const rowTop = TOP + index * ROW;
            const isShort = row.months !== null && row.months < threshold;
            return (
              <g key={row.key}>
                <text x={SIDE} y={rowTop + 13} className="readiness-chart__label">
                  {row.name} · {runwayText(row.months, t, language)}
                  {row.before !== undefined && row.before !== row.months ? ` (${t('readiness.whatIf.was', { runway: runwayText(row.before, t, language) })})` : ''}
                </text>
                <rect x={SIDE} y={rowTop + 19} width={plotWidth} height={14} rx={3} className="readiness-chart__track" />
                {row.before !== undefined && <rect x={SIDE} y={rowTop + 31} width={Math.max(2, x(row.before) - SIDE)} height={3} className="readiness-chart__before" />}
                <rect
                  x={SIDE}
                  y={rowTop + 19}
                  width={Math.max(2, x(row.months) - SIDE)}
                  height={row.before !== undefined ? 11 : 14}
                  rx={3}
                  className={row.months === null ? 'readiness-chart__bar readiness-chart__bar--unlimited' : isShort ? 'readiness-chart__bar readiness-chart__bar--short' : 'readiness-chart__bar'}
                />
              </g>
            );
          })}
          <line x1={x(threshold)} x2={x(threshold)} y1={TOP - 6} y2={height - 4} className="readiness-chart__line readiness-chart__line--watch" />
          <text x={x(threshold) + 3} y={TOP - 10} className="readiness-chart__tick">
            {t('readiness.charts.thresholdLine', { months: formatMonths(threshold, language) })}
          </text>
        </svg>
      </div>
      <figcaption id={captionId} className="readiness-chart__caption">
        {caption}
      </figcaption>
      <ChartTable toggleLabel={t('readiness.charts.showTable')} caption={tableCaption}>
        <thead>
          <tr>
            <th scope="col">{t('readiness.charts.client')}</th>
            {rows.some((r) => r.monthlyIncome !== undefined) && <th scope="col">{t('readiness.charts.perMonth')}</th>}
            {hasBefore && <th scope="col">{t('readiness.whatIf.before')}</th>}
            <th scope="col">{hasBefore ? t('readiness.whatIf.after') : t('readiness.charts.runwayIfLost')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {rows.some((r) => r.monthlyIncome !== undefined) && <td>{row.monthlyIncome === undefined ? '' : formatMoney(row.monthlyIncome, currency, language)}</td>}
              {hasBefore && <td>{row.before === undefined ? t('readiness.whatIf.new') : runwayText(row.before, t, language)}</td>}
              <td>{runwayText(row.months, t, language)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </figure>
  );
}
