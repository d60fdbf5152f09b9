/**
 * Overlap removal for a draft layout. fcose's draft quality is fast because it stops at the
 * spectral embedding, which puts structurally alike nodes (the leaves of one hub, say) on
 * nearly the same point; on a big view that leaves most nodes on top of others. This pushes
 * overlapping pairs apart along the line between them, a little at a time, finding pairs
 * through a spatial hash so that each pass is linear in the number of nodes. The shape of
 * the draft is kept: only nodes that touch move.
 */

export interface Disc {
  x: number;
  y: number;
  /** Half the node's width, plus the margin it should keep. */
  r: number;
}

/** Moves `discs` in place until none overlaps (or `passes` run out); returns passes used. */
export function removeOverlaps(discs: Disc[], passes = 60, margin = 2): number {
  if (discs.length < 2) return 0;
  const cell = 2 * Math.max(...discs.map((d) => d.r)) + margin;
  for (let pass = 1; pass <= passes; pass++) {
    const grid = new Map<string, number[]>();
    discs.forEach((d, i) => {
      const key = `${Math.floor(d.x / cell)},${Math.floor(d.y / cell)}`;
      const bucket = grid.get(key);
      if (bucket) bucket.push(i);
      else grid.set(key, [i]);
    });
    let moved = false;
    for (const [key, bucket] of grid) {
      const [cx, cy] = key.split(',').map(Number) as [number, number];
      // Each pair is met once: this cell with itself and with four of its neighbours.
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
        [-1, 1],
      ] as const) {
        const other = dx === 0 && dy === 0 ? bucket : grid.get(`${cx + dx},${cy + dy}`);
        if (!other) continue;
        for (let a = 0; a < bucket.length; a++) {
          for (let b = dx === 0 && dy === 0 ? a + 1 : 0; b < other.length; b++) {
            const p = discs[bucket[a]!]!;
            const q = discs[other[b]!]!;
            let ux = q.x - p.x;
            let uy = q.y - p.y;
            let distance = Math.hypot(ux, uy);
            const need = p.r + q.r + margin;
            if (distance >= need) continue;
            if (distance < 1e-6) {
              // Coincident: part them in a direction fixed by their indices, so runs repeat.
              const angle = ((bucket[a]! * 7919 + other[b]!) % 360) * (Math.PI / 180);
              ux = Math.cos(angle);
              uy = Math.sin(angle);
              distance = 1;
            } else {
              ux /= distance;
              uy /= distance;
            }
            const push = (need - distance) / 2;
            p.x -= ux * push;
            p.y -= uy * push;
            q.x += ux * push;
            q.y += uy * push;
            moved = true;
          }
        }
      }
    }
    if (!moved) return pass;
  }
  return passes;
}

/** How many discs touch another: what the tests check the pass against. */
export function overlapping(discs: Disc[]): number {
  const order = discs
    .map((d, i) => i)
    .sort((a, b) => discs[a]!.x - discs[a]!.r - (discs[b]!.x - discs[b]!.r));
  const touching = new Set<number>();
  for (let i = 0; i < order.length; i++) {
    const p = discs[order[i]!]!;
    for (let j = i + 1; j < order.length; j++) {
      const q = discs[order[j]!]!;
      if (q.x - q.r >= p.x + p.r) break;
      if (Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r - 0.5) {
        touching.add(order[i]!);
        touching.add(order[j]!);
      }
    }
  }
  return touching.size;
}

/**
 * Pushes apart the leaf nodes of a laid-out core (headless or not) that sit on each other,
 * treating each as the disc around its box; compound parents follow their members.
 */
export function spreadNodes(
  nodes: {
    isParent(): boolean;
    position(): { x: number; y: number };
    position(p: { x: number; y: number }): unknown;
    width(): number;
    height(): number;
    locked(): boolean;
  }[],
): void {
  const leaves = nodes.filter((n) => !n.isParent());
  const discs = leaves.map((n) => ({ ...n.position(), r: Math.max(n.width(), n.height()) / 2 }));
  removeOverlaps(discs, 100);
  leaves.forEach((n, i) => {
    if (!n.locked()) n.position({ x: discs[i]!.x, y: discs[i]!.y });
  });
}
