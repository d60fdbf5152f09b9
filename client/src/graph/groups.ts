/**
 * States (and organisations) as compound groups of the people who hold office in them, and
 * the collapse that folds a group's people into it: the level of detail that keeps a graph of
 * thousands of actors readable. A collapsed group's members and their edges leave the graph
 * (kept aside, as cytoscape-expand-collapse does), and each bundle of edges between what
 * stays on screen becomes one dashed meta-edge that counts them. The choice of groups
 * (group-membership.ts), the meta-edges (meta-edges.ts) and where unfolded members stand
 * (unfold-places.ts) are pure functions; `Groups` applies them to a Cytoscape core, headless
 * or not.
 */
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { groupOf } from './group-membership.ts';
import { META, metaEdges } from './meta-edges.ts';
import { unfoldPlaces } from './unfold-places.ts';

interface Kept {
  nodes: ElementDefinition[];
  edges: ElementDefinition[];
}

/** What collapsed groups keep aside, restorable after an undo. */
export type GroupsSnapshot = { enabled: boolean; stash: [string, Kept][] };

const ends = (edge: ElementDefinition) => [edge.data.source!, edge.data.target!];

/** Compound groups on a Cytoscape core: grouping, collapsing and expanding. */
export class Groups {
  #cy: Core;
  #enabled = false;
  /** What each collapsed group keeps aside: its members and the edges that touch them. */
  #stash = new Map<string, Kept>();
  /** The collapsed group each kept-aside node is folded into. */
  #holder = new Map<string, string>();

