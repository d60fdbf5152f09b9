/**
 * The timeline read at 1280x800, without a browser: footprints (node and label) packed into
 * rows never overlap, whatever the dates and label widths; the drawing is as wide as asked,
 * so a small view opens at zoom 1; every year has its tick, the first included; and the
 * opening viewport fits the width, never magnifies, and starts a tall drawing at its top.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  packRows,
  timelineLayout,
  timelineViewport,
  timeScale,
  timeTicks,
  type Box,
} from '../../../client/src/graph/timeline.ts';

const TYPES = ['EVENT', 'PERSON', 'STATE', 'ORGANIZATION', 'PLACE'];
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const at = (box: Box, p: { x: number; y: number }): Box => ({
  x1: p.x + box.x1,
  x2: p.x + box.x2,
  y1: p.y + box.y1,
  y2: p.y + box.y2,
});
/** A node's footprint: a body of `size`, and a label of `label` px wide below it. */
const footprint = (size: number, label: number): Box => ({
  x1: -Math.max(size, label) / 2,
  x2: Math.max(size, label) / 2,
  y1: -size / 2,
  y2: size / 2 + 16,
});

const date = fc
  .tuple(fc.integer({ min: 2018, max: 2024 }), fc.integer({ min: 0, max: 12 }))
  .map(([y, m]) => (m ? `${y}-${String(m).padStart(2, '0')}` : `${y}`));
const node = fc.record({
  type: fc.constantFrom(...TYPES),
  date: fc.option(date, { nil: null }),
  size: fc.integer({ min: 16, max: 36 }),
  label: fc.integer({ min: 20, max: 160 }),
});

describe('the timeline, readable', () => {
  it('when items are packed into rows, then no two of a row come closer than the gap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 10, max: 120 })), {
          maxLength: 40,
        }),
        (raw) => {
          const items = raw.map(([x, w]) => ({ x, box: { x1: -w / 2, x2: w / 2, y1: 0, y2: 1 } }));
          const rows = packRows(items, 12);
          for (let i = 0; i < items.length; i++)
            for (let j = i + 1; j < items.length; j++) {
              if (rows[i] !== rows[j]) continue;
              const [a, b] = [items[i]!, items[j]!];
              const gap = Math.max(
                a.x + a.box.x1 - (b.x + b.box.x2),
                b.x + b.box.x1 - (a.x + a.box.x2),
              );
              expect(gap).toBeGreaterThanOrEqual(12);
            }
        },
      ),
    );
    // Three items at one date need three rows; one far away shares the first.
    const box = { x1: -30, x2: 30, y1: 0, y2: 1 };
    expect(
      packRows([
        { x: 0, box },
        { x: 5, box },
        { x: 10, box },
        { x: 400, box },
      ]),
    ).toEqual([0, 1, 2, 0]);
  });

  it('when any view is laid out, then no node or label covers another', () => {
    fc.assert(
      fc.property(
        fc.array(node, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 300, max: 1400 }),
        (list, width) => {
          const nodes = list.map((n, i) => ({
            id: `n${i}`,
            type: n.type,
            date: n.type === 'EVENT' ? n.date : null,
            box: footprint(n.size, n.label),
          }));
          // Actors take their date from a relation to an event at the same date.
          const edges = list
            .map((n, i) => ({ source: `n${i}`, target: 'elsewhere', date: n.date }))
            .filter((e, i) => list[i]!.type !== 'EVENT');
          const { positions } = timelineLayout(nodes, edges, width);
          const placed = nodes.map((n) => at(n.box, positions.get(n.id)!));
          for (let i = 0; i < placed.length; i++)
            for (let j = i + 1; j < placed.length; j++)
              expect(overlap(placed[i]!, placed[j]!), `${i} / ${j}`).toBe(false);
        },
      ),
    );
  });

  it('when a small view is laid out for a canvas, then it is as wide as the canvas and no wider', () => {
    const nodes = ['2020-11-02', '2021-06', '2023-09-14'].map((d, i) => ({
      id: `e${i}`,
      type: 'EVENT',
      date: d,
      box: footprint(16, 70),
    }));
    const { bounds } = timelineLayout(nodes, [], 630);
    expect(bounds.x2 - bounds.x1).toBeCloseTo(630, 0);
    const view = timelineViewport(bounds, { width: 690, height: 720 });
    expect(view.zoom).toBeCloseTo(1, 2);
  });

  it('when the first date is late in its year, then that year still has its tick, at the start of the axis', () => {
    const scale = timeScale(['2020-11-02', '2022-05'], 600, 40);
    const ticks = timeTicks(scale);
    expect(ticks.map((t) => t.year)).toEqual([2020, 2021, 2022]);
    expect(ticks[0]!.x).toBe(40);
    expect(scale.x('2020-11-02')).toBeGreaterThan(ticks[0]!.x);
    expect(scale.x('2020-11-02')).toBeLessThan(ticks[1]!.x);
  });

  it('when the timeline opens, then it fits the width without magnifying, and a tall drawing starts at its top', () => {
    const canvas = { width: 700, height: 700 };
    const wide = timelineViewport({ x1: 0, x2: 2000, y1: 0, y2: 100 }, canvas);
    expect(wide.zoom).toBeCloseTo(640 / 2000);
    expect(wide.pan.x).toBeCloseTo(30);
    const small = timelineViewport({ x1: 0, x2: 100, y1: 0, y2: 100 }, canvas);
    expect(small.zoom).toBe(1);
    // Centred in the room under the axis.
    expect(small.pan.x).toBeCloseTo(30 + (640 - 100) / 2);
    expect(small.pan.y).toBeCloseTo(20 + 30 + (620 - 100) / 2);
    const tall = timelineViewport({ x1: -50, x2: 550, y1: -10, y2: 3000 }, canvas);
    expect(tall.zoom).toBe(1);
    // Its top edge sits right under the axis and the padding.
    expect(tall.pan.y + -10 * tall.zoom).toBeCloseTo(20 + 30);
  });
});
