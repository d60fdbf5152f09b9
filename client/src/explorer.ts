/**
 * The explorer's state and actions, apart from any panel or button: one Cytoscape core, the
 * view (which is the URL state), undo history, compound groups and the layout runner. Panels
 * call its actions and listen to its `change` events; the filters are derived from the view,
 * never kept beside it.
 */
import cytoscape, {
  type Collection,
  type Core,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api } from './api.ts';
import { capNeighbours, EVENT, HAPPENED, toElements, type Subgraph } from './graph/elements.ts';
import { hiddenBy, MORE, timeStops, type Filters } from './graph/filters.ts';
import { Groups } from './graph/groups.ts';
import { ringAround, sunflower, type LayoutName } from './graph/layouts.ts';
import { applyDetail, levelOfDetail } from './graph/lod.ts';
import { sizeDomain, SIZE_BY, stylesheet } from './graph/style.ts';
import type { TimeScale } from './graph/timeline.ts';
import { LayoutRunner, type LayoutOutcome } from './layout/run-layout.ts';
import { History } from './state/history.ts';
import { decodeView, encodeView, type ViewState } from './state/url-state.ts';

cytoscape.use(fcose);

/** Neighbours drawn per expansion; the rest wait behind a "+N more" marker. */
export const EXPAND_CAP = 25;

