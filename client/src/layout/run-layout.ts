/**
 * Runs a registry layout where layouts.ts says it belongs: on the page when it is quick, in
 * the layout worker when it would hold the page past the threshold. A newer request
 * supersedes one still running in the worker (the worker is replaced, since fcose cannot be
 * stopped halfway). Positions from the worker land through a preset layout, so pinned
 * (locked) nodes stay put either way. The timeline, computed directly, lands the same way,
 * with the viewport it opens at.
 */
import type { Collection, Core, NodeSingular } from 'cytoscape';
import {
  LAYOUTS,
  layoutRunner,
  spreads,
  type LayoutContext,
  type LayoutName,
} from '../graph/layouts.ts';
import { spreadNodes } from '../graph/spread.ts';
import { timelineLayout, timelineViewport, type Box, type TimeScale } from '../graph/timeline.ts';
import type { EdgeData } from '../graph/elements.ts';
import type { LayoutRequest, LayoutResponse } from './protocol.ts';

export interface LayoutOutcome {
  name: LayoutName;
  runner: 'main' | 'worker';
  /** Time the layout itself took, where it ran. */
  ms: number;
  /** A newer layout took over before this one finished. */
  superseded: boolean;
}

/** Views this small glide to their new places; bigger ones jump. */
const ANIMATE_BELOW = 400;
/** Room left around the timeline, and under its axis, when it opens. */
const TIMELINE_PADDING = 30;

/** Where a node and its label reach around its position, as drawn with the current style. */
function footprint(node: NodeSingular): Box {
  const b = node.boundingBox({ includeLabels: true, includeOverlays: false } as never);
  const { x, y } = node.position();
  return { x1: b.x1 - x, x2: b.x2 - x, y1: b.y1 - y, y2: b.y2 - y };
}

export class LayoutRunner {
  #cy: Core;
  #worker: Worker | null = null;
  #waiting: ((response: LayoutResponse | null) => void) | null = null;
  #next = 1;

  constructor(cy: Core) {
    this.#cy = cy;
  }

  async run(
    name: Exclude<LayoutName, 'timeline'>,
    eles: Collection,
    ctx: LayoutContext,
  ): Promise<LayoutOutcome> {
    const runner = layoutRunner(name, eles.length);
    const started = performance.now();
    if (runner === 'main') {
      this.#cancel();
      eles.layout(LAYOUTS[name].options(ctx) as never).run();
      if (spreads(name)) {
        spreadNodes(eles.nodes().toArray() as never);
        this.#cy.fit(eles, 30);
      }
      return { name, runner, ms: performance.now() - started, superseded: false };
    }
    const response = await this.#ask({
      id: this.#next++,
      name,
      ctx,
      box: { w: Math.max(this.#cy.width(), 400), h: Math.max(this.#cy.height(), 300) },
      nodes: eles
        .nodes()
        .map((n) => [
          n.id(),
          n.isChild() ? n.parent().first().id() : null,
          n.isParent() ? 0 : n.outerWidth(),
          n.isParent() ? 0 : n.outerHeight(),
        ]),
      edges: eles.edges().map((e) => [e.id(), e.source().id(), e.target().id()]),
    });
    if (response === null) return { name, runner, ms: 0, superseded: true };
    if ('error' in response) throw new Error(`The ${name} layout failed: ${response.error}`);
    await this.applyPositions(
      eles,
      new Map(response.positions.map(([id, x, y]) => [id, { x, y }])),
    );
    return { name, runner, ms: response.ms, superseded: false };
  }

  /**
   * Lays `eles` out on the timeline (timeline.ts), each node with its footprint as styled now,
   * as wide as the canvas, and opens the view where timelineViewport says; returns the axis.
   */
  async timeline(eles: Collection): Promise<TimeScale> {
    const cy = this.#cy;
    const { positions, scale, bounds } = timelineLayout(
      eles
        .nodes()
        .filter((n) => !n.isParent())
        .map((n) => ({
          id: n.id(),
          type: n.data('type'),
          date: n.data('date'),
          box: footprint(n as NodeSingular),
        })),
      eles.edges().map((e) => e.data() as EdgeData),
      cy.width() > 0 ? cy.width() - 2 * TIMELINE_PADDING : undefined,
    );
    const view = timelineViewport(
      bounds,
      { width: cy.width(), height: cy.height() },
      { padding: TIMELINE_PADDING, minZoom: cy.minZoom() },
    );
    await this.applyPositions(eles, positions, view);
    return scale;
  }

  /**
   * Moves the nodes of `eles` to `positions` and fits the view to them, or moves it to
   * `view`; settles when they are there.
   */
  applyPositions(
    eles: Collection,
    positions: Map<string, { x: number; y: number }>,
    view?: { zoom: number; pan: { x: number; y: number } },
  ): Promise<void> {
    const nodes = eles.nodes().filter((n) => !n.isParent());
    const layout = nodes.layout({
      name: 'preset',
      positions: (n: { id(): string; position(): { x: number; y: number } }) =>
        positions.get(n.id()) ?? n.position(),
      fit: !view,
      padding: 30,
      ...view,
      animate: nodes.length < ANIMATE_BELOW,
      animationDuration: 250,
    } as never);
    const done = layout.promiseOn('layoutstop').then(() => undefined);
    layout.run();
    return done;
  }

  #ask(request: LayoutRequest): Promise<LayoutResponse | null> {
    this.#cancel();
    const worker = (this.#worker ??= new Worker(new URL('./layout-worker.ts', import.meta.url), {
      type: 'module',
      name: 'parley-layout',
    }));
    return new Promise((resolve) => {
      this.#waiting = resolve;
      worker.onmessage = (message: MessageEvent<LayoutResponse>) => {
        if (message.data.id !== request.id) return;
        this.#waiting = null;
        resolve(message.data);
      };
      worker.onerror = (event) => {
        this.#waiting = null;
        resolve({ id: request.id, error: event.message || 'the worker stopped' });
      };
      worker.postMessage(request);
    });
  }

  /** Stops a layout still running in the worker; its caller hears it was superseded. */
  #cancel(): void {
    if (!this.#waiting) return;
    this.#worker?.terminate();
    this.#worker = null;
    const waiting = this.#waiting;
    this.#waiting = null;
    waiting(null);
  }
}
