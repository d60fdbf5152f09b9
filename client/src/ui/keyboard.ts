/**
 * The explorer from the keyboard. Letters act on the selection (E expand, X expand by
 * relation type, H hide, P pin, G open or fold a group), arrows walk the graph (left and right through the selected node's
 * neighbours, up and down through its relations, showing each one's evidence), Enter opens
 * the selection in the panel, and the usual undo and redo chords work everywhere. Keys typed
 * into a field belong to the field. The same table drives the help dialog (?), so the two
 * cannot disagree.
 */
import type { EdgeCollection, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import type { Explorer } from '../explorer.ts';
import { $, escapeHtml } from './dom.ts';
import type { EvidencePanel } from './evidence-panel.ts';
import type { ExpandMenu } from './expand-menu.ts';

interface Binding {
  keys: string;
  what: string;
}

export const SHORTCUTS: Binding[] = [
  { keys: '/', what: 'Search' },
  { keys: '← →', what: 'Previous or next neighbour of the selected node' },
  { keys: '↑ ↓', what: 'Previous or next relation of the selected node, with its evidence' },
  { keys: 'Enter', what: 'Show the selection in the panel' },
  { keys: 'E', what: 'Expand the selected node (the rest behind “+N more”)' },
  {
    keys: 'X',
    what: 'Expand the selected node by relation type: a menu with counts (or right-click)',
  },
  { keys: 'H', what: 'Hide the selected nodes' },
  { keys: 'U', what: 'Show hidden nodes again' },
  { keys: 'P', what: 'Pin or unpin the selected nodes' },
  { keys: 'G', what: 'Open or fold the group of the selected node' },
  { keys: 'L', what: 'Lay the view out again' },
  { keys: 'F', what: 'Fit the view' },
  { keys: '+ −', what: 'Zoom in or out' },
  { keys: 'Ctrl+Z', what: 'Undo' },
  { keys: 'Ctrl+Shift+Z, Ctrl+Y', what: 'Redo' },
  { keys: 'Esc', what: 'Clear the selection and highlights' },
  { keys: '?', what: 'This help' },
];

export function keyboard(explorer: Explorer, panel: EvidencePanel, menu: ExpandMenu): void {
  const cy = explorer.cy;
  const help = $<HTMLDialogElement>('help');
  $('help-keys').innerHTML = SHORTCUTS.map(
    (s) => `<dt><kbd>${escapeHtml(s.keys)}</kbd></dt><dd>${escapeHtml(s.what)}</dd>`,
  ).join('');

  const visibleNodes = () => cy.nodes(':visible');
  const reveal = (ele: NodeSingular | EdgeSingular) => {
    const box = ele.renderedBoundingBox();
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height())
      cy.animate({ center: { eles: ele }, duration: 200 });
  };
  const selectOnly = (ele: NodeSingular | EdgeSingular) => {
    cy.$(':selected').unselect();
    ele.select();
    reveal(ele);
  };
  /** The selected node, or the view's busiest one to start from. */
  const current = (): NodeSingular | null => {
    const selected = cy.nodes(':selected:visible');
    if (selected.nonempty()) return selected.first();
    const edge = cy.edges(':selected:visible').first();
    if (edge.nonempty()) return edge.source();
    const all = visibleNodes();
    return all.nonempty() ? (all.max((n) => n.degree(false)).ele as NodeSingular) : null;
  };
  /** Cycles `from` to the next (or previous) member of `list` in id order. */
  const cycle = <T extends NodeSingular | EdgeSingular>(
    list: NodeCollection | EdgeCollection,
    at: T | null,
    step: number,
  ): T | null => {
    const items = list.sort((a, b) => a.id().localeCompare(b.id()));
    if (items.empty()) return null;
    const index = at ? items.toArray().findIndex((x) => x.id() === at.id()) : -1;
    return items[(index + step + items.length) % items.length] as T;
  };

  const act: Record<string, () => void> = {
    e: () => {
      const node = cy.nodes(':selected').first();
      if (node.nonempty()) void explorer.expand(node).catch((err) => panel.error(err.message));
    },
    x: () => {
      const node = cy.nodes(':selected').first();
      if (node.nonempty()) void menu.open(node).catch((err) => panel.error(err.message));
    },
    h: () => explorer.hide(cy.nodes(':selected')),
    u: () => explorer.showHidden(),
    p: () => explorer.togglePin(cy.nodes(':selected')),
    g: () => {
      const node = cy.nodes(':selected').first();
      if (node.empty()) return;
      const group = node.isChild() ? node.parent().first() : node;
      if (group.isParent() || explorer.groups.isCollapsed(group.id()))
        explorer.toggleGroup(group.id());
    },
    l: () => void explorer.relayout(),
    f: () => cy.animate({ fit: { eles: cy.elements(':visible'), padding: 30 }, duration: 200 }),
    '+': () =>
      cy.zoom({
        level: cy.zoom() * 1.25,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      }),
    '-': () =>
      cy.zoom({
        level: cy.zoom() / 1.25,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      }),
    '?': () => (help.open ? help.close() : help.showModal()),
    '/': () => $<HTMLInputElement>('search').focus(),
    Enter: () => {
      const edge = cy.edges(':selected').first();
      if (edge.nonempty()) void panel.showEdge(edge);
      const node = cy.nodes(':selected').first();
      if (node.nonempty()) void panel.showNode(node);
    },
    Escape: () => {
      cy.$(':selected').unselect();
      explorer.highlight([]);
    },
    ArrowRight: () => neighbour(1),
    ArrowLeft: () => neighbour(-1),
    ArrowDown: () => relation(1),
    ArrowUp: () => relation(-1),
  };
  act['='] = act['+']!;
  act['Delete'] = act.h!;

  /**
   * The node a walk goes round: set when the walk starts, so repeated arrows visit each of
   * its neighbours and relations in turn; a click elsewhere starts a new walk.
   */
  let hub: NodeSingular | null = null;
  const hubFor = (node: NodeSingular) => (hub && hub.inside() ? hub : (hub = node));

  function neighbour(step: number): void {
    const node = current();
    if (!node) return;
    if (cy.nodes(':selected').empty()) {
      hub = node;
      selectOnly(node);
      void panel.showNode(node);
      return;
    }
    const around = hubFor(node).neighborhood('node:visible');
    const next = cycle<NodeSingular>(around, around.contains(node) ? node : null, step);
    if (!next) return;
    selectOnly(next);
    void panel.showNode(next);
  }

  function relation(step: number): void {
    const node = current();
    if (!node) return;
    const selected = cy.edges(':selected').first();
    const edges = hubFor(node).connectedEdges(':visible');
    const next = cycle<EdgeSingular>(edges, edges.contains(selected) ? selected : null, step);
    if (!next) return;
    selectOnly(next);
    void panel.showEdge(next);
  }

  cy.on('tap', () => {
    hub = null;
  });

  document.addEventListener('keydown', (e) => {
    // An open dialog has the keyboard: Escape closes it natively.
    if (help.open) return;
    const inField = (e.target as HTMLElement).closest('input, select, textarea, [contenteditable]');
    if ((e.ctrlKey || e.metaKey) && !e.altKey) {
      const key = e.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        if (
          inField &&
          (e.target as HTMLElement).closest('input[type="search"], input:not([type]), textarea')
        )
          return;
        e.preventDefault();
        if (key === 'y' || e.shiftKey) explorer.redo();
        else explorer.undo();
      }
      return;
    }
    if (inField || e.altKey) return;
    if ((e.target as HTMLElement).closest('button, a, summary') && e.key === 'Enter') return;
    const handler = act[e.key] ?? act[e.key.toLowerCase()];
    if (!handler) return;
    e.preventDefault();
    handler();
  });
}
