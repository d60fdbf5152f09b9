/**
 * Where layouts run and what the timeline does, without a browser: the registry's choice of
 * main thread or worker by view size, rings for an expansion, and the timeline's true time
 * scale with events in their own lane.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../client/src/graph/elements.ts';
import {
  LAYOUTS,
  LAYOUT_NAMES,
  WORKER_THRESHOLD_MS,
  layoutRunner,
  ringAround,
} from '../../../client/src/graph/layouts.ts';
import {
  timelineLayout,
  timeScale,
  timeTicks,
  yearOf,
} from '../../../client/src/graph/timeline.ts';
import { GRAPH } from './fixtures.ts';

cytoscape.use(fcose);

describe('layouts', () => {
  it('when a view is small, then every layout runs on the page; past the threshold the slow ones go to a worker', () => {
    for (const name of LAYOUT_NAMES) expect(layoutRunner(name, 80)).toBe('main');
    expect(layoutRunner('fcose', 2000)).toBe('worker');
    expect(layoutRunner('breadthfirst', 10_000)).toBe('worker');
    expect(layoutRunner('concentric', 10_000)).toBe('worker');
    expect(layoutRunner('concentric', 1000)).toBe('main');
    expect(layoutRunner('timeline', 10_000)).toBe('main');
    // The decision is the registry's own estimate against the threshold.
    expect(LAYOUTS.fcose.costMs(2000)).toBeGreaterThan(WORKER_THRESHOLD_MS);
  });

  it('when fcose lays out a big view, then it drops to draft quality, and pinned nodes become fixed constraints', () => {
    const ctx = { elements: 5000, roots: [], fixed: [{ nodeId: 'a', position: { x: 1, y: 2 } }] };
    expect(LAYOUTS.fcose.options(ctx)).toMatchObject({
      quality: 'draft',
      fixedNodeConstraint: ctx.fixed,
    });
    expect(LAYOUTS.fcose.options({ ...ctx, elements: 100, fixed: [] })).toMatchObject({
      quality: 'default',
      fixedNodeConstraint: undefined,
    });
  });

  it('when each registry layout runs on a headless view, then every node gets a finite position', () => {
    for (const name of ['fcose', 'concentric', 'breadthfirst'] as const) {
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        elements: toElements(GRAPH) as never,
      });
      cy.layout({
        ...LAYOUTS[name].options({
          elements: cy.elements().length,
          roots: ['person:ana'],
          fixed: [],
        }),
        boundingBox: { x1: 0, y1: 0, w: 800, h: 600 },
      } as never).run();
      const xs = cy.nodes().map((n) => n.position('x'));
      expect(xs.every(Number.isFinite), name).toBe(true);
      expect(new Set(xs.map(Math.round)).size, name).toBeGreaterThan(1);
    }
  });

  it('when places near the anchor are taken, then new nodes go elsewhere, never onto them', () => {
    const first = ringAround({ x: 0, y: 0 }, 12, 70);
    const second = ringAround({ x: 0, y: 0 }, 12, 70, first);
    expect(second).toHaveLength(12);
    for (const p of second)
      for (const q of [...first, ...second.filter((o) => o !== p)])
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(42);
  });

  it('when new nodes ring their anchor, then none overlaps another and the first ring is nearest', () => {
    const ring = ringAround({ x: 100, y: 50 }, 30, 70);
    expect(ring).toHaveLength(30);
    const distance = (p: { x: number; y: number }) => Math.hypot(p.x - 100, p.y - 50);
    expect(distance(ring[0]!)).toBeLessThan(distance(ring[29]!));
    for (let i = 0; i < ring.length; i++)
      for (let j = i + 1; j < ring.length; j++)
        expect(Math.hypot(ring[i]!.x - ring[j]!.x, ring[i]!.y - ring[j]!.y)).toBeGreaterThan(30);
  });
});

describe('timeline', () => {
  it('when fuzzy dates become years, then each sits in the middle of the span it names', () => {
    expect(yearOf('2020')).toBe(2020.5);
    expect(yearOf('2020-01')).toBeCloseTo(2020 + 0.5 / 12);
    expect(yearOf('2020-12-31')).toBeGreaterThan(2020.99);
  });

  it('when the timeline lays out, then time runs on a true scale, events get their own lane and the undated wait below', () => {
    const nodes = toElements(GRAPH)
      .filter((e) => e.group === 'nodes')
      .map((e) => e.data);
    const edges = GRAPH.edges;
    const { positions, scale } = timelineLayout(nodes, edges);
    const x = (id: string) => positions.get(id)!.x;
    const y = (id: string) => positions.get(id)!.y;
    // Ben's dated relations are May 2021 and August 2022: he sits at the earlier middle one.
    // Arda's only dated relation is August 2022 (its LEADS edge is undated).
    expect(x('person:ben')).toBeLessThan(x('state:arda'));
    expect(x('event:talks-2021-05-02-port-alda')).toBeCloseTo(x('person:ben'));
    expect(y('event:talks-2021-05-02-port-alda')).toBeLessThan(y('person:ben'));
    expect(y('person:ben')).toBeLessThan(y('state:arda'));
    // Ana's relations are dated 2020 and May 2021: her middle date is 2020.
    expect(x('person:ana')).toBeLessThan(x('person:ben'));
    // A true scale: the fifteen months from May 2021 to August 2022 are wider than the
    // ten from mid-2020 to May 2021.
    expect(x('state:arda') - x('person:ben')).toBeGreaterThan(x('person:ben') - x('person:ana'));
    // Port Alda has no dated relation here: it waits below every lane.
    for (const id of ['person:ana', 'person:ben', 'state:arda', 'event:talks-2021-05-02-port-alda'])
      expect(y('place:port-alda')).toBeGreaterThan(y(id));
    // The axis starts on the first day of the first year, so that year has its tick.
    expect(scale.span[0]).toBe(2020);
  });

  it('when ticks are asked, then they are whole years from the first, thinned to the most asked', () => {
    const scale = timeScale(['2001-06', '2024-02'], 1000);
    const ticks = timeTicks(scale, 6);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]!.year).toBe(2001);
    expect(ticks.every((t, i) => i === 0 || t.x > ticks[i - 1]!.x)).toBe(true);
  });

  it('when many items share a date, then they stack without overlapping and the next lane starts below them', () => {
    const nodes = [
      ...Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, type: 'PERSON' })),
      { id: 's', type: 'STATE' },
    ];
    const edges = [...nodes.map((n) => ({ source: n.id, target: 'x', date: '2021-03' }))];
    const { positions } = timelineLayout(nodes, edges);
    const ys = nodes
      .slice(0, 5)
      .map((n) => positions.get(n.id)!.y)
      .sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(60);
    expect(positions.get('s')!.y).toBeGreaterThan(ys.at(-1)!);
  });
});
