/**
 * What the page and the layout worker say to each other: the view's structure (ids, parents,
 * node sizes, edge ends; no labels or evidence) one way, positions the other. Kept to plain
 * arrays so that a 10,000-element view crosses in a few milliseconds.
 */
import type { LayoutContext, LayoutName } from '../graph/layouts.ts';

export interface LayoutRequest {
  id: number;
  name: Exclude<LayoutName, 'timeline'>;
  ctx: LayoutContext;
  /** The area to lay out in: the canvas size, since a headless core has none of its own. */
  box: { w: number; h: number };
  /** id, parent id or null, width, height */
  nodes: [string, string | null, number, number][];
  /** id, source, target */
  edges: [string, string, string][];
}

export type LayoutResponse =
  { id: number; positions: [string, number, number][]; ms: number } | { id: number; error: string };
