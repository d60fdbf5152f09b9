/**
 * A small invented view for the client's headless tests: two envoys, two states, a mediated
 * meeting with its event, a role, and a meeting without a date.
 */
import type { ApiEdge, Subgraph } from '../../../client/src/graph/elements.ts';

export const edge = (
  id: string,
  source: string,
  target: string,
  type: string,
  date: string | null,
  sources = 1,
  event: ApiEdge['event'] = null,
): ApiEdge => ({ id, source, target, type, date, directed: type === 'MEDIATED', sources, event });

export const GRAPH: Subgraph = {
  nodes: [
    { id: 'person:ana', label: 'Ana Lima', type: 'PERSON', degree: 3, sources: 2 },
    { id: 'person:ben', label: 'Ben Okoro', type: 'PERSON', degree: 1, sources: 1 },
    { id: 'state:arda', label: 'Arda', type: 'STATE', degree: 2, sources: 3 },
    { id: 'place:port-alda', label: 'Port Alda', type: 'PLACE', degree: 0, sources: 1 },
  ],
  edges: [
    // The server gives an edge's event by id; its kind is the subgraph event's.
    edge('e1', 'person:ana', 'person:ben', 'MEDIATED', '2021-05-02', 2, {
      id: 'event:talks-2021-05-02-port-alda',
    }),
    edge('e2', 'person:ana', 'state:arda', 'LEADS', null),
    edge('e3', 'person:ben', 'state:arda', 'MET_WITH', '2022-08'),
    edge('e4', 'person:ana', 'person:nobody', 'MET_WITH', '2020'),
  ],
  events: [
    {
      id: 'event:talks-2021-05-02-port-alda',
      kind: 'talks',
      date: '2021-05-02',
      place: { id: 'place:port-alda' },
      participants: [
        { role: 'mediator', entity: { id: 'person:ana' } },
        { role: 'party', entity: { id: 'person:ben' } },
        { role: 'party', entity: { id: 'state:elsewhere' } },
      ],
      articles: [{ id: 'article:1' }, { id: 'article:2' }, { id: 'article:1' }],
    },
  ],
};