/** `focus`: an entity was focused (its neighbourhood loaded and it selected). */
export type ChangeKind = 'graph' | 'filters' | 'layout' | 'history' | 'view' | 'status' | 'focus';

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
    const v = this.view;
    return {
      relations: v.types.length ? new Set(v.types) : null,
      entities: v.entities.length ? new Set(v.entities) : null,
      minSources: v.minSources,
      from: v.from,
      to: v.to,
      hideIsolated: v.hideIsolated,
      statuses: new Set([HAPPENED, ...v.statuses]),
    };
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

  async overview(history: 'push' | 'none' = 'push'): Promise<void> {
    this.setStatus('Loading the overview…');
    const graph = await api.overview(this.view.top);
    if (history === 'push') this.setView({ focus: null });
    await this.replaceGraph(graph, 'Overview');
    this.setStatus(
      graph.truncated ? `The ${this.view.top} busiest entities; raise "top" for more.` : '',
    );
  }

  async focus(id: string, history: 'push' | 'none' = 'push'): Promise<void> {
    this.setStatus('Loading…');
    // Every type and date comes along: the legend and the time bar then filter without asking
    // again.
    const graph = await api.neighborhood(id, null, null, null);
    if (history === 'push') this.setView({ focus: id });
    await this.replaceGraph(graph, `Focus on ${graph.nodes.find((n) => n.id === id)?.label ?? id}`);
    this.cy.$(':selected').unselect();
    this.cy.getElementById(id).select();
    this.setStatus('');
    this.#emit('focus');
  }

  /** Replaces the whole view with `graph`, undoably, and lays it out. */
  async replaceGraph(graph: Subgraph, label: string): Promise<void> {
    const cy = this.cy;
    const before = { elements: cy.elements().jsons(), groups: this.groups.snapshot() };
    cy.elements().remove();
    this.groups.reset();
    const elements = toElements(graph);
    this.#detail = levelOfDetail(elements.length);
    // Style first, while the core is empty: a new stylesheet restyles every element there is.
    this.restyle(graph.nodes);
    cy.add(elements as never);
    const detail = this.#detail;
    applyDetail(cy, detail);
    if (detail.collapseGroups && !this.view.group) this.setView({ group: true }, 'replace');
    if (this.view.group) this.groups.enable();
    if (detail.collapseGroups) this.groups.collapseAll();
    this.#afterGraphChange();
    const leaves = cy.nodes().filter((n) => !n.isParent());
    const places = sunflower(leaves.length);
    cy.batch(() => leaves.forEach((n, i) => void n.position(places[i]!)));
    cy.fit(undefined, 30);
    const after = { elements: cy.elements().jsons(), groups: this.groups.snapshot() };
    const swap = (to: typeof before) => {
      cy.elements().remove();
      this.groups.restore(to.groups);
      cy.add(to.elements as never);
      this.#afterGraphChange();
    };
    // The first graph of a page has nothing before it to go back to.
    if (before.elements.length)
      this.history.push({ label, undo: () => swap(before), redo: () => swap(after) });
    this.#emit('graph');
    await this.relayout();
  }

  /** Adds `graph` to the view next to `anchor`, undoably; returns what was added. */
  merge(graph: Subgraph, label: string, anchor?: NodeSingular): Collection {
    const cy = this.cy;
    const present = new Set([...cy.elements().map((e) => e.id()), ...this.groups.hiddenIds()]);
    const fresh = this.groups.absorb(toElements(graph, present) as never);
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
    this.#afterGraphChange();
    this.history.push({
      label,
      undo: () => {
        added.remove();
        this.#afterGraphChange();
      },
      redo: () => {
        added.restore();
        this.#afterGraphChange();
      },
    });
    this.#emit('graph');
    return added;
  }

  /**
   * Draws a node's neighbours, at most EXPAND_CAP at a time, the rest behind "+N more"; with
   * `types`, only those tied to it by relations of these types. A "+N more" marker expands
   * with the types of the expansion that left it: it counts only neighbours of those types.
   */
  async expand(node: NodeSingular, types: string[] | null = null): Promise<Collection> {
    const isMarker = node.data('type') === MORE;
    const anchor = isMarker ? (node.incomers('node').first() as NodeSingular) : node;
    if (isMarker) types = (node.data('types') as string[] | null | undefined) ?? null;
    const id = anchor.id();
    if (this.groups.isCollapsed(id)) {
      this.toggleGroup(id);
      return this.cy.collection();
    }
    const graph = await api.neighborhood(id, types, null, null);
    const present = new Set([...this.cy.nodes().map((n) => n.id()), ...this.groups.hiddenIds()]);
    const fresh: Subgraph = {
      nodes: graph.nodes.filter((n) => !present.has(n.id) || n.id === id),
      edges: graph.edges,
      events: graph.events,
    };
    const { shown, hidden } = capNeighbours(fresh, id, EXPAND_CAP);
    this.cy.getElementById(`more:${id}`).remove();
    const keep = new Set([...shown.nodes.map((n) => n.id), ...present]);
    const added = this.merge(
      {
        nodes: [...shown.nodes, ...graph.nodes.filter((n) => present.has(n.id))],
        edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
        events: shown.events,
      },
      `Expand ${anchor.data('label')}${types ? ` by ${types.join(', ')}` : ''}`,
      anchor,
    );
    if (hidden > 0) {
      const marker = this.cy.add([
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
    this.applyFilters();
    return added;
  }

  // ---- what the analyst does to nodes ---------------------------------------------------

  hide(nodes: NodeCollection): void {
    const target = nodes.not('.user-hidden');
    if (target.empty()) return;
    const run = (on: boolean) => {
      target.toggleClass('user-hidden', on);
      this.applyFilters();
    };
    run(true);
    this.history.push({
      label: `Hide ${target.length}`,
      undo: () => run(false),
      redo: () => run(true),
    });
  }

  showHidden(): void {
    const target = this.cy.nodes('.user-hidden');
    if (target.empty()) return;
    const run = (on: boolean) => {
      target.toggleClass('user-hidden', !on);
      this.applyFilters();
    };
    run(true);
    this.history.push({ label: 'Show hidden', undo: () => run(false), redo: () => run(true) });
  }

  togglePin(target: NodeCollection): void {
    if (target.empty()) return;
    const pin = target.toArray().some((n) => !(n as NodeSingular).locked());
    const run = (on: boolean) =>
      target.forEach((n) => {
        n.toggleClass('pinned', on);
        if (on) n.lock();
        else n.unlock();
      });
    const was = target.toArray().map((n) => (n as NodeSingular).locked());
    run(pin);
    this.history.push({
      label: pin ? `Pin ${target.length}` : `Unpin ${target.length}`,
      undo: () =>
        target.forEach((n, i) => {
          n.toggleClass('pinned', was[i]!);
          if (was[i]) n.lock();
          else n.unlock();
        }),
      redo: () => run(pin),
    });
  }

  /** Folds (or opens) groups as one step to undo. */
  #fold(ids: string[], fold: boolean, label: string): void {
    if (!ids.length) return;
    const run = (f: boolean) => {
      if (f) this.groups.collapse(ids);
      else this.groups.expand(ids);
      this.#afterGraphChange();
    };
    run(fold);
    this.history.push({ label, undo: () => run(!fold), redo: () => run(fold) });
    // What is drawn changed: whatever draws beside the graph (greyed rejected facts) follows.
    this.#emit('graph');
  }

  toggleGroup(id: string): void {
    const fold = !this.groups.isCollapsed(id);
    const name = this.cy.getElementById(id).data('label');
    this.#fold([id], fold, `${fold ? 'Collapse' : 'Expand'} ${name}`);
  }

  /** Folds every open group, or opens every folded one, as one step to undo. */
  setAllGroups(collapse: boolean): void {
    const ids = collapse ? this.cy.nodes(':parent').map((n) => n.id()) : this.groups.collapsed();
    this.#fold(ids, collapse, `${collapse ? 'Collapse' : 'Expand'} ${ids.length} groups`);
  }

  /**
   * Marks elements as the answer to a question. Answers folded into collapsed groups are
   * brought out first (one step to undo), since an answer no one can see answers nothing.
   */
  highlight(ids: Iterable<string>): void {
    const cy = this.cy;
    const list = [...ids];
    const holders = [
      ...new Set(list.map((id) => this.groups.holderOf(id)).filter((h): h is string => h !== null)),
    ];
    const groups = `${holders.length} group${holders.length === 1 ? '' : 's'}`;
    this.#fold(holders, false, `Open ${groups} for the answer`);
    cy.batch(() => {
      cy.elements('.highlight').removeClass('highlight');
      for (const id of list) cy.getElementById(id).addClass('highlight');
    });
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
    const run = this.#layout();
    this.#layoutRun = Promise.all([this.#layoutRun, run.catch(() => undefined)]).then(
      () => undefined,
    );
    return run;
  }

  async #layout(): Promise<void> {
    const cy = this.cy;
    const name = this.view.layout;
    const visible = cy.elements(':visible');
    if (visible.empty()) return;
    // The timeline's names are larger and its event labels shorter: style before measuring.
    this.restyle();
    if (name === 'timeline') {
      const started = performance.now();
      this.timeScale = await this.layouts.timeline(visible);
      this.lastLayout = {
        name,
        runner: 'main',
        ms: performance.now() - started,
        superseded: false,
      };
    } else {
      this.timeScale = null;
      this.setStatus(`Laying out ${visible.length} elements…`);
      const pinned = visible.nodes('.pinned');
      const outcome = await this.layouts.run(name, visible, {
        elements: visible.length,
        roots: cy.nodes(':selected').map((n) => n.id()),
        fixed: pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
      });
      if (outcome.superseded) return;
      this.lastLayout = outcome;
      this.setStatus('');
    }
    this.layoutsDone += 1;
    this.#emit('layout');
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
    const cy = this.cy;
    const nodes = cy.nodes();
    const edges = cy.edges();
    const hidden = hiddenBy(
      nodes.map((n) => n.data()),
      edges.map((e) => e.data()),
      this.filters,
      new Set(cy.nodes('.user-hidden').map((n) => n.id())),
    );
    cy.batch(() => {
      nodes.forEach((n) => void n.toggleClass('hidden', hidden.nodes.has(n.id())));
      edges.forEach((e) => void e.toggleClass('hidden', hidden.edges.has(e.id())));
    });
    this.shown = {
      nodes: nodes.length - hidden.nodes.size,
      edges: edges.length - hidden.edges.size - cy.edges('.contained').length,
    };
    this.#emit('filters');
  }

  #afterGraphChange(): void {
    this.groups.refresh();
    // The slider walks what happened: a plan's date is no stop of the record.
    type Dated = { date: string | null; status?: string };
    this.stops = timeStops(
      [
        ...this.cy.edges().map((e) => e.data() as Dated),
        ...this.cy.nodes(`[type = "${EVENT}"]`).map((n) => n.data() as Dated),
      ].filter((d) => (d.status ?? HAPPENED) === HAPPENED),
    );
    this.restyle();
    this.applyFiltersNow();
  }

  /** What a saved investigation keeps of the canvas: every element with its position. */
  snapshot(): { elements: object[]; groups: ReturnType<Groups['snapshot']> } {
    return { elements: this.cy.elements().jsons(), groups: this.groups.snapshot() };
  }

  /** Puts a snapshot back as the view, undoably, without laying it out again. */
  restore(saved: ReturnType<Explorer['snapshot']>, label: string): void {
    const before = this.snapshot();
    const swap = (to: ReturnType<Explorer['snapshot']>) => {
      this.cy.elements().remove();
      this.groups.restore(to.groups);
      this.cy.add(to.elements as never);
      this.#afterGraphChange();
    };
    swap(saved);
    this.cy.fit(undefined, 30);
    this.history.push({ label, undo: () => swap(before), redo: () => swap(saved) });
    this.#emit('graph');
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
