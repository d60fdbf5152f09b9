/**
 * The explorer's logic without a browser: API subgraphs to Cytoscape elements (loaded into a
 * headless Cytoscape), filters, the time slider's stops, the timeline layout, URL state and
 * GraphML export.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { capNeighbours, toElements, type Subgraph } from '../../../client/src/graph/elements.ts';
import {
  edgeVisible,
  nodeVisible,
  timeStops,
  NO_FILTERS,
} from '../../../client/src/graph/filters.ts';
import { timelinePositions } from '../../../client/src/graph/timeline.ts';
import { toGraphML } from '../../../client/src/export/graphml.ts';
import { decodeView, encodeView } from '../../../client/src/state/url-state.ts';

const edge = (
  id: string,
  source: string,
  target: string,
  type: string,
  date: string | null,
  sources = 1,
) => ({
  id,
  source,
  target,
  type,
  date,
  directed: type === 'MEDIATED',
  sources,
  evidence: [`${source} ${type} ${target}.`],
  event: null,
});
const GRAPH: Subgraph = {
  nodes: [
    { id: 'person:ana', label: 'Ana', type: 'PERSON', degree: 3 },
    { id: 'person:ben', label: 'Ben', type: 'PERSON', degree: 1 },
    { id: 'state:arda', label: 'Arda', type: 'STATE', degree: 2 },
  ],
  edges: [
    edge('e1', 'person:ana', 'person:ben', 'MEDIATED', '2021-05-02', 2),
    edge('e2', 'person:ana', 'state:arda', 'LEADS', null),
    edge('e3', 'person:ben', 'state:arda', 'MET_WITH', '2022-08'),
    edge('e4', 'person:ana', 'person:nobody', 'MET_WITH', '2020'),
  ],
};

describe('elements', () => {
  it('when a subgraph is loaded into headless Cytoscape, then every node and every edge with both ends is there', () => {
    const cy = cytoscape({ headless: true, elements: toElements(GRAPH) as never });
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['person:ana', 'person:ben', 'state:arda']);
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual(['e1', 'e2', 'e3']);
    expect(cy.$id('e1').data('directed')).toBe(true);
  });

  it('when a neighbourhood is merged, then what is on screen is not added twice', () => {
    const present = new Set(['person:ana', 'e1']);
    const added = toElements(GRAPH, present);
    expect(added.map((e) => e.data.id)).not.toContain('person:ana');
    expect(added.map((e) => e.data.id)).not.toContain('e1');
    expect(added.map((e) => e.data.id)).toContain('e2');
  });

  it('when a node has more neighbours than the cap, then the busiest are kept and the rest counted', () => {
    const { shown, hidden } = capNeighbours(GRAPH, 'person:ben', 1);
    expect(shown.nodes.map((n) => n.id).sort()).toEqual(['person:ana', 'person:ben']);
    expect(hidden).toBe(1);
  });
});

describe('filters and time', () => {
  it('when relation types are chosen, then only those edges show', () => {
    const f = { ...NO_FILTERS, relations: new Set(['MEDIATED']) };
    expect(GRAPH.edges.filter((e) => edgeVisible(e, f)).map((e) => e.id)).toEqual(['e1']);
  });

  it('when a minimum of sources is set, then thinner edges hide', () => {
    expect(
      GRAPH.edges.filter((e) => edgeVisible(e, { ...NO_FILTERS, minSources: 2 })).map((e) => e.id),
    ).toEqual(['e1']);
  });

  it('when the slider sits at a day, then later edges hide, undated stay, and a month counts from its first day', () => {
    const asOf = (to: string) =>
      GRAPH.edges.filter((e) => edgeVisible(e, { ...NO_FILTERS, to })).map((e) => e.id);
    expect(asOf('2021-12-31')).toEqual(['e1', 'e2', 'e4']);
    expect(asOf('2022-08-15')).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(asOf('2019-01-01')).toEqual(['e2']);
  });

  it('when entity types are chosen, then other nodes hide', () => {
    expect(nodeVisible({ type: 'STATE' }, { ...NO_FILTERS, entities: new Set(['PERSON']) })).toBe(
      false,
    );
    expect(nodeVisible({ type: 'PERSON' }, { ...NO_FILTERS, entities: new Set(['PERSON']) })).toBe(
      true,
    );
  });

  it('when the slider is built, then its stops are the distinct dates in order', () => {
    expect(timeStops(GRAPH.edges)).toEqual(['2020', '2021-05-02', '2022-08']);
  });

  it('when the timeline layout runs, then earlier nodes sit left and types keep their lanes', () => {
    const positions = timelinePositions(GRAPH.nodes, GRAPH.edges);
    expect(positions.get('person:ana')!.x).toBeLessThan(positions.get('state:arda')!.x);
    expect(positions.get('person:ana')!.y).not.toBe(positions.get('state:arda')!.y);
  });
});

describe('URL state', () => {
  it('when a view is written to the URL and read back, then it is the same view', () => {
    const view = {
      focus: 'person:ana',
      types: ['MEDIATED', 'MET_WITH'],
      from: '2020-01-01',
      to: '2022-08',
      layout: 'timeline',
    };
    const search = encodeView(view);
    expect(search).toBe(
      '?focus=person:ana&types=MEDIATED,MET_WITH&from=2020-01-01&to=2022-08&layout=timeline',
    );
    expect(decodeView(search)).toEqual(view);
  });

  it('when the URL holds junk, then it is dropped rather than trusted', () => {
    expect(decodeView('?focus=<script>&types=MEDIATED,x y&from=yesterday&layout=spiral')).toEqual({
      focus: null,
      types: ['MEDIATED'],
      from: null,
      to: null,
      layout: 'fcose',
    });
  });
});

describe('GraphML export', () => {
  it('when the view is exported, then the XML declares its keys and escapes text', () => {
    const xml = toGraphML(
      [{ id: 'person:ana', label: 'Ana & "Co"', type: 'PERSON' }],
      [
        {
          ...edge('e1', 'person:ana', 'person:ana', 'MEDIATED', '2021'),
          evidence: ['<b>said</b>'],
        },
      ],
    );
    expect(xml).toMatch(/<key id="relation" for="edge"/);
    expect(xml).toContain('Ana &amp; &quot;Co&quot;');
    expect(xml).toContain('&lt;b&gt;said&lt;/b&gt;');
    expect(xml.match(/<node /g)).toHaveLength(1);
    expect(xml.match(/<edge /g)).toHaveLength(1);
  });
});
