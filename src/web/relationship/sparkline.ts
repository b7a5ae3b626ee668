// The points of a small score chart: 0–10 scores mapped into an SVG box, higher score drawn higher (more worrying).

export type SparkPoint = { x: number; y: number };

export const MAX_SCORE = 10;

/** Evenly spaced x, y from the score (0 at the bottom edge, 10 at the top), with `pad` kept free around the line. */
export function sparkPoints(scores: readonly number[], width: number, height: number, pad = 2): SparkPoint[] {
  if (scores.length === 0) return [];
  const step = scores.length === 1 ? 0 : (width - 2 * pad) / (scores.length - 1);
  return scores.map((score, index) => {
    const clamped = Math.min(MAX_SCORE, Math.max(0, score));
    return { x: round(scores.length === 1 ? width / 2 : pad + index * step), y: round(height - pad - (clamped / MAX_SCORE) * (height - 2 * pad)) };
  });
}

export function sparkPath(points: readonly SparkPoint[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