  constructor(cy: Core) {
    this.#cy = cy;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  /** Puts every person into the group they lead, where it is in the graph. */
  enable(): void {
    this.#enabled = true;
    this.refresh();
  }

  /** Expands every group and takes everyone out of them. */
  disable(): void {
    this.expandAll();
    this.#enabled = false;
    this.#cy.batch(() => {
      this.#cy
        .nodes()
        .filter((n) => n.isChild())
        .move({ parent: null });
      this.#cy.edges('.contained').removeClass('contained');
    });
  }

  /** Forgets everything kept aside: the graph was replaced. */
  reset(): void {
    this.#stash.clear();
    this.#holder.clear();
  }

  snapshot(): GroupsSnapshot {
    return { enabled: this.#enabled, stash: [...this.#stash] };
  }

  restore(snapshot: GroupsSnapshot): void {
    this.#enabled = snapshot.enabled;
    this.#stash = new Map(snapshot.stash);
    this.#holder = new Map(
      snapshot.stash.flatMap(([group, kept]) =>
        kept.nodes.map((n) => [n.data.id!, group] as const),
      ),
    );
  }

  /** Ids of the elements kept aside by collapsed groups: in the view, though not drawn. */
  hiddenIds(): Set<string> {
    const ids = new Set<string>();
    for (const kept of this.#stash.values()) {
      for (const e of [...kept.nodes, ...kept.edges]) ids.add(e.data.id!);
    }
    return ids;
  }

  /** Everything kept aside, for exports of the whole view. */
  keptElements(): ElementDefinition[] {
    return [...this.#stash.values()].flatMap((k) => [...k.nodes, ...k.edges]);
  }

  /** The collapsed group a kept-aside node is folded into, if any. */
  holderOf(id: string): string | null {
    return this.#holder.get(id) ?? null;
  }

  isCollapsed(id: string): boolean {
    return this.#stash.has(id);
  }

  collapsed(): string[] {
    return [...this.#stash.keys()];
  }

  /**
   * Brings grouping up to date after nodes came or went: members into their groups, LEADS
   * edges inside a group out of sight, newcomers to a collapsed group kept aside with it.
   */
  refresh(): void {
    if (!this.#enabled) return;
    const cy = this.#cy;
    const nodes = cy.nodes().map((n) => ({ id: n.id(), type: n.data('type') as string }));
    const edges = cy.edges().map((e) => ({
      type: e.data('type') as string,
      source: e.data('source') as string,
      target: e.data('target') as string,
      sources: Number(e.data('sources') ?? 1),
    }));
    const parents = groupOf(nodes, edges);
    const recollapse = new Set<string>();
    // Moves go one collection per group: each move re-adds the nodes and their edges.
    const moves = new Map<string | null, NodeSingular[]>();
    cy.nodes().forEach((node) => {
      const want = parents.get(node.id()) ?? null;
      const has = node.isChild() ? node.parent().first().id() : null;
      // A group is never a member, and a member never holds one.
      if (want === has || node.isParent() || (want && parents.has(want))) return;
      moves.set(want, [...(moves.get(want) ?? []), node]);
      if (want && this.#stash.has(want)) recollapse.add(want);
    });
    cy.batch(() => {
      for (const [parent, nodes] of moves) {
        cy.collection(nodes as never).move({ parent });
      }
      cy.edges('[type = "LEADS"]').forEach((e) => {
        e.toggleClass('contained', parents.get(e.data('source')) === e.data('target'));
      });
    });
    if (recollapse.size) this.collapse([...recollapse]);
    else if (this.#stash.size) this.#redrawMeta();
  }

  /** Folds each group's members into it; meta-edges are redrawn once for all of them. */
  collapse(ids: string | string[]): void {
    const cy = this.#cy;
    let changed = false;
    cy.batch(() => {
      for (const id of typeof ids === 'string' ? [ids] : ids) {
        const group = cy.getElementById(id) as NodeSingular;
        const members = group.children();
        if (group.empty() || members.empty()) continue;
        const kept = this.#stash.get(id) ?? { nodes: [], edges: [] };
        // Drawing aids are drawn again, never kept: meta-edges here, greyed rejected facts by
        // the audit trail (they leave with the members).
        const edges = members.connectedEdges().not('.meta, .rejected');
        kept.nodes.push(...(members.jsons() as unknown as ElementDefinition[]));
        kept.edges.push(...(edges.jsons() as unknown as ElementDefinition[]));
        members.forEach((m) => void this.#holder.set(m.id(), id));
        edges.union(members).remove();
        this.#stash.set(id, kept);
        group.addClass('collapsed');
        group.data('collapsedLabel', `${group.data('label')} (+${kept.nodes.length})`);
        changed = true;
      }
    });
    if (changed) this.#redrawMeta();
  }

  /** Brings collapsed groups' members back. */
  expand(ids: string | string[]): void {
    const cy = this.#cy;
    const opening = (typeof ids === 'string' ? [ids] : ids).filter((id) => this.#stash.has(id));
    if (!opening.length) return;
    const kept = opening.map((id) => this.#stash.get(id)!);
    for (const id of opening) this.#stash.delete(id);
    for (const k of kept) for (const n of k.nodes) this.#holder.delete(n.data.id!);
    cy.batch(() => {
      opening.forEach((id, i) => {
        const group = cy.getElementById(id);
        const places = unfoldPlaces(
          group.position(),
          kept[i]!.nodes.map((n) => n.position),
        );
        group.removeClass('collapsed');
        cy.add(kept[i]!.nodes.map((n, j) => ({ ...n, position: places[j] })));
      });
      const drawable = new Map<string, ElementDefinition>();
      for (const edge of kept.flatMap((k) => k.edges)) {
        // An end folded into another collapsed group: the edge waits with that group.
        const holder = ends(edge)
          .map((end) => this.#holder.get(end))
          .find(Boolean);
        if (holder) this.#stash.get(holder)!.edges.push(edge);
        else if (
          cy.getElementById(edge.data.id!).empty() &&
          ends(edge).every((end) => cy.getElementById(end).nonempty())
        )
          drawable.set(edge.data.id!, edge);
      }
      cy.add([...drawable.values()]);
    });
    this.#redrawMeta();
  }

  collapseAll(): void {
    this.collapse(this.#cy.nodes(':parent').map((n) => n.id()));
  }

  expandAll(): void {
    this.expand([...this.#stash.keys()]);
  }

  /**
   * Keeps aside, with their group, the edges about to be added that touch a kept-aside
   * member, and returns what can be drawn; `refresh()` after adding draws their meta-edges.
   */
  absorb(elements: ElementDefinition[]): ElementDefinition[] {
    if (this.#holder.size === 0) return elements;
    const drawable: ElementDefinition[] = [];
    for (const element of elements) {
      const holder =
        element.group === 'edges'
          ? ends(element)
              .map((end) => this.#holder.get(end))
              .find(Boolean)
          : undefined;
      if (holder) this.#stash.get(holder)!.edges.push(element);
      else drawable.push(element);
    }
    return drawable;
  }

  #redrawMeta(): void {
    const cy = this.#cy;
    const representative = (id: string): string | null =>
      this.#holder.get(id) ?? (cy.getElementById(id).nonempty() ? id : null);
    const kept = [...this.#stash.values()].flatMap((k) =>
      k.edges.map((e) => ({
        source: e.data.source!,
        target: e.data.target!,
        type: e.data.type as string,
      })),
    );
    const metas = metaEdges(kept, representative);
    cy.batch(() => {
      cy.edges('.meta').remove();
      cy.add(
        metas.map((m) => ({
          group: 'edges' as const,
          classes: 'meta',
          data: {
            id: m.id,
            source: m.source,
            target: m.target,
            type: META,
            count: m.count,
            types: m.types,
            sources: 1,
            date: null,
            directed: false,
          },
        })),
      );
    });
  }
}
