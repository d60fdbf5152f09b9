/**
 * The explorer's state and actions, apart from any panel or button: one Cytoscape core, the
 * view (which is the URL state), undo history, compound groups and the layout runner. Panels
 * call its actions and listen to its `change` events; the filters are derived from the view,
 * never kept beside it. The longer actions live in explorer/, one module to a kind of action;
 * this class keeps the state they share and the one surface the panels call.
 */
import cytoscape, {
  type Collection,
  type Core,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import * as loading from './explorer/graph-loading.ts';
import * as nodeActions from './explorer/node-actions.ts';
import { drawFilters, filtersOf, sliderStops } from './explorer/view-filters.ts';
import { layOut } from './explorer/view-layout.ts';
import type { Subgraph } from './graph/elements.ts';
import type { Filters } from './graph/filters.ts';
import { Groups } from './graph/groups.ts';
import type { LayoutName } from './graph/layouts.ts';
import { levelOfDetail, type Detail } from './graph/lod.ts';
import { sizeDomain, SIZE_BY, stylesheet } from './graph/style.ts';
import type { TimeScale } from './graph/timeline.ts';
import { LayoutRunner, type LayoutOutcome } from './layout/run-layout.ts';
import { History } from './state/history.ts';
import { decodeView, encodeView, type ViewState } from './state/url-state.ts';

cytoscape.use(fcose);

/** `focus`: an entity was focused (its neighbourhood loaded and it selected). */
export type ChangeKind = 'graph' | 'filters' | 'layout' | 'history' | 'view' | 'status' | 'focus';

/** What the explorer's own modules (explorer/) may do to it and its panels may not. */
export interface ExplorerInternals {
  emit(kind: ChangeKind): void;
  /** After elements came or went: grouping, the time stops, the style and the filters follow. */
  afterGraphChange(): void;
  /** The level of detail of a graph just loaded. */
  setDetail(detail: Detail): void;
}

export class Explorer extends EventTarget {
  readonly cy: Core;
  readonly history: History;
  readonly groups: Groups;
  readonly layouts: LayoutRunner;
  view: ViewState;
  /** What the last layout did, for the status line and the benchmark. */
  lastLayout: LayoutOutcome | null = null;
  /** Layouts finished since the page opened. */
  layoutsDone = 0;
  /** The time axis of the timeline layout, while it is the layout shown. */
  timeScale: TimeScale | null = null;
  /** The distinct dates in the view: the time slider's stops. */
  stops: string[] = [];
  status = '';
  /** How many nodes and edges the filters leave drawn (counted, not asked of the renderer). */
  shown = { nodes: 0, edges: 0 };
  #filterFrame = 0;
  #styled = '';
  /** The level of detail of the view as last loaded. */
  #detail = levelOfDetail(0);
  #layoutRun: Promise<void> = Promise.resolve();
  readonly #internals: ExplorerInternals = {
    emit: (kind) => this.#emit(kind),
    afterGraphChange: () => this.#afterGraphChange(),
    setDetail: (detail) => void (this.#detail = detail),
  };

  constructor(container: HTMLElement, search: string) {
    super();
    this.view = decodeView(search);
    this.cy = cytoscape({
      container,
      style: stylesheet(this.view.size) as never,
      minZoom: 0.02,
      maxZoom: 4,
      // Box selection with shift-drag; plain drag pans.
      boxSelectionEnabled: true,
    });
    this.history = new History(100, () => this.#emit('history'));
    this.groups = new Groups(this.cy);
    this.layouts = new LayoutRunner(this.cy);
  }

  #emit(kind: ChangeKind): void {
    this.dispatchEvent(new CustomEvent('change', { detail: kind }));
  }

  /** Calls `fn` after each change of the given kinds (all kinds when none are given). */
  onChange(fn: (kind: ChangeKind) => void, ...kinds: ChangeKind[]): void {
    this.addEventListener('change', (e) => {
      const kind = (e as CustomEvent<ChangeKind>).detail;
      if (!kinds.length || kinds.includes(kind)) fn(kind);
    });
  }

  setStatus(text: string): void {
    this.status = text;
    this.#emit('status');
  }

  get filters(): Filters {
    return filtersOf(this.view);
  }

  /** Changes the view; `history` says whether back should return to the old one. */
  setView(change: Partial<ViewState>, history: 'push' | 'replace' | 'none' = 'push'): void {
    this.view = { ...this.view, ...change };
    const next = `${window.location.pathname}${encodeView(this.view)}`;
    const now = `${window.location.pathname}${window.location.search}`;
    if (history !== 'none' && next !== now) {
      if (history === 'push') window.history.pushState(null, '', next);
      else window.history.replaceState(null, '', next);
    }
    this.#emit('view');
  }

  // ---- loading --------------------------------------------------------------------------

  /** Loads what the URL says: a focus and its neighbourhood, or the overview. */
  async load(): Promise<void> {
    if (this.view.focus) await this.focus(this.view.focus, 'none');
    else await this.overview('none');
  }

  /** Follows a changed URL (back, forward): refetches only when what to fetch changed. */
  async follow(search: string): Promise<void> {
    const before = this.view;
    this.view = decodeView(search);
    this.#emit('view');
    if (before.size !== this.view.size) this.restyle();
    if (before.group !== this.view.group) this.#applyGrouping();
    if (before.focus !== this.view.focus || before.top !== this.view.top) {
      await this.load();
      return;
    }
    this.applyFilters();
    if (before.layout !== this.view.layout) await this.relayout();
  }

  overview(history: 'push' | 'none' = 'push'): Promise<void> {
    return loading.overview(this, history);
  }

  focus(id: string, history: 'push' | 'none' = 'push'): Promise<void> {
    return loading.focus(this, this.#internals, id, history);
  }

  /** Replaces the whole view with `graph`, undoably, and lays it out. */
  replaceGraph(graph: Subgraph, label: string): Promise<void> {
    return loading.replaceGraph(this, this.#internals, graph, label);
  }

  /** Adds `graph` to the view next to `anchor`, undoably; returns what was added. */
  merge(graph: Subgraph, label: string, anchor?: NodeSingular): Collection {
    return loading.merge(this, this.#internals, graph, label, anchor);
  }

  /** Draws a node's neighbours, at most EXPAND_CAP at a time, the rest behind "+N more". */
  expand(node: NodeSingular, types: string[] | null = null): Promise<Collection> {
    return loading.expand(this, node, types);
  }

  // ---- what the analyst does to nodes ---------------------------------------------------

  hide(nodes: NodeCollection): void {
    nodeActions.hide(this, nodes);
  }

  showHidden(): void {
    nodeActions.showHidden(this);
  }

  togglePin(target: NodeCollection): void {
    nodeActions.togglePin(this, target);
  }

  toggleGroup(id: string): void {
    nodeActions.toggleGroup(this, this.#internals, id);
  }

  /** Folds every open group, or opens every folded one, as one step to undo. */
  setAllGroups(collapse: boolean): void {
    nodeActions.setAllGroups(this, this.#internals, collapse);
  }

  /** Marks elements as the answer to a question, opening the groups that hide any of them. */
  highlight(ids: Iterable<string>): void {
    nodeActions.highlight(this, this.#internals, ids);
  }

  // ---- look and layout ------------------------------------------------------------------

  setSize(size: ViewState['size']): void {
    this.setView({ size });
    this.restyle();
  }

  /** Rebuilds the stylesheet so node sizes span the view's nodes (or those about to come). */
  restyle(nodes: readonly object[] = this.cy.nodes().map((n) => n.data())): void {
    const field = SIZE_BY[this.view.size].field;
    const domain = sizeDomain(nodes.map((n) => Number((n as Record<string, unknown>)[field] ?? 0)));
    const { minLabelPx } = this.#detail;
    const timeline = this.view.layout === 'timeline';
    const key = `${this.view.size}:${domain.join(':')}:${minLabelPx}:${timeline}`;
    // A new stylesheet restyles every element: only when the sizes would change.
    if (key === this.#styled) return;
    this.#styled = key;
    this.cy.style(stylesheet(this.view.size, domain, minLabelPx, timeline) as never);
  }

  setGrouping(on: boolean): void {
    this.setView({ group: on });
    this.#applyGrouping();
    void this.relayout();
  }

  #applyGrouping(): void {
    if (this.view.group) this.groups.enable();
    else this.groups.disable();
    this.applyFilters();
    this.#emit('graph');
  }

  async setLayout(name: LayoutName): Promise<void> {
    this.setView({ layout: name });
    await this.relayout();
  }

  /**
   * Lays out what is visible with the view's layout. A layout still working in the worker is
   * superseded by a newer one rather than waited for: the analyst changed their mind.
   */
  relayout(): Promise<void> {
    const run = layOut(this, this.#internals);
    this.#layoutRun = Promise.all([this.#layoutRun, run.catch(() => undefined)]).then(
      () => undefined,
    );
    return run;
  }

  /** Settles once every layout asked for so far has landed. */
  idle(): Promise<void> {
    return this.#layoutRun;
  }

  // ---- filters ----------------------------------------------------------------------------

  /** Applies the view's filters on the next frame: a dragged slider asks many times a frame. */
  applyFilters(): void {
    if (this.#filterFrame) return;
    this.#filterFrame = requestAnimationFrame(() => {
      this.#filterFrame = 0;
      this.applyFiltersNow();
    });
  }

  applyFiltersNow(): void {
    this.shown = drawFilters(this.cy, this.filters);
    this.#emit('filters');
  }

  #afterGraphChange(): void {
    this.groups.refresh();
    this.stops = sliderStops(this.cy);
    this.restyle();
    this.applyFiltersNow();
  }

  /** What a saved investigation keeps of the canvas: every element with its position. */
  snapshot(): { elements: object[]; groups: ReturnType<Groups['snapshot']> } {
    return { elements: this.cy.elements().jsons(), groups: this.groups.snapshot() };
  }

  /** Puts a snapshot back as the view, undoably, without laying it out again. */
  restore(saved: ReturnType<Explorer['snapshot']>, label: string): void {
    loading.restore(this, this.#internals, saved, label);
  }

  undo(): void {
    this.history.undo();
    this.#emit('graph');
  }

  redo(): void {
    this.history.redo();
    this.#emit('graph');
  }
}
