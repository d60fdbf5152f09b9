/**
 * Level of detail: what the canvas leaves out so that a big view stays fluid. Past
 * MOVING_DETAIL_ABOVE elements, edges and labels are not drawn while the analyst pans, zooms
 * or drags (Cytoscape's own `hideEdgesOnViewport`, plus a hook for labels, which it lacks);
 * past COLLAPSE_ABOVE, states open as compound groups with their people collapsed into them;
 * past SMALL_VIEW, labels too small to read are not drawn at all.
 * The thresholds come from bench/client-render.ts: plain canvas holds 30 fps to about 2,000
 * elements here and falls to a few fps at 10,000.
 */
import type { Core } from 'cytoscape';

export const MOVING_DETAIL_ABOVE = 2000;
/** Up to this many elements every name is worth drawing, however far out the view is. */
export const SMALL_VIEW = 500;
export const COLLAPSE_ABOVE = 5000;

export interface Detail {
  /** Skip edges and labels while the viewport moves. */
  sparseWhileMoving: boolean;
  /** Open with states grouping their people, collapsed. */
  collapseGroups: boolean;
  /** Labels smaller than this on screen are not drawn. */
  minLabelPx: number;
}

export function levelOfDetail(elements: number): Detail {
  return {
    sparseWhileMoving: elements > MOVING_DETAIL_ABOVE,
    collapseGroups: elements > COLLAPSE_ABOVE,
    minLabelPx: elements > SMALL_VIEW ? 8 : 5,
  };
}

/** The few renderer members this module relies on; Cytoscape has no public setter for them. */
interface CanvasRenderer {
  hideEdgesOnViewport: boolean;
  data: { lblTxrCache: unknown };
  drawCachedNodes(...args: unknown[]): void;
  drawCachedElementPortion(
    context: unknown,
    ele: unknown,
    cache: unknown,
    ...rest: unknown[]
  ): void;
  /** Whether labels are skipped while moving, and how many were: the e2e suite reads it. */
  parleyLod?: { sparse: boolean; labelsSkipped: number };
}

function rendererOf(cy: Core): CanvasRenderer | null {
  const r = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer?.();
  return r && 'drawCachedNodes' in r ? r : null;
}

/**
 * Applies `detail` to a drawn core. Cytoscape draws nodes alone (`drawCachedNodes`) exactly
 * when it hides edges during a gesture; the hook skips label textures inside that call, so
 * labels go and come back with the edges. The hooks are own properties of this renderer,
 * not changes to Cytoscape's prototypes.
 */
export function applyDetail(cy: Core, detail: Detail): void {
  const r = rendererOf(cy);
  if (!r) return;
  r.hideEdgesOnViewport = detail.sparseWhileMoving;
  if (!r.parleyLod) {
    const state = { sparse: false, labelsSkipped: 0, moving: false };
    const drawNodes = Object.getPrototypeOf(r).drawCachedNodes as CanvasRenderer['drawCachedNodes'];
    const drawPortion = Object.getPrototypeOf(r)
      .drawCachedElementPortion as CanvasRenderer['drawCachedElementPortion'];
    r.drawCachedNodes = function (...args) {
      state.moving = true;
      try {
        drawNodes.apply(this, args);
      } finally {
        state.moving = false;
      }
    };
    r.drawCachedElementPortion = function (context, ele, cache, ...rest) {
      if (state.sparse && state.moving && cache === this.data.lblTxrCache) {
        state.labelsSkipped += 1;
        return;
      }
      drawPortion.call(this, context, ele, cache, ...rest);
    };
    r.parleyLod = state;
  }
  r.parleyLod.sparse = detail.sparseWhileMoving;
}
