/**
 * What the filters hide: relation and entity types, sources, the time window with the graph
 * "as of" a date, unconnected nodes; and the time slider's stops and histogram.
 */
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../client/src/graph/elements.ts';
import {
  edgeVisible,
  firstSeen,
  hiddenBy,
  histogram,
  inWindow,
  nodeVisible,
  timeStops,
  NO_FILTERS,
} from '../../../client/src/graph/filters.ts';
import { GRAPH } from './fixtures.ts';

const elements = toElements(GRAPH);
const nodes = elements.filter((e) => e.group === 'nodes').map((e) => e.data);
const edges = elements
  .filter((e) => e.group === 'edges')
  .map(
    (e) =>
      e.data as typeof e.data & {
        source: string;
        target: string;
        date: string | null;
        sources: number;
      },
  );

describe('filters', () => {
  it('when relation types are chosen, then only those edges show, and event ties follow their event', () => {
    const f = { ...NO_FILTERS, relations: new Set(['MEDIATED']) };
    expect(GRAPH.edges.filter((e) => edgeVisible(e, f)).map((e) => e.id)).toEqual(['e1']);
    expect(edgeVisible({ type: 'ROLE', date: '2021', sources: 1 }, f)).toBe(true);
  });

  it('when a minimum of sources is set, then thinner edges and events hide', () => {
    expect(
      GRAPH.edges.filter((e) => edgeVisible(e, { ...NO_FILTERS, minSources: 2 })).map((e) => e.id),
    ).toEqual(['e1']);
    expect(
      nodeVisible({ type: 'EVENT', date: null, sources: 1 }, { ...NO_FILTERS, minSources: 2 }),
    ).toBe(false);
  });

  it('when the slider sits at a day, then later edges hide, undated stay, and a month counts from its first day', () => {
    const asOf = (to: string) =>
      GRAPH.edges.filter((e) => edgeVisible(e, { ...NO_FILTERS, to })).map((e) => e.id);
    expect(asOf('2021-12-31')).toEqual(['e1', 'e2', 'e4']);
    expect(asOf('2022-08-15')).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(asOf('2019-01-01')).toEqual(['e2']);
    expect(inWindow('2022-08', { from: '2022-08-31', to: null })).toBe(true);
    expect(inWindow('2022-07', { from: '2022-08-01', to: null })).toBe(false);
  });

  it('when entity types are chosen, then other nodes hide', () => {
    const onlyPeople = { ...NO_FILTERS, entities: new Set(['PERSON']) };
    expect(nodeVisible({ type: 'STATE' }, onlyPeople)).toBe(false);
    expect(nodeVisible({ type: 'PERSON' }, onlyPeople)).toBe(true);
    expect(nodeVisible({ type: 'MORE' }, onlyPeople)).toBe(true);
  });

  it('when a node is first tied by a dated edge, then that is its first date; undated ties give it none', () => {
    const first = firstSeen(GRAPH.edges);
    expect(first.get('person:ben')).toBe('2021-05-02');
    // Ana leads Arda (undated) and met someone in 2020: the dated fact is her first.
    expect(first.get('person:ana')).toBe('2020');
    // Arda is tied by the undated LEADS and by a meeting in August 2022.
    expect(first.get('state:arda')).toBe('2022-08');
    expect(first.has('place:port-alda')).toBe(false);
  });

  it('when the view is as of a date, then actors before their first dated fact hide, whatever undated ties they have', () => {
    const hidden = hiddenBy(nodes, edges, { ...NO_FILTERS, to: '2021-01' });
    // Nothing in the view is dated before May 2021: the undated LEADS keeps neither Ana nor Arda.
    expect([...hidden.nodes].sort()).toEqual([
      'event:talks-2021-05-02-port-alda',
      'person:ana',
      'person:ben',
      'place:port-alda',
      'state:arda',
    ]);
    expect(hidden.edges.has('e1')).toBe(true);
    expect(hidden.edges.has('e2')).toBe(true);
    // By June 2021 the talks tie Ana and Ben; Arda waits for its meeting of August 2022, and a
    // date of month precision counts from its first day.
    const later = hiddenBy(nodes, edges, { ...NO_FILTERS, to: '2021-06' });
    expect(later.nodes.has('person:ben')).toBe(false);
    expect(later.nodes.has('person:ana')).toBe(false);
    expect(later.nodes.has('state:arda')).toBe(true);
    const august = hiddenBy(nodes, edges, { ...NO_FILTERS, to: '2022-08-01' });
    expect(august.nodes.has('state:arda')).toBe(false);
    expect(august.edges.has('e2')).toBe(false);
    // With no "as of", undated ties are drawn as ever.
    expect(hiddenBy(nodes, edges, NO_FILTERS).nodes.size).toBe(0);
  });

  it("when an event was only planned, then it hides until its status is ticked, says so in its label, and dates no one's first tie", () => {
    const planned = toElements({
      ...GRAPH,
      nodes: [
        ...GRAPH.nodes,
        { id: 'person:cai', label: 'Cai Wen', type: 'PERSON', degree: 0, sources: 1 },
      ],
      events: [
        ...GRAPH.events!,
        {
          id: 'event:talks-planned-2020-09-x',
          kind: 'talks',
          status: 'PLANNED',
          date: '2020-09',
          place: null,
          participants: [
            { role: 'host', entity: { id: 'person:cai' } },
            { role: 'party', entity: { id: 'person:ben' } },
          ],
          articles: [{ id: 'article:3' }],
        },
      ],
    });
    const plan = planned.find((e) => e.data.id === 'event:talks-planned-2020-09-x')!.data;
    expect(plan.label).toBe('talks 2020-09 (planned)');
    const n = planned.filter((e) => e.group === 'nodes').map((e) => e.data);
    const es = planned.filter((e) => e.group === 'edges').map((e) => e.data as (typeof edges)[0]);
    // By default only what happened shows; as of 2021-01, Ben is still hidden: a plan of
    // September 2020 is no tie to the record (his first is the talks of May 2021).
    const byDefault = hiddenBy(n, es, { ...NO_FILTERS, to: '2021-01' });
    expect(byDefault.nodes.has(plan.id)).toBe(true);
    expect(byDefault.nodes.has('person:ben')).toBe(true);
    const asked = { ...NO_FILTERS, statuses: new Set(['HAPPENED', 'PLANNED']) };
    expect(hiddenBy(n, es, asked).nodes.has(plan.id)).toBe(false);
    expect(nodeVisible(plan, asked)).toBe(true);
    expect(nodeVisible(plan, NO_FILTERS)).toBe(false);
  });

  it('when unconnected nodes are to be hidden, then a node whose edges are all filtered away goes too', () => {
    const f = { ...NO_FILTERS, relations: new Set(['LEADS']), hideIsolated: true };
    const actors = nodes.filter((n) => n.type !== 'EVENT');
    const hidden = hiddenBy(
      actors,
      edges.filter((e) => e.type !== 'ROLE'),
      f,
    );
    expect([...hidden.nodes].sort()).toEqual(['person:ben', 'place:port-alda']);
    expect(hiddenBy(nodes, edges, NO_FILTERS, new Set(['state:arda'])).edges.has('e2')).toBe(true);
  });

  it('when the slider is built, then its stops are the distinct dates of edges and events in order', () => {
    expect(timeStops([...GRAPH.edges, { date: '2021-05-02' }])).toEqual([
      '2020',
      '2021-05-02',
      '2022-08',
    ]);
  });

  it('when the histogram is drawn, then each bar counts the items of whole stops, at most the bars asked', () => {
    const stops = ['2020', '2021', '2022', '2023', '2024'];
    const items = ['2020', '2020', '2021', '2024', null].map((date) => ({ date }));
    expect(histogram(items, stops, 5).map((b) => b.count)).toEqual([2, 1, 0, 0, 1]);
    const two = histogram(items, stops, 2);
    expect(two).toEqual([
      { from: 0, to: 3, count: 3 },
      { from: 3, to: 5, count: 1 },
    ]);
    expect(histogram(items, [])).toEqual([]);
  });
});
