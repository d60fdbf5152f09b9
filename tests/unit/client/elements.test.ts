/**
 * API subgraphs to Cytoscape elements, loaded into a headless Cytoscape: actors, relations,
 * and events as nodes of their own with role edges.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { capNeighbours, toElements } from '../../../client/src/graph/elements.ts';
import { GRAPH } from './fixtures.ts';

describe('elements', () => {
  it('when a subgraph is loaded into headless Cytoscape, then every node, event and edge with both ends is there', () => {
    const cy = cytoscape({ headless: true, elements: toElements(GRAPH) as never });
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual([
      'event:talks-2021-05-02-port-alda',
      'person:ana',
      'person:ben',
      'place:port-alda',
      'state:arda',
    ]);
    // e4 points at a node the view lacks; so does the third party of the event.
    expect(
      cy
        .edges('[type != "ROLE"]')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['e1', 'e2', 'e3']);
    expect(cy.$id('e1').data()).toMatchObject({
      directed: true,
      eventId: 'event:talks-2021-05-02-port-alda',
      eventKind: 'talks',
    });
  });

  it('when an event comes along, then it is a dated EVENT node tied to each participant and its place by role', () => {
    const cy = cytoscape({ headless: true, elements: toElements(GRAPH) as never });
    const event = cy.$id('event:talks-2021-05-02-port-alda');
    expect(event.data()).toMatchObject({
      type: 'EVENT',
      date: '2021-05-02',
      label: 'talks 2021-05-02',
    });
    // Two distinct articles report it, one of them twice.
    expect(event.data('sources')).toBe(2);
    const roles = event
      .connectedEdges()
      .map((e) => [e.data('role'), e.source().id(), e.target().id()]);
    expect(roles.sort()).toEqual(
      [
        ['mediator', 'person:ana', event.id()],
        ['party', 'person:ben', event.id()],
        ['venue', event.id(), 'place:port-alda'],
      ].sort(),
    );
  });

  it('when a neighbourhood is merged, then what is on screen is not added twice', () => {
    const present = new Set(['person:ana', 'e1', 'event:talks-2021-05-02-port-alda']);
    const ids = toElements(GRAPH, present).map((e) => e.data.id);
    expect(ids).not.toContain('person:ana');
    expect(ids).not.toContain('e1');
    expect(ids).not.toContain('event:talks-2021-05-02-port-alda');
    expect(ids).toContain('e2');
    // Nodes come before edges, so Cytoscape can add them in one call.
    const firstEdge = toElements(GRAPH).findIndex((e) => e.group === 'edges');
    expect(
      toElements(GRAPH)
        .slice(firstEdge)
        .every((e) => e.group === 'edges'),
    ).toBe(true);
  });

  it('when a node has more neighbours than the cap, then the busiest are kept and the rest counted', () => {
    const { shown, hidden } = capNeighbours(GRAPH, 'person:ben', 1);
    expect(shown.nodes.map((n) => n.id).sort()).toEqual(['person:ana', 'person:ben']);
    expect(hidden).toBe(2);
    expect(shown.edges.map((e) => e.id)).toEqual(['e1']);
    expect(shown.events).toHaveLength(1);
    expect(capNeighbours(GRAPH, 'person:ben', 10).hidden).toBe(0);
  });
});
