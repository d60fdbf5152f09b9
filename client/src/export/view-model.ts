/**
 * The one export model: what the view shows, as data. Every export starts here, so JSON,
 * GraphML and CSV hold the same elements and the legend of PNG and SVG counts them:
 * filtered-out elements and nodes the analyst hid stay out; members folded into a collapsed group stay in (the
 * group stands for them); "+N more" markers and the meta-edges of folded groups are drawing
 * aids and stay out. The legend of an image counts the same model.
 */
import { EVENT, ROLE } from '../graph/elements.ts';
import { hiddenBy, MORE, type Filters } from '../graph/filters.ts';
import { META } from '../graph/meta-edges.ts';
import { EDGE_STYLES, NODE_STYLES } from '../graph/style.ts';

export interface ModelElement {
  group: 'nodes' | 'edges';
  data: Record<string, unknown> & { id: string; type: string };
  position?: { x: number; y: number };
  /** Cytoscape's classes: `hidden` on a drawn element is the page's own filter verdict. */
  classes?: string;
}

export interface ViewModel {
  nodes: ModelElement[];
  edges: ModelElement[];
}

const isAid = (e: ModelElement) => e.data.type === MORE || e.data.type === META;
const hiddenOnPage = (e: ModelElement) => /(^|\s)hidden(\s|$)/.test(e.classes ?? '');

/**
 * `drawn`: the elements on the canvas, each shown or not as the page's filters decided (the
 * same rule, filters.ts); `folded`: members kept aside by collapsed groups, which the page
 * does not filter, so they are judged here by that rule, with every element in view.
 */
export function viewModel(
  drawn: readonly ModelElement[],
  folded: readonly ModelElement[],
  filters: Filters,
  userHidden: ReadonlySet<string>,
): ViewModel {
  const all = [...drawn, ...folded].filter((e) => !isAid(e));
  const hidden = hiddenBy(
    all.filter((e) => e.group === 'nodes').map((n) => n.data),
    all
      .filter((e) => e.group === 'edges')
      .map(
        (e) =>
          e.data as ModelElement['data'] & {
            source: string;
            target: string;
            date: string | null;
            sources: number;
          },
      ),
    filters,
    userHidden,
  );
  const shown = [
    ...drawn.filter((e) => !isAid(e) && !hiddenOnPage(e)),
    ...folded.filter(
      (e) => !isAid(e) && !hidden.nodes.has(e.data.id) && !hidden.edges.has(e.data.id),
    ),
  ];
  return {
    nodes: shown.filter((e) => e.group === 'nodes'),
    edges: shown.filter((e) => e.group === 'edges'),
  };
}

export interface LegendEntry {
  kind: 'node' | 'edge';
  type: string;
  label: string;
  color: string;
  count: number;
}

/** The legend of an exported image: each node and relation type the model holds, with counts. */
export function legendEntries(model: ViewModel): LegendEntry[] {
  const count = (list: ModelElement[]) => {
    const counts = new Map<string, number>();
    for (const e of list) counts.set(e.data.type, (counts.get(e.data.type) ?? 0) + 1);
    return counts;
  };
  const nodes = count(model.nodes);
  const edges = count(model.edges.filter((e) => e.data.type !== ROLE));
  return [
    ...Object.entries(NODE_STYLES)
      .filter(([type]) => nodes.has(type))
      .map(([type, s]) => ({
        kind: 'node' as const,
        type,
        label: type === EVENT ? 'Event' : s.label,
        color: s.color,
        count: nodes.get(type)!,
      })),
    ...Object.entries(EDGE_STYLES)
      .filter(([type]) => edges.has(type))
      .map(([type, s]) => ({
        kind: 'edge' as const,
        type,
        label: s.label,
        color: s.color,
        count: edges.get(type)!,
      })),
  ];
}
