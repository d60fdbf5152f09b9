/**
 * The look of the graph, as registries with their defaults: one entry per entity type (shape
 * and colour, so types read at a glance and in greyscale), one per relation type (colour,
 * line style, and an arrow only where the relation has a direction), one per event role, and
 * the measures nodes may be sized by. The legend is drawn from the same registries, so it
 * cannot disagree with the canvas.
 */
import { EVENT, eventLabel, HAPPENED, ROLE } from './elements.ts';
import { MORE } from './filters.ts';

export const NODE_STYLES: Record<
  string,
  { color: string; shape: string; label: string; icon: string }
> = {
  PERSON: { color: '#2f6fde', shape: 'ellipse', label: 'Person', icon: '●' },
  STATE: { color: '#d9822b', shape: 'round-rectangle', label: 'State', icon: '■' },
  ORGANIZATION: { color: '#7a4fc9', shape: 'hexagon', label: 'Organisation', icon: '⬢' },
  PLACE: { color: '#3a9d5d', shape: 'triangle', label: 'Place', icon: '▲' },
  // Not 'diamond': Cytoscape's hit test misses a diamond along its vertical middle line.
  [EVENT]: { color: '#c23b5a', shape: 'round-diamond', label: 'Event', icon: '◆' },
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

/** An event's ties: thin and light, so the dyads stay what the eye follows. */
/**
 * How the explorer names what became of an event that did not take place (the API's
 * EventStatus), in the legend and the evidence panel.
 */
export const STATUS_LABELS: Record<string, string> = {
  PLANNED: 'planned, not yet held',
  OFFERED: 'offered',
  HOPED: 'hoped for',
  DENIED: 'denied',
  NEGATED: 'did not take place',
  DISPUTED: 'disputed',
  // Only a quotation of one side says it took place.
  REPORTED: "one side's word only",
};

export const ROLE_STYLES: Record<string, { color: string; label: string }> = {
  mediator: { color: '#c2185b', label: 'mediator at' },
  host: { color: '#8d6e63', label: 'host of' },
  visitor: { color: '#6d4c41', label: 'visited for' },
  party: { color: '#78909c', label: 'party to' },
  attendee: { color: '#b0bec5', label: 'attended' },
  venue: { color: '#3a9d5d', label: 'held in' },
};

/** What node size can stand for. */
export const SIZE_BY = {
  degree: { label: 'relations', field: 'degree' },
  sources: { label: 'sources', field: 'sources' },
} as const;
export type SizeBy = keyof typeof SIZE_BY;

/**
 * The smallest and largest diameter a node is drawn at, in model pixels; narrower on the
 * timeline, where position tells time and rows of nodes must stay few to be read at zoom 1.
 */
const SIZE_RANGE = [18, 60] as const;
const TIMELINE_SIZE_RANGE = [16, 36] as const;

/**
 * The low and high values that map onto the size range: the spread of the graph on screen,
 * with the top percentile clipped so one hub does not shrink everything else.
 */
export function sizeDomain(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const sorted = [...values].sort((a, b) => a - b);
  const low = sorted[0]!;
  const high = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!;
  return [low, Math.max(high, low + 1)];
}

type Rule = { selector: string; style: Record<string, unknown> };

/** The size of every name on the timeline, which opens at zoom 1 (timeline.ts). */
export const TIMELINE_FONT_PX = 12;

/**
 * On the timeline the axis tells an event's date, so its label is its kind alone and packs
 * tighter; the full label comes back on the event hovered (`.hover`) or selected, drawn over
 * its neighbours.
 */
const timelineRules = (): Rule[] => [
  { selector: 'node', style: { 'font-size': TIMELINE_FONT_PX } },
  {
    selector: `node[type = "${EVENT}"]`,
    style: {
      label: (n: { data(key: string): string }) =>
        eventLabel(n.data('kind'), null, n.data('status')),
    },
  },
  {
    selector: `node[type = "${EVENT}"].hover, node[type = "${EVENT}"]:selected`,
    style: {
      label: 'data(label)',
      'z-index': 20,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
    },
  },
];

/**
 * The Cytoscape stylesheet built from the registries, sizing nodes by `sizeBy` over `domain`.
 * Labels smaller on screen than `minLabelPx` are not drawn: small for a small view, so its
 * names stay readable zoomed out; larger for a big one, where they would only be noise.
 * `timeline` adds the timeline's larger names and short event labels.
 */
export function stylesheet(
  sizeBy: SizeBy = 'degree',
  domain: [number, number] = [0, 30],
  minLabelPx = 8,
  timeline = false,
): Rule[] {
  const [small, large] = timeline ? TIMELINE_SIZE_RANGE : SIZE_RANGE;
  const size = `mapData(${SIZE_BY[sizeBy].field}, ${domain[0]}, ${domain[1]}, ${small}, ${large})`;
  return [
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
        'min-zoomed-font-size': minLabelPx,
        width: size,
        height: size,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...Object.entries(NODE_STYLES).map(([type, s]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': s.color, shape: s.shape },
    })),
    {
      selector: `node[type = "${EVENT}"]`,
      style: { 'font-size': 9, color: '#8a2841', width: 16, height: 16 },
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
    ...Object.entries(EDGE_STYLES).map(([type, s]) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': s.line },
    })),
    {
      selector: 'edge[?directed]',
      style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 1.1 },
    },
    {
      selector: `edge[type = "${ROLE}"]`,
      style: { width: 1, opacity: 0.6, 'arrow-scale': 0.6, 'line-style': 'solid' },
    },
    ...Object.entries(ROLE_STYLES).map(([role, s]) => ({
      selector: `edge[type = "${ROLE}"][role = "${role}"]`,
      style: { 'line-color': s.color, 'target-arrow-color': s.color },
    })),
    // An event that did not take place (planned, offered, denied...), when the analyst asks to
    // see them: hollow and faint, its ties dashed, so it never passes for one that did.
    {
      selector: `node[type = "${EVENT}"][status != "${HAPPENED}"]`,
      style: {
        'background-opacity': 0.15,
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': '#8a2841',
        opacity: 0.75,
      },
    },
    {
      selector: `edge[type = "${ROLE}"][status != "${HAPPENED}"]`,
      style: { 'line-style': 'dashed', opacity: 0.45 },
    },
    // Compound groups: a state holding the people who hold office in it.
    {
      selector: ':parent',
      style: {
        'background-opacity': 0.07,
        'border-width': 1.5,
        'border-color': '#d9822b',
        'text-valign': 'top',
        'text-margin-y': -4,
        'font-weight': 'bold',
        padding: 12,
      },
    },
    {
      selector: 'node.collapsed',
      style: {
        label: 'data(collapsedLabel)',
        'border-width': 3,
        'border-style': 'double',
        'border-color': '#8a4f12',
      },
    },
    {
      selector: 'edge.meta',
      style: {
        width: 'mapData(count, 1, 10, 1.5, 7)',
        'line-color': '#90a4ae',
        'line-style': 'dashed',
        'target-arrow-shape': 'none',
        label: 'data(count)',
        'font-size': 8,
        color: '#546e7a',
      },
    },
    { selector: 'edge.contained', style: { display: 'none' } },
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
      selector: `node[type = "${MORE}"]`,
      style: {
        shape: 'round-tag',
        'background-color': '#eceff1',
        color: '#37474f',
        width: 30,
        height: 18,
      },
    },
    { selector: `edge[type = "${MORE}"]`, style: { 'line-style': 'dotted', width: 1 } },
    ...(timeline ? timelineRules() : []),
    // A fact an analyst rejected, drawn only when asked for: grey and dashed, beside the rest.
    {
      selector: 'edge.rejected',
      style: {
        'line-style': 'dashed',
        'line-color': '#b0bec5',
        'target-arrow-color': '#b0bec5',
        opacity: 0.7,
        width: 2,
      },
    },
    { selector: 'node.rejected-end', style: { opacity: 0.45 } },
  ];
}
