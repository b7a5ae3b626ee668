// Shared working hours with the prospect, week by week, as a small bar chart; the worst week is marked, and a table says the same.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../api/interviews.ts';
import { localeFor } from '../i18n/language.ts';

type Overlap = NonNullable<Interview['fit']['timeZoneOverlap']>;

const DEFAULT_WIDTH = 640;
const HEIGHT = 210;
const LEFT = 44;
const RIGHT = 8;
const TOP = 30;
const BOTTOM = 34;

/** A plain date ("2027-03-01") written for reading; UTC on both sides, so no zone can move it to another day. */
export function formatPlainDate(date: string, language: string, style: 'short' | 'medium' = 'medium'): string {
  const value = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return date;
  const options: Intl.DateTimeFormatOptions = style === 'short' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeFor(language), options).format(value);
}

function niceMax(hours: number): number {
  if (hours <= 5) return 5;
  if (hours <= 10) return 10;
  if (hours <= 20) return 20;
  return Math.ceil(hours / 10) * 10;
}

export function OverlapChart({ overlap }: { overlap: Overlap }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const captionId = useId();
  const figureRef = useRef<HTMLElement>(null);
  // Drawn at the width it is shown at, so the labels keep their real size on a phone instead of shrinking with the chart.
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const svg = figureRef.current?.querySelector('svg');
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? DEFAULT_WIDTH);
      if (measured > 0) setWidth(Math.max(260, Math.min(measured, 900)));
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, []);
  const hours = (minutes: number) => new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 1 }).format(minutes / 60);
  const weeks = overlap.weeks;
  const top = niceMax(Math.max(...weeks.map((w) => w.minutes / 60), 1));
  const plotWidth = width - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = plotWidth / Math.max(weeks.length, 1);
  const barWidth = Math.max(2, slot * 0.68);
  const y = (h: number) => TOP + plotHeight - (h / top) * plotHeight;
  const minimumIndex = weeks.findIndex((w) => w.weekStart === overlap.minimum.weekStart);
  // About one date label per 70px, so they never run into each other.
  const labelEvery = Math.max(1, Math.ceil(weeks.length / Math.max(1, Math.floor(plotWidth / 70))));
  const summary = t('fit.overlap.summary', {
    count: weeks.length,
    lowest: hours(overlap.minimum.minutes),
    week: formatPlainDate(overlap.minimum.weekStart, language),
    highest: hours(Math.max(...weeks.map((w) => w.minutes))),
  });

  return (
    <figure ref={figureRef} className="overlap">
      <svg className="overlap__chart" viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby={captionId} preserveAspectRatio="xMidYMid meet">
        {[0, top / 2, top].map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} className="overlap__grid" />
            <text x={LEFT - 6} y={y(tick) + 4} className="overlap__tick" textAnchor="end">
              {t('fit.overlap.hoursTick', { hours: tick })}
            </text>
          </g>
        ))}
        {weeks.map((week, index) => {
          const h = week.minutes / 60;
          const x = LEFT + index * slot + (slot - barWidth) / 2;
          const isMinimum = index === minimumIndex;
          return (
            <g key={week.weekStart}>
              <rect x={x} y={y(h)} width={barWidth} height={Math.max(0, TOP + plotHeight - y(h))} rx={2} className={isMinimum ? 'overlap__bar overlap__bar--minimum' : 'overlap__bar'} />
              {isMinimum && (
                // Above the plot, so taller neighbouring bars never cover it; a dashed line leads down to the bar.
                <>
                  <line x1={x + barWidth / 2} x2={x + barWidth / 2} y1={TOP - 4} y2={y(h)} className="overlap__marker-line" />
                  <text x={x + barWidth / 2 + (index < weeks.length / 2 ? -4 : 4)} y={TOP - 8} className="overlap__marker" textAnchor={index < weeks.length / 2 ? 'start' : 'end'}>
                    {t('fit.overlap.lowestMarker', { hours: hours(week.minutes) })}
                  </text>
                </>
              )}
              {index % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - BOTTOM + 18} className="overlap__tick" textAnchor="middle">
                  {formatPlainDate(week.weekStart, language, 'short')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption id={captionId} className="overlap__caption">
        {summary}
      </figcaption>
      <details className="overlap__table-toggle">
        <summary>{t('fit.overlap.showTable')}</summary>
        {/* Scrolls on its own when long: focusable and named, so a keyboard can scroll it too. */}
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('fit.overlap.tableCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('fit.overlap.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fit.overlap.weekOf')}</th>
                <th scope="col">{t('fit.overlap.sharedHours')}</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, index) => (
                <tr key={week.weekStart} className={index === minimumIndex ? 'is-minimum' : undefined}>
                  <th scope="row">{formatPlainDate(week.weekStart, language)}</th>
                  <td>
                    {hours(week.minutes)}
                    {index === minimumIndex && <span className="badge badge--warn">{t('fit.overlap.lowest')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
