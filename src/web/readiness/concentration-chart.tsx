// Each client's and stream's share of the trailing year's income, with the watch and critical lines drawn across.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessReport } from '../api/readiness.ts';
import { formatMoney } from '../forms/money.ts';
import { ChartTable } from './chart-table.tsx';
import { formatPercent } from './readiness-format.ts';
import { levelColors } from './series-colors.ts';
import { useChartWidth } from './use-chart-width.ts';

type Share = ReadinessReport['concentration']['shares'][number];
const ROW = 44;
const TOP = 24;
const SIDE = 8;

export function ConcentrationChart({ report, nameOf }: { report: ReadinessReport; nameOf(share: Share): string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const captionId = useId();
  const { ref, width } = useChartWidth();
  const { shares } = report.concentration;
  const { concentrationWatchPercent: watch, concentrationCriticalPercent: critical } = report.settings;
  const height = TOP + shares.length * ROW + 8;
  const plotWidth = width - SIDE * 2;
  const x = (percent: number) => SIDE + (percent / 100) * plotWidth;
  const worst = shares[0];

  return (
    <figure className="readiness-chart">
      <div ref={ref}>
        <svg className="readiness-chart__svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={captionId}>
          {shares.map((share, index) => {
            const rowTop = TOP + index * ROW;
            return (
              <g key={index}>
                <text x={SIDE} y={rowTop + 13} className="readiness-chart__label">
                  {nameOf(share)} · {formatPercent(share.percent, language)}
                  {share.level !== 'ok' ? ` · ${t(`readiness.levels.${share.level}`)}` : ''}
                </text>
                <rect x={SIDE} y={rowTop + 19} width={plotWidth} height={14} rx={3} className="readiness-chart__track" />
                <rect x={SIDE} y={rowTop + 19} width={Math.max(2, x(share.percent) - SIDE)} height={14} rx={3} fill={levelColors[share.level]} />
              </g>
            );
          })}
          {[
            { percent: watch, label: t('readiness.charts.watchLine', { percent: watch }), className: 'readiness-chart__line readiness-chart__line--watch' },
            { percent: critical, label: t('readiness.charts.criticalLine', { percent: critical }), className: 'readiness-chart__line readiness-chart__line--critical' },
          ].map((line) => (
            <g key={line.className}>
              <line x1={x(line.percent)} x2={x(line.percent)} y1={TOP - 6} y2={height - 4} className={line.className} />
              <text x={x(line.percent) + 3} y={TOP - 10} className="readiness-chart__tick">
                {line.label}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption id={captionId} className="readiness-chart__caption">
        {worst ? t('readiness.charts.concentrationSummary', { name: nameOf(worst), percent: formatPercent(worst.percent, language), level: t(`readiness.levels.${worst.level}`), watch, critical }) : ''}
      </figcaption>
      <ChartTable toggleLabel={t('readiness.charts.showTable')} caption={t('readiness.charts.concentrationTable')}>
        <thead>
          <tr>
            <th scope="col">{t('readiness.charts.source')}</th>
            <th scope="col">{t('readiness.charts.lastYear')}</th>
            <th scope="col">{t('readiness.charts.share')}</th>
            <th scope="col">{t('readiness.charts.level')}</th>
          </tr>
        </thead>
        <tbody>
          {shares.map((share, index) => (
            <tr key={index}>
              <th scope="row">{nameOf(share)}</th>
              <td>{formatMoney(share.amount, report.currency, language)}</td>
              <td>{formatPercent(share.percent, language)}</td>
              <td>{t(`readiness.levels.${share.level}`)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </figure>
  );
}
