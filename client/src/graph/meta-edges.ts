/**
 * Meta-edges: while a group is collapsed, each bundle of edges between what stays on screen
 * becomes one dashed edge that counts them, so a folded view still shows who deals with whom
 * and how much. Pure, tested headless; `Groups` (groups.ts) draws them.
 */

/** The edge type of a meta-edge. */
export const META = 'META';

export interface MetaEdge {
  id: string;
  source: string;
  target: string;
  count: number;
  types: string[];
}

/**
 * The meta-edges standing for `edges` once each end is replaced by its representative (the
 * collapsed group it is folded into, or itself). Edges inside one group vanish; edges whose
 * ends both stand for themselves are not meta-edges.
 */
export function metaEdges(
  edges: { source: string; target: string; type: string }[],
  representative: (id: string) => string | null,
): MetaEdge[] {
  const out = new Map<
    string,
    { source: string; target: string; count: number; types: Set<string> }
  >();
  for (const e of edges) {
    const a = representative(e.source);
    const b = representative(e.target);
    if (!a || !b || a === b || (a === e.source && b === e.target)) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `meta:${source}|${target}`;
    const meta = out.get(id) ?? { source, target, count: 0, types: new Set<string>() };
    meta.count += 1;
    meta.types.add(e.type);
    out.set(id, meta);
  }
  return [...out].map(([id, m]) => ({ id, ...m, types: [...m.types].sort() }));
}
