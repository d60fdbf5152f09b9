/**
 * What one explorer request costs the store and the wire: a subgraph loads its events in one
 * batch, as sketches without their sentences, answers ids the parent already holds without
 * loading anything, counts an edge's
 * sources without loading its evidence, and comes compressed; and when a batch fails, the
 * answer says so instead of leaving its part out. On the seeds, through the explorer's own
 * query text.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../server/errors/index.ts';
import type { GraphStore } from '../../server/store/index.ts';
import { forEachEngine } from '../helpers/engines.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The explorer's subgraph selection (client/src/api.ts). */
const SUBGRAPH = `nodes { id label type degree sources }
  edges { id type source target date directed sources event { id } } truncated
  events { id kind date place { id } participants { role entity { id } } articles { id } }`;
const NEIGHBOURHOOD = `query($id: ID!) { neighborhood(id: $id) { ${SUBGRAPH} } }`;

type Calls = Record<
  'eventsAmong' | 'eventSketches' | 'eventsById' | 'entities' | 'evidence' | 'relationsByKey',
  number
>;

/** Counts the store calls the resolvers make, by wrapping the server's own store. */
function countCalls(store: GraphStore): { calls: Calls; restore: () => void } {
  const calls: Calls = {
    eventsAmong: 0,
    eventSketches: 0,
    eventsById: 0,
    entities: 0,
    evidence: 0,
    relationsByKey: 0,
  };
  const methods = store as unknown as Record<keyof Calls, (...args: unknown[]) => unknown>;
  const originals = (Object.keys(calls) as (keyof Calls)[]).map((key) => {
    const original = methods[key];
    methods[key] = (...args) => {
      calls[key]++;
      return original.apply(store, args);
    };
    return () => void (methods[key] = original);
  });
  return { calls, restore: () => originals.forEach((undo) => undo()) };
}

forEachEngine('lean responses', (engine) => {
  let server: TestServer;
  let undo: () => void = () => undefined;
  beforeAll(async () => {
    server = await startTestServer(SEEDS, engine);
  });
  afterEach(() => undo());
  afterAll(() => server.close());

  it('when the explorer asks a neighbourhood, then its events load in one batch, and ids and counts the parent holds load nothing', async () => {
    const { calls, restore } = countCalls(server.parley.store);
    undo = restore;
    const { data, errors } = await server.gql<{
      neighborhood: {
        edges: { sources: number; event: { id: string } | null }[];
        events: { participants: { entity: { id: string } }[] }[];
      };
    }>(NEIGHBOURHOOD, { id: 'person:vladimir-putin' });
    expect(errors).toBeUndefined();
    const graph = data!.neighborhood;
    expect(graph.events.length).toBeGreaterThan(0);
    expect(graph.edges.some((e) => e.event !== null)).toBe(true);
    expect(graph.edges.every((e) => e.sources >= 1)).toBe(true);
    // Events as the subgraph draws them, found and sketched in one call, without their
    // reports' sentences.
    expect(calls).toEqual({
      eventsAmong: 1,
      eventSketches: 0,
      eventsById: 0,
      entities: 0,
      evidence: 0,
      relationsByKey: 0,
    });
  });

  it('when an edge is asked for more of its event than the id, then the event is loaded', async () => {
    const { calls, restore } = countCalls(server.parley.store);
    undo = restore;
    const { data } = await server.gql<{
      neighborhood: { edges: { event: { id: string; kind: string } | null }[] };
    }>('query($id: ID!) { neighborhood(id: $id) { edges { event { id kind } } events { id } } }', {
      id: 'person:vladimir-putin',
    });
    expect(data!.neighborhood.edges.find((e) => e.event)!.event!.kind).toMatch(/\w/);
    expect(calls).toMatchObject({ eventsAmong: 1, eventSketches: 0, eventsById: 1 });
  });

  it('when the store fails while loading a batch of events, then the answer carries the error instead of fewer events', async () => {
    const store = server.parley.store;
    const original = store.eventsAmong;
    store.eventsAmong = () =>
      Promise.reject(new AppError(ErrorCode.TIMEOUT, 'The request ran out of its time budget'));
    undo = () => void (store.eventsAmong = original);
    const { data, errors } = await server.gql(NEIGHBOURHOOD, { id: 'person:vladimir-putin' });
    expect(errors?.map((e) => e.extensions?.code)).toContain(ErrorCode.TIMEOUT);
    expect(data?.neighborhood ?? null).toBeNull();
  });

  it('when an answer names several mediators, then their subgraphs load in one call, each with only its own relations', async () => {
    const { calls, restore } = countCalls(server.parley.store);
    undo = restore;
    const { data, errors } = await server.gql<{
      mediations: {
        mediator: { id: string };
        subgraph: {
          nodes: { id: string }[];
          edges: { id: string; source: string; target: string }[];
        };
      }[];
    }>(
      `query($b: [ID!]!) { mediations(between: $b, level: PERSON) {
        mediator { id } subgraph { nodes { id } edges { id source target } } } }`,
      { b: ['person:ilham-aliyev', 'person:nikol-pashinyan'] },
    );
    expect(errors).toBeUndefined();
    const answers = data!.mediations;
    expect(answers.length).toBeGreaterThan(1);
    expect(calls.relationsByKey).toBe(1);
    for (const { mediator, subgraph } of answers) {
      expect(subgraph.edges.length).toBeGreaterThan(0);
      // Its own: every relation starts at its mediator, and the nodes are their ends.
      expect(subgraph.edges.every((e) => e.source === mediator.id)).toBe(true);
      expect(subgraph.nodes.map((n) => n.id).sort()).toEqual(
        [...new Set(subgraph.edges.flatMap((e) => [e.source, e.target]))].sort(),
      );
    }
  });

  it('when the overview is asked by a client that takes brotli or gzip, then it comes compressed', async () => {
    const body = JSON.stringify({
      query: `query($first: Int) { overview(first: $first) { ${SUBGRAPH} } }`,
      variables: { first: 500 },
    });
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await fetch(`${server.parley.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': encoding },
        body,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding') ?? 'identity').toBe(encoding);
      // fetch decodes what it was sent: every encoding carries the same overview.
      expect((await response.json()).data.overview.nodes.length).toBeGreaterThan(10);
    }
  });
});
