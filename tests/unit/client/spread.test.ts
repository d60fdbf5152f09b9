/**
 * The overlap pass that follows a draft layout: nodes stacked on one point, or touching,
 * come apart; nodes already apart do not move.
 */
import { describe, expect, it } from 'vitest';
import { overlapping, removeOverlaps } from '../../../client/src/graph/spread.ts';

describe('overlap removal', () => {
  it('when many nodes sit on one point, then they come apart and none touches another', () => {
    const discs = Array.from({ length: 60 }, () => ({ x: 10, y: 10, r: 10 }));
    expect(overlapping(discs)).toBe(60);
    removeOverlaps(discs, 200);
    expect(overlapping(discs)).toBe(0);
    for (const d of discs) expect(Number.isFinite(d.x) && Number.isFinite(d.y)).toBe(true);
  });

  it('when nodes are already apart, then the pass leaves them where they are', () => {
    const discs = [
      { x: 0, y: 0, r: 10 },
      { x: 100, y: 0, r: 10 },
      { x: 0, y: 100, r: 20 },
    ];
    const before = structuredClone(discs);
    expect(removeOverlaps(discs)).toBe(1);
    expect(discs).toEqual(before);
  });

  it('when two nodes touch, then each moves half the way along the line between them', () => {
    const discs = [
      { x: 0, y: 0, r: 10 },
      { x: 10, y: 0, r: 10 },
    ];
    removeOverlaps(discs, 1, 0);
    expect(discs[0]).toEqual({ x: -5, y: 0, r: 10 });
    expect(discs[1]).toEqual({ x: 15, y: 0, r: 10 });
  });
});
