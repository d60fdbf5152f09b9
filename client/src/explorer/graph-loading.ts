/**
 * What brings a graph onto the explorer's canvas, each as one step to undo: the overview or an
 * entity's neighbourhood replacing the view, a saved investigation put back, and a node's
 * neighbours merged beside it. An expansion draws at most EXPAND_CAP neighbours and leaves the
 * rest behind a "+N more" marker, so that one busy node cannot bury the view. Part of the
 * Explorer (explorer.ts), whose methods of the same names call these.
 */
import type { Collection, NodeSingular } from 'cytoscape';
import { api } from '../api.ts';
import type { Explorer, ExplorerInternals } from '../explorer.ts';
import { capNeighbours, toElements, type Subgraph } from '../graph/elements.ts';
import { MORE } from '../graph/filters.ts';
import { ringAround, sunflower } from '../graph/layouts.ts';
import { applyDetail, levelOfDetail } from '../graph/lod.ts';

/** Neighbours drawn per expansion; the rest wait behind a "+N more" marker. */
export const EXPAND_CAP = 25;

export async function overview(explorer: Explorer, history: 'push' | 'none'): Promise<void> {
  explorer.setStatus('Loading the overview…');
  const graph = await api.overview(explorer.view.top);
  if (history === 'push') explorer.setView({ focus: null });
  await explorer.replaceGraph(graph, 'Overview');
  explorer.setStatus(
    graph.truncated ? `The ${explorer.view.top} busiest entities; raise "top" for more.` : '',
  );
}

export async function focus(
  explorer: Explorer,
  internals: ExplorerInternals,
  id: string,
  history: 'push' | 'none',
): Promise<void> {
  explorer.setStatus('Loading…');
  // Every type and date comes along: the legend and the time bar then filter without asking
  // again.
  const graph = await api.neighborhood(id, null, null, null);
  if (history === 'push') explorer.setView({ focus: id });
  await explorer.replaceGraph(
    graph,
    `Focus on ${graph.nodes.find((n) => n.id === id)?.label ?? id}`,
  );
  explorer.cy.$(':selected').unselect();
  explorer.cy.getElementById(id).select();
  explorer.setStatus('');
  internals.emit('focus');
}

/** Replaces the whole view with `graph`, undoably, and lays it out. */
export async function replaceGraph(
  explorer: Explorer,
  internals: ExplorerInternals,
  graph: Subgraph,
  label: string,
): Promise<void> {
  const { cy, groups } = explorer;
  const before = { elements: cy.elements().jsons(), groups: groups.snapshot() };
  cy.elements().remove();
  groups.reset();
  const elements = toElements(graph);
  const detail = levelOfDetail(elements.length);
  internals.setDetail(detail);
  // Style first, while the core is empty: a new stylesheet restyles every element there is.
  explorer.restyle(graph.nodes);
  cy.add(elements as never);
  applyDetail(cy, detail);
  if (detail.collapseGroups && !explorer.view.group) explorer.setView({ group: true }, 'replace');
  if (explorer.view.group) groups.enable();
  if (detail.collapseGroups) groups.collapseAll();
  internals.afterGraphChange();
  const leaves = cy.nodes().filter((n) => !n.isParent());
  const places = sunflower(leaves.length);
  cy.batch(() => leaves.forEach((n, i) => void n.position(places[i]!)));
  cy.fit(undefined, 30);
  const after = { elements: cy.elements().jsons(), groups: groups.snapshot() };
  const swap = (to: typeof before) => {
    cy.elements().remove();
    groups.restore(to.groups);
    cy.add(to.elements as never);
    internals.afterGraphChange();
  };
  // The first graph of a page has nothing before it to go back to.
  if (before.elements.length)
    explorer.history.push({ label, undo: () => swap(before), redo: () => swap(after) });
  internals.emit('graph');
  await explorer.relayout();
}

