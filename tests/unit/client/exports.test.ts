/**
 * One export model for every format: what the view shows (filters, the analyst's hidden nodes,
 * folded members in, drawing aids out), written as CSV, drawn as SVG with or without its
 * legend. Headless: the page only hands its elements over.
 */
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../client/src/graph/elements.ts';
import { MORE, NO_FILTERS } from '../../../client/src/graph/filters.ts';
import { META } from '../../../client/src/graph/meta-edges.ts';
import { toCsv } from '../../../client/src/export/csv.ts';
import { toSvg } from '../../../client/src/export/svg.ts';
import {
  legendEntries,
  viewModel,
  type ModelElement,
} from '../../../client/src/export/view-model.ts';
import { GRAPH } from './fixtures.ts';

/** The view's elements, judged by the rule alone (as folded members are). */
const drawn = toElements(GRAPH) as unknown as ModelElement[];
const aids: ModelElement[] = [
  { group: 'nodes', data: { id: 'more:person:ana', type: MORE, label: '+3 more' } },
  {
    group: 'edges',
    data: { id: 'meta:1', type: META, source: 'state:arda', target: 'person:ben' },
  },
];
/** A member folded into a collapsed group: not drawn, but part of the view. */
const folded: ModelElement = {
  group: 'nodes',
  data: { id: 'person:cai', type: 'PERSON', label: 'Cai, "the =envoy"', parent: 'state:arda' },
};
const ids = (list: ModelElement[]) => list.map((e) => e.data.id).sort();

describe('export model', () => {
  it('when nothing is filtered, then it holds every element and folded member, and no drawing aid', () => {
    const model = viewModel(aids, [...drawn, folded], NO_FILTERS, new Set());
    expect(ids(model.nodes)).toEqual(
      [
        'event:talks-2021-05-02-port-alda',
        'person:ana',
        'person:ben',
        'person:cai',
        'place:port-alda',
        'state:arda',
      ].sort(),
    );
    expect(model.edges.map((e) => e.data.type)).not.toContain(META);
  });

  it('when filters or the analyst hide elements, then the model leaves out exactly those', () => {
    const onlyMediated = viewModel(
      [],
      drawn,
      { ...NO_FILTERS, relations: new Set(['MEDIATED']) },
      new Set(),
    );
    expect(onlyMediated.edges.filter((e) => e.data.type !== 'ROLE').map((e) => e.data.id)).toEqual([
      'e1',
    ]);
    const asOf = viewModel([], drawn, { ...NO_FILTERS, to: '2021-01' }, new Set());
    expect(ids(asOf.nodes)).toEqual([]);
    const hidden = viewModel([], drawn, NO_FILTERS, new Set(['person:ben']));
    expect(ids(hidden.nodes)).not.toContain('person:ben');
    expect(
      hidden.edges.some((e) => e.data.source === 'person:ben' || e.data.target === 'person:ben'),
    ).toBe(false);
  });

  it("when an element is on the canvas, then the page's own verdict decides, whatever its folded neighbours", () => {
    const onPage: ModelElement[] = [
      {
        group: 'nodes',
        data: { id: 'state:arda', type: 'STATE', label: 'Arda' },
        classes: 'hidden',
      },
      {
        group: 'nodes',
        data: { id: 'person:ana', type: 'PERSON', label: 'Ana' },
        classes: 'pinned',
      },
    ];
    const model = viewModel(onPage, [], { ...NO_FILTERS, to: '1900' }, new Set());
    expect(ids(model.nodes)).toEqual(['person:ana']);
  });

  it('when a legend is asked, then it counts the types the model holds, relations without event ties', () => {
    const model = viewModel([], drawn, NO_FILTERS, new Set());
    expect(legendEntries(model).map((e) => [e.label, e.count])).toEqual([
      ['Person', 2],
      ['State', 1],
      ['Place', 1],
      ['Event', 1],
      ['mediated', 1],
      ['met with', 1],
      ['leads', 1],
    ]);
  });
});

describe('CSV', () => {
  it('when the model is written, then nodes and edges come as two files, quoted, with no formula to run', () => {
    const csv = toCsv(viewModel([], [...drawn, folded], NO_FILTERS, new Set()));
    const nodeLines = csv.nodes.trimEnd().split('\r\n');
    expect(nodeLines[0]).toBe('id,label,type,degree,sources,date,status,group');
    expect(nodeLines).toContain(`person:cai,"Cai, ""the =envoy""",PERSON,,,,,state:arda`);
    expect(nodeLines).toHaveLength(1 + 6);
    const edgeLines = csv.edges.trimEnd().split('\r\n');
    expect(edgeLines[0]).toBe('id,source,target,type,role,date,sources,directed');
    expect(edgeLines).toContain('e1,person:ana,person:ben,MEDIATED,,2021-05-02,2,true');
    const risky = toCsv({
      nodes: [{ group: 'nodes', data: { id: 'x', type: 'PERSON', label: '=HYPERLINK("evil")' } }],
      edges: [],
    });
    expect(risky.nodes).toContain(`x,"'=HYPERLINK(""evil"")",PERSON`);
  });
});

describe('SVG', () => {
  const nodes = [
    { id: 'a', label: 'Ana <Lima>', type: 'PERSON', x: 0, y: 0, size: 20 },
    { id: 's', label: 'Arda', type: 'STATE', x: 100, y: 50, size: 30 },
  ];
  const edges = [
    { source: 'a', target: 's', type: 'LEADS', directed: true },
    { source: 'a', target: 'gone', type: 'MET_WITH', directed: false },
  ];

  it('when the drawing is written, then each node has its shape and label, each edge its line, directed ones an arrow', () => {
    const svg = toSvg(nodes, edges, null);
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('<circle cx="0" cy="0" r="10" fill="#2f6fde"/>');
    expect(svg).toContain('<rect x="85"');
    expect(svg).toContain('&lt;Lima&gt;');
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('marker-end="url(#arrow-LEADS)"');
    expect(svg).not.toContain('class="legend"');
  });

  it('when the legend is asked, then it is drawn beside the graph with its counts', () => {
    const svg = toSvg(nodes, edges, [
      { kind: 'node', type: 'PERSON', label: 'Person', color: '#2f6fde', count: 1 },
      { kind: 'edge', type: 'LEADS', label: 'leads', color: '#9e9e9e', count: 1 },
    ]);
    expect(svg).toContain('class="legend"');
    expect(svg).toContain('>Person (1)</text>');
    expect(svg).toContain('>leads (1)</text>');
  });
});
