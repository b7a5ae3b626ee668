// A client's score over the last months as a tiny line, with the same numbers as a table for screen readers and anyone
// who prefers the figures (the chart itself is hidden from assistive technology).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthOverview } from '../../schemas/relationship.ts';
import { formatDate, type FormatContext } from '../i18n/format.ts';
import { sparkPath, sparkPoints } from './sparkline.ts';

type History = HealthOverview['items'][number]['history'];
const WIDTH = 120;
const HEIGHT = 32;

export function ScoreSparkline({ history, name, formatContext }: { history: History; name: string; formatContext: FormatContext }) {
  const { t } = useTranslation();
  const tableId = useId();
  const points = sparkPoints(
    history.map((entry) => entry.score),
    WIDTH,
    HEIGHT,
    3,
  );
  const last = points.at(-1);
  // A date-only string is read at noon UTC so no time zone moves it to the day before.
  const dateOf = (on: string) => formatDate(`${on}T12:00:00Z`, formatContext);
  return (
    <div className="sparkline">
      <svg className="sparkline__chart" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <line x1="0" x2={WIDTH} y1={HEIGHT - 3} y2={HEIGHT - 3} className="sparkline__base" />
        <path d={sparkPath(points)} className="sparkline__line" />
        {last && <circle cx={last.x} cy={last.y} r="3" className="sparkline__dot" />}
      </svg>
      <details className="sparkline__details">
        <summary>{t('relationship.overview.showHistory')}</summary>
        <table className="sparkline__table" id={tableId}>
          <caption className="visually-hidden">{t('relationship.overview.historyCaption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('relationship.overview.date')}</th>
              <th scope="col">{t('relationship.overview.score')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry) => (
              <tr key={entry.on}>
                <td>{dateOf(entry.on)}</td>
                <td>{entry.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
