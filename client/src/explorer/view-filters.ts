/**
 * The view's filters on the canvas: the filters a view (the URL state) asks for, drawn as the
 * `hidden` class on whatever they leave out, and the dates the time slider stops at. The
 * filters are derived from the view each time, never kept beside it, so the URL stays the one
 * state to share or go back to. Part of the Explorer (explorer.ts).
 */
import type { Core } from 'cytoscape';
import { EVENT, HAPPENED } from '../graph/elements.ts';
import { hiddenBy, timeStops, type Filters } from '../graph/filters.ts';
import type { ViewState } from '../state/url-state.ts';

export function filtersOf(v: ViewState): Filters {
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

/**
 * Hides what `filters` (or the analyst) leave out and shows the rest; returns how many nodes
 * and edges stay drawn (counted, not asked of the renderer).
 */
export function drawFilters(cy: Core, filters: Filters): { nodes: number; edges: number } {
  const nodes = cy.nodes();
  const edges = cy.edges();
  const hidden = hiddenBy(
    nodes.map((n) => n.data()),
    edges.map((e) => e.data()),
    filters,
    new Set(cy.nodes('.user-hidden').map((n) => n.id())),
  );
  cy.batch(() => {
    nodes.forEach((n) => void n.toggleClass('hidden', hidden.nodes.has(n.id())));
    edges.forEach((e) => void e.toggleClass('hidden', hidden.edges.has(e.id())));
  });
  return {
    nodes: nodes.length - hidden.nodes.size,
    edges: edges.length - hidden.edges.size - cy.edges('.contained').length,
  };
}

/** The distinct dates of what happened in the view: the time slider's stops. */
export function sliderStops(cy: Core): string[] {
  // The slider walks what happened: a plan's date is no stop of the record.
  type Dated = { date: string | null; status?: string };
  return timeStops(
    [
      ...cy.edges().map((e) => e.data() as Dated),
      ...cy.nodes(`[type = "${EVENT}"]`).map((n) => n.data() as Dated),
    ].filter((d) => (d.status ?? HAPPENED) === HAPPENED),
  );
}
