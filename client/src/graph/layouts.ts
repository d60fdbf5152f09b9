/**
 * The layouts an analyst can choose, as a registry with commented defaults. Each entry gives
 * the Cytoscape options for a graph of a given size and an estimate of how long it would hold
 * the main thread, fitted to what ../shared/research/ui-probe.md measured in headless
 * Chromium here (and to bench/client-render.ts). A layout whose estimate passes
 * WORKER_THRESHOLD_MS runs in a Web Worker on a headless Cytoscape instead, so the page keeps
 * answering while it works. The same registry is read by the page and by the worker, so both
 * build identical options.
 */

/** The longest a layout may hold the page before it goes to a worker. */
export const WORKER_THRESHOLD_MS = 200;
/** Past this many elements fcose drops to draft quality: fast, still readable. */
export const FCOSE_DRAFT_ABOVE = 3000;

export interface LayoutContext {
  /** Nodes and edges in the view. */
  elements: number;
  /** Where breadthfirst starts: the selected or focused nodes. */
  roots: string[];
  /** Pinned nodes and where they stay. */
  fixed: { nodeId: string; position: { x: number; y: number } }[];
}

export interface LayoutSpec {
  label: string;
  /** Push apart nodes the layout left on top of each other (spread.ts). */
  spread?: boolean;
  /** Estimated ms on the main thread for this many elements. */
  costMs(elements: number): number;
  /** Cytoscape layout options (functions allowed: both sides build them locally). */
  options(ctx: LayoutContext): Record<string, unknown>;
}

const common = {
  // Fit the result to the viewport, leaving room for labels at the border.
  fit: true,
  padding: 30,
  // Animation is applied by the page when it sets the positions, never inside the layout.
  animate: false,
};

export const LAYOUTS = {
  fcose: {
    label: 'fcose (force-directed)',
    // Draft quality stops at the spectral embedding, which stacks alike nodes on one point.
    spread: true,
    // Probe: 425 ms at 500 and 2,396 ms at 2,000 elements (default quality); draft about
    // 0.18 ms per element past that.
    costMs: (n) => (n > FCOSE_DRAFT_ABOVE ? 0.18 * n : 0.13 * n ** 1.3),
    options: ({ elements, fixed }) => ({
      name: 'fcose',
      ...common,
      // 'draft' skips the spectral refinement: 10x faster past a few thousand elements.
      quality: elements > FCOSE_DRAFT_ABOVE ? 'draft' : 'default',
      // The draft's spacing: wide enough that the overlap pass has room to work in, measured
      // on the generated 10,000-element view (bench/).
      nodeSeparation: elements > FCOSE_DRAFT_ABOVE ? 400 : 75,
      // Start from scratch: positions from an earlier view would bias the result.
      randomize: true,
      // Strong repulsion and long edges keep labels apart at the seeds' scale.
      nodeRepulsion: 8000,
      idealEdgeLength: 90,
      // Pinned nodes stay where the analyst put them.
      fixedNodeConstraint: fixed.length ? fixed : undefined,
      // Compound groups are packed tightly around their members.
      nestingFactor: 0.1,
      // Unconnected nodes are tiled aside, with room for their labels.
      tile: true,
      tilingPaddingVertical: 24,
      tilingPaddingHorizontal: 48,
    }),
  },
  concentric: {
    label: 'concentric (by relations)',
    // Probe: 89 ms at 500, 139 ms at 2,000, 609 ms at 10,000 elements.
    costMs: (n) => 60 + 0.055 * n,
    options: () => ({
      name: 'concentric',
      ...common,
      // Hubs in the middle: a ring per two levels of degree.
      concentric: (node: { degree(includeLoops: boolean): number }) => node.degree(false),
      levelWidth: () => 2,
      // Keep nodes from overlapping their labels.
      minNodeSpacing: 12,
    }),
  },
  breadthfirst: {
    label: 'breadthfirst (from the focus)',
    // Probe: 111 ms at 500, 344 ms at 2,000, 1,446 ms at 10,000 elements.
    costMs: (n) => 0.15 * n,
    options: ({ roots }) => ({
      name: 'breadthfirst',
      ...common,
      // MEDIATED and LEADS point away from the mediator or leader: read them top-down.
      directed: true,
      spacingFactor: 1.1,
      // Start at the focused or selected nodes; without any, Cytoscape picks the sources.
      roots: roots.length
        ? roots.map((id) => `[id = "${id.replace(/"/g, '\\"')}"]`).join(',')
        : undefined,
    }),
  },
  timeline: {
    label: 'timeline (events by date)',
    // Positions are computed directly (timeline.ts): linear and cheap.
    costMs: (n) => 0.01 * n,
    options: () => ({ name: 'preset', ...common }),
  },
} satisfies Record<string, LayoutSpec>;

export type LayoutName = keyof typeof LAYOUTS;
export const LAYOUT_NAMES = Object.keys(LAYOUTS) as LayoutName[];

export function isLayoutName(name: string): name is LayoutName {
  return Object.hasOwn(LAYOUTS, name);
}

/** Whether a layout's result goes through the overlap pass. */
export function spreads(name: LayoutName): boolean {
  return (LAYOUTS[name] as LayoutSpec).spread === true;
}

/** Where a layout should run for a view of this many elements. */
export function layoutRunner(name: LayoutName, elements: number): 'main' | 'worker' {
  if (name === 'timeline') return 'main';
  return LAYOUTS[name].costMs(elements) > WORKER_THRESHOLD_MS ? 'worker' : 'main';
}

/**
 * Places for nodes new to the view around the node they came from: rings outwards, each
 * ring a little wider, skipping places already taken, so an expansion lands next to its
 * anchor without moving anything else or landing on what is there.
 */
export function ringAround(
  center: { x: number; y: number },
  count: number,
  spacing = 70,
  occupied: { x: number; y: number }[] = [],
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  // A place is free when nothing there already, nor anything just placed, is too close.
  const free = (p: { x: number; y: number }) =>
    [...occupied, ...out].every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= spacing * 0.6);
  for (let ring = 1; out.length < count && ring < 200; ring++) {
    const radius = spacing * (ring + 0.5);
    const room = Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
    // A ring of its own size at first; where others stand, as many as the ring holds.
    const here = ring === 1 && !occupied.length ? Math.min(room, count) : room;
    for (let i = 0; i < here && out.length < count; i++) {
      const angle = (2 * Math.PI * i) / here + ring * 0.4;
      const p = { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
      if (free(p)) out.push(p);
    }
  }
  return out;
}

/**
 * A sunflower spiral of `count` places: where a fresh view's nodes wait while a slow layout
 * runs in the worker, spread out rather than piled on one point.
 */
export function sunflower(count: number, spacing = 40): { x: number; y: number }[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: count }, (_, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    return { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
  });
}
