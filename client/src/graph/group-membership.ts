/**
 * Which group each person is drawn in: the state or organisation they lead, and for one who
 * leads several, one choice that holds wherever the group is drawn. A pure function of the
 * nodes and LEADS edges at hand, so the rule is tested headless; `Groups` (groups.ts) applies
 * it to a Cytoscape core.
 */
const GROUP_TYPES = new Set(['STATE', 'ORGANIZATION']);

/**
 * The group of each person: the state or organisation they lead (LEADS) among the nodes
 * given; with several, the best-sourced, states first.
 */
export function groupOf(
  nodes: { id: string; type: string }[],
  edges: { type: string; source: string; target: string; sources: number }[],
): Map<string, string> {
  const type = new Map(nodes.map((n) => [n.id, n.type]));
  const best = new Map<string, { group: string; rank: [number, number, string] }>();
  for (const e of edges) {
    if (e.type !== 'LEADS' || type.get(e.source) !== 'PERSON') continue;
    const groupType = type.get(e.target);
    if (!groupType || !GROUP_TYPES.has(groupType)) continue;
    const rank: [number, number, string] = [e.sources, groupType === 'STATE' ? 1 : 0, e.target];
    const had = best.get(e.source);
    const better =
      !had ||
      rank[0] > had.rank[0] ||
      (rank[0] === had.rank[0] &&
        (rank[1] > had.rank[1] || (rank[1] === had.rank[1] && rank[2] < had.rank[2])));
    if (better) best.set(e.source, { group: e.target, rank });
  }
  return new Map([...best].map(([person, { group }]) => [person, group]));
}
