// The score chart draws higher scores higher, stays inside its box, and copes with one point or none.
import { describe, expect, it } from 'vitest';
import { sparkPath, sparkPoints } from './sparkline.ts';

describe('sparkline', () => {
  it('spreads the points across the width, 0 at the bottom and 10 at the top', () => {
    expect(sparkPoints([0, 5, 10], 100, 20, 0)).toEqual([
      { x: 0, y: 20 },
      { x: 50, y: 10 },
      { x: 100, y: 0 },
    ]);
  });

  it('keeps out-of-range scores inside the box', () => {
    expect(sparkPoints([-3, 14], 10, 10, 1).map((point) => point.y)).toEqual([9, 1]);
  });

  it('centres a single point and draws nothing for no history', () => {
    expect(sparkPoints([4], 100, 20)).toEqual([{ x: 50, y: 11.6 }]);
    expect(sparkPath(sparkPoints([], 100, 20))).toBe('');
    expect(sparkPath([{ x: 0, y: 1 }, { x: 2, y: 3 }])).toBe('M0 1 L2 3');
  });
});
