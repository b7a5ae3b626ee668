// Income of the last twelve months, stacked by client and stream, one bar per month; a table says the same.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessReport } from '../api/readiness.ts';
import { formatMoney } from '../forms/money.ts';
import { ChartTable } from './chart-table.tsx';
import { formatMonth } from './readiness-format.ts';
import { otherSeriesColor, seriesColors } from './series-colors.ts';
import { useChartWidth } from './use-chart-width.ts';

type Source = ReadinessReport['incomeByMonth'][number]['bySource'][number]['source'];
const HEIGHT = 220;
const LEFT = 64;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 28;
const MAX_SERIES = seriesColors.length - 1;

const keyOf = (source: Source) => (source.kind === 'client' ? `client:${source.clientId}` : `stream:${source.streamId}`);

/** A round top for the axis: 1, 2 or 5 times a power of ten. */
function niceTop(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= value) ?? value;
}

export function IncomeByMonthChart({ report, nameOf }: { report: ReadinessReport; nameOf(source: Source): string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const captionId = useId();
  const { ref, width } = useChartWidth();
  const money = (minor: number) => formatMoney(minor, report.currency, language);
  const months = report.incomeByMonth;

  // The biggest sources get their own colour; the rest share "Others", so the legend stays short.
  const totals = new Map<string, { source: Source; amount: number }>();
  for (const month of months) for (const s of month.bySource) totals.set(keyOf(s.source), { source: s.source, amount: (totals.get(keyOf(s.source))?.amount ?? 0) + s.amount });
  const ranked = [...totals.values()].sort((a, b) => b.amount - a.amount);
  const named = ranked.length > MAX_SERIES + 1 ? ranked.slice(0, MAX_SERIES) : ranked;
  const namedKeys = new Set(named.map((s) => keyOf(s.source)));
  const hasOthers = named.length < ranked.length;
  const series = [
    ...named.map((s, i) => ({ key: keyOf(s.source), label: nameOf(s.source), color: seriesColors[i] ?? otherSeriesColor })),
    ...(hasOthers ? [{ key: 'others', label: t('readiness.charts.others'), color: otherSeriesColor }] : []),
  ];
  const amountIn = (month: (typeof months)[number], key: string) =>
    key === 'others' ? month.bySource.filter((s) => !namedKeys.has(keyOf(s.source))).reduce((sum, s) => sum + s.amount, 0) : (month.bySource.find((s) => keyOf(s.source) === key)?.amount ?? 0);

  const top = niceTop(Math.max(...months.map((m) => m.total), 1));
  const plotWidth = width - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / months.length;
  const barWidth = Math.max(6, slot * 0.66);
  const y = (amount: number) => TOP + plotHeight - (amount / top) * plotHeight;
  const labelEvery = slot < 34 ? 3 : slot < 50 ? 2 : 1;
  const yearTotal = months.reduce((sum, m) => sum + m.total, 0);

  return (
    <figure className="readiness-chart">
      <div ref={ref}>
        <svg className="readiness-chart__svg" viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby={captionId}>
          {[0, top / 2, top].map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} className="readiness-chart__grid" />
              <text x={LEFT - 6} y={y(tick) + 4} className="readiness-chart__tick" textAnchor="end">
                {money(tick)}
              </text>
            </g>
          ))}
          {months.map((month, index) => {
            const x = LEFT + index * slot + (slot - barWidth) / 2;
            let base = 0;
            return (
              <g key={month.month}>
                {series.map((s) => {
                  const amount = amountIn(month, s.key);
                  if (amount <= 0) return null;
                  const rect = <rect key={s.key} x={x} y={y(base + amount)} width={barWidth} height={Math.max(0, y(base) - y(base + amount))} fill={s.color} />;
                  base += amount;
                  return rect;
                })}
                {index % labelEvery === (months.length - 1) % labelEvery && (
                  <text x={x + barWidth / 2} y={HEIGHT - BOTTOM + 16} className="readiness-chart__tick" textAnchor="middle">
                    {formatMonth(month.month, language)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption id={captionId} className="readiness-chart__caption">
        {yearTotal === 0 ? t('readiness.charts.incomeEmpty') : t('readiness.charts.incomeSummary', { total: money(yearTotal), count: ranked.length })}
      </figcaption>
      {series.length > 0 && (
        <ul className="chart-legend" aria-label={t('readiness.charts.legend')}>
          {series.map((s) => (
            <li key={s.key}>
              <span className="chart-legend__swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <ChartTable toggleLabel={t('readiness.charts.showTable')} caption={t('readiness.charts.incomeTable')}>
        <thead>
          <tr>
            <th scope="col">{t('readiness.charts.month')}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
            <th scope="col">{t('readiness.charts.total')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{formatMonth(month.month, language, 'long')}</th>
              {series.map((s) => (
                <td key={s.key}>{money(amountIn(month, s.key))}</td>
              ))}
              <td>{money(month.total)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </figure>
  );
}
