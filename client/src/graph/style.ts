/**
 * The look of the graph, as registries with their defaults: one entry per entity type (shape
 * and colour, so types read at a glance and in greyscale) and one per relation type (colour,
 * line style, and an arrow only where the relation has a direction). The legend is drawn from
 * the same registries, so it cannot disagree with the canvas.
 */

export const NODE_STYLES: Record<string, { color: string; shape: string; label: string }> = {
  PERSON: { color: '#2f6fde', shape: 'ellipse', label: 'Person' },
  STATE: { color: '#d9822b', shape: 'round-rectangle', label: 'State' },
  ORGANIZATION: { color: '#7a4fc9', shape: 'hexagon', label: 'Organisation' },
  PLACE: { color: '#3a9d5d', shape: 'triangle', label: 'Place' },
  EVENT: { color: '#c23b5a', shape: 'diamond', label: 'Event' },
};

export const EDGE_STYLES: Record<
  string,
  { color: string; line: 'solid' | 'dashed' | 'dotted'; label: string }
> = {
  MEDIATED: { color: '#c2185b', line: 'solid', label: 'mediated' },
  OFFERED_MEDIATION: { color: '#f06292', line: 'dashed', label: 'offered mediation' },
  MET_WITH: { color: '#455a64', line: 'solid', label: 'met with' },
  SPOKE_WITH: { color: '#607d8b', line: 'dashed', label: 'spoke with' },
  LEADS: { color: '#9e9e9e', line: 'dotted', label: 'leads' },
  HOSTED: { color: '#8d6e63', line: 'solid', label: 'hosted' },
  VISITED: { color: '#26a69a', line: 'dashed', label: 'visited' },
  CLASHED_WITH: { color: '#e53935', line: 'dotted', label: 'clashed with' },
  ALLY_OF: { color: '#43a047', line: 'dotted', label: 'ally of' },
};

/** The Cytoscape stylesheet built from the registries. */
export function stylesheet(): { selector: string; style: Record<string, unknown> }[] {
  const sheet: { selector: string; style: Record<string, unknown> }[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: '#1d2733',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        // Labels vanish when zoomed far out: the level of detail that keeps big graphs fluid.
        'min-zoomed-font-size': 8,
        width: 'mapData(degree, 0, 30, 18, 60)',
        height: 'mapData(degree, 0, 30, 18, 60)',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(sources, 1, 6, 1.5, 6)',
        'curve-style': 'bezier',
        opacity: 0.85,
        'font-size': 9,
        'min-zoomed-font-size': 10,
      },
    },
    {
      selector: 'edge[?directed]',
      style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 1.1 },
    },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: '.hidden', style: { display: 'none' } },
    {
      selector: '.highlight',
      style: {
        'border-width': 4,
        'border-color': '#ffb300',
        'line-color': '#ffb300',
        'target-arrow-color': '#ffb300',
        opacity: 1,
        'z-index': 10,
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111' } },
    { selector: 'edge:selected', style: { width: 6, opacity: 1 } },
    {
      selector: 'node.pinned',
      style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#111111' },
    },
    {
      selector: 'node.more',
      style: {
        shape: 'round-tag',
        'background-color': '#eceff1',
        color: '#37474f',
        label: 'data(label)',
        width: 30,
        height: 18,
      },
    },
  ];
  for (const [type, s] of Object.entries(NODE_STYLES)) {
    sheet.splice(1, 0, {
      selector: `node[type = "${type}"]`,
      style: { 'background-color': s.color, shape: s.shape },
    });
  }
  for (const [type, s] of Object.entries(EDGE_STYLES)) {
    sheet.splice(2, 0, {
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': s.line },
    });
  }
  return sheet;
}
