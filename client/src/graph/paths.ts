/**
 * One route through a path answer. The API returns the union of every shortest path between
 * two entities; the panel lists the steps of one of them, walked breadth-first from the start
 * over the answer's edges, each step with the relation that makes it. A step is read in its
 * relation's own direction, whichever way the route walks it: "Putin hosted Aliyev", never
 * "Aliyev hosted Putin" because the route happened to come from Aliyev.
 */

export interface Step {
  from: string;
  to: string;
  edge: { id: string; type: string; source: string; target: string; directed?: boolean };
}

/**
 * Who did what to whom in a step: a directed relation from its source to its target; a
 * symmetric one (met with) in the order the route walks it.
 */
export function stepClause(step: Step): { subject: string; object: string; against: boolean } {
  const against = step.edge.directed !== false && step.edge.source !== step.from;
  return against
    ? { subject: step.edge.source, object: step.edge.target, against }
    : { subject: step.from, object: step.to, against };
}

export function firstRoute(edges: Step['edge'][], from: string, to: string): Step[] {
  const next = new Map<string, { node: string; edge: (typeof edges)[number] }[]>();
  for (const e of edges) {
    next.set(e.source, [...(next.get(e.source) ?? []), { node: e.target, edge: e }]);
    next.set(e.target, [...(next.get(e.target) ?? []), { node: e.source, edge: e }]);
  }
  const came = new Map<string, Step | null>([[from, null]]);
  const queue = [from];
  while (queue.length && !came.has(to)) {
    const at = queue.shift()!;
    for (const { node, edge } of [...(next.get(at) ?? [])].sort((a, b) =>
      a.node.localeCompare(b.node),
    )) {
      if (came.has(node)) continue;
      came.set(node, { from: at, to: node, edge });
      queue.push(node);
    }
  }
  if (!came.has(to) || from === to) return [];
  const steps: Step[] = [];
  for (let at = to; at !== from;) {
    const step = came.get(at)!;
    steps.unshift(step);
    at = step.from;
  }
  return steps;
}