/** Puts a snapshot back as the view, undoably, without laying it out again. */
export function restore(
  explorer: Explorer,
  internals: ExplorerInternals,
  saved: ReturnType<Explorer['snapshot']>,
  label: string,
): void {
  const before = explorer.snapshot();
  const swap = (to: ReturnType<Explorer['snapshot']>) => {
    explorer.cy.elements().remove();
    explorer.groups.restore(to.groups);
    explorer.cy.add(to.elements as never);
    internals.afterGraphChange();
  };
  swap(saved);
  explorer.cy.fit(undefined, 30);
  explorer.history.push({ label, undo: () => swap(before), redo: () => swap(saved) });
  internals.emit('graph');
}

/** Adds `graph` to the view next to `anchor`, undoably; returns what was added. */
export function merge(
  explorer: Explorer,
  internals: ExplorerInternals,
  graph: Subgraph,
  label: string,
  anchor?: NodeSingular,
): Collection {
  const { cy, groups } = explorer;
  const present = new Set([...cy.elements().map((e) => e.id()), ...groups.hiddenIds()]);
  const fresh = groups.absorb(toElements(graph, present) as never);
  const added = cy.add(fresh as never);
  const center = anchor?.nonempty() ? anchor.position() : { x: 0, y: 0 };
  const isNew = new Set(added.nodes().map((n) => n.id()));
  const leaves = cy
    .nodes()
    .toArray()
    .filter((n) => !(n as NodeSingular).isParent()) as NodeSingular[];
  const newNodes = leaves.filter((n) => isNew.has(n.id()));
  const taken = leaves.filter((n) => !isNew.has(n.id())).map((n) => n.position());
  ringAround(center, newNodes.length, 70, taken).forEach((p, i) => newNodes[i]!.position(p));
  internals.afterGraphChange();
  explorer.history.push({
    label,
    undo: () => {
      added.remove();
      internals.afterGraphChange();
    },
    redo: () => {
      added.restore();
      internals.afterGraphChange();
    },
  });
  internals.emit('graph');
  return added;
}

/**
 * Draws a node's neighbours, at most EXPAND_CAP at a time, the rest behind "+N more"; with
 * `types`, only those tied to it by relations of these types. A "+N more" marker expands
 * with the types of the expansion that left it: it counts only neighbours of those types.
 */
export async function expand(
  explorer: Explorer,
  node: NodeSingular,
  types: string[] | null,
): Promise<Collection> {
  const { cy, groups } = explorer;
  const isMarker = node.data('type') === MORE;
  const anchor = isMarker ? (node.incomers('node').first() as NodeSingular) : node;
  if (isMarker) types = (node.data('types') as string[] | null | undefined) ?? null;
  const id = anchor.id();
  if (groups.isCollapsed(id)) {
    explorer.toggleGroup(id);
    return cy.collection();
  }
  const graph = await api.neighborhood(id, types, null, null);
  const present = new Set([...cy.nodes().map((n) => n.id()), ...groups.hiddenIds()]);
  const fresh: Subgraph = {
    nodes: graph.nodes.filter((n) => !present.has(n.id) || n.id === id),
    edges: graph.edges,
    events: graph.events,
  };
  const { shown, hidden } = capNeighbours(fresh, id, EXPAND_CAP);
  cy.getElementById(`more:${id}`).remove();
  const keep = new Set([...shown.nodes.map((n) => n.id), ...present]);
  const added = explorer.merge(
    {
      nodes: [...shown.nodes, ...graph.nodes.filter((n) => present.has(n.id))],
      edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
      events: shown.events,
    },
    `Expand ${anchor.data('label')}${types ? ` by ${types.join(', ')}` : ''}`,
    anchor,
  );
  if (hidden > 0) {
    const marker = cy.add([
      {
        group: 'nodes',
        data: {
          id: `more:${id}`,
          label: `+${hidden} more`,
          type: MORE,
          types,
          degree: 0,
          sources: 0,
        },
        position: { x: anchor.position('x') + 40, y: anchor.position('y') - 40 },
      },
      {
        group: 'edges',
        data: { id: `more-edge:${id}`, source: id, target: `more:${id}`, type: MORE, sources: 1 },
      },
    ]);
    added.merge(marker);
  }
  explorer.applyFilters();
  return added;
}
