// The table alternative every readiness chart offers: folded under the picture, scrollable and named for keyboards.
import type { ReactNode } from 'react';

export function ChartTable({ toggleLabel, caption, children }: { toggleLabel: string; caption: string; children: ReactNode }) {
  return (
    <details className="chart-table">
      <summary>{toggleLabel}</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}
