/**
 * What the store keeps beside the graph (each entity's degree and sources, each relation's
 * sources, search terms, event days, the graph's totals) is kept at write time, through new
 * articles and corrections that retract old ones; and a store without it (one written by an
 * older Parley) gets it built when opened. The two must agree: the store is filled and
 * corrected, everything derived is read, then stripped, rebuilt by reopening, and read again.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { syntheticExtractions } from '../../bench/synthetic-graph.ts';
import { loadQueries, type GraphStore } from '../../server/store/index.ts';
import type { CypherEngine } from '../../server/store/cypher-engine.ts';
import { CypherGraphStore } from '../../server/store/cypher-graph-store.ts';
import { GrafeoEngine } from '../../server/store/embedded/grafeo-engine.ts';
import { emptiedNeo4j, forEachEngine, type EngineKind } from '../helpers/engines.ts';

/** Everything derived, in one order: what a drift at write time would show in. */
async function derived(engine: CypherEngine) {
  return {
    entities: await engine.read(
      'MATCH (n:Entity) RETURN n.id AS id, n.degree AS degree, n.sources AS sources ORDER BY id',
    ),
    relations: await engine.read(
      'MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL RETURN r.key AS key, r.sources AS sources ORDER BY key',
    ),
    terms: await engine.read(
      'MATCH (n:Entity)-[:KNOWN_AS]->(t:Term) RETURN n.id AS id, t.text AS text, t.whole AS whole, t.slot AS slot ORDER BY id, text, whole',
    ),
    events: await engine.read(
      'MATCH (e:Event) RETURN e.id AS id, e.day AS day, e.month AS month, e.kindMonth AS kindMonth ORDER BY id',
    ),
    meta: await engine.read(
      'MATCH (m:Meta) RETURN m.entities AS entities, m.relations AS relations, m.events AS events, m.articles AS articles, m.firstDay AS firstDay, m.lastDay AS lastDay, m.maxDegree AS maxDegree',
    ),
  };
}

/** What the app asks that the derived data answers. */
async function answers(store: GraphStore) {
  const overview = await store.overview(60);
  return {
    stats: await store.stats(),
    overview,
    search: await store.search('ka', { first: 30 }),
    events: await store.events({ first: 30 }),
    neighbourhood: await store.neighborhood({
      id: overview.nodes[0]!.id,
      depth: 1,
      types: null,
      first: 100,
    }),
  };
}

forEachEngine('derived data', (kind: EngineKind) => {
  let engine: CypherEngine;
  let store: GraphStore;
  let kept: { derived: Awaited<ReturnType<typeof derived>>; answers: unknown };
  let rebuilt: typeof kept;

  beforeAll(async () => {
    engine = kind === 'embedded' ? GrafeoEngine.open(null) : await emptiedNeo4j();
    store = await CypherGraphStore.create(engine, loadQueries(kind));
    // The second graph's digests have the first's URLs: each replaces one, retracting it.
    for (const x of syntheticExtractions(1_500, 3)) await store.writeExtraction(x);
    for (const x of syntheticExtractions(1_000, 5)) await store.writeExtraction(x);
    kept = { derived: await derived(engine), answers: await answers(store) };

    await engine.write(async (run) => {
      await run('MATCH (n:Entity) REMOVE n.degree, n.sources');
      await run('MATCH (:Entity)-[r]->(:Entity) REMOVE r.sources');
      await run('MATCH (t:Term) DETACH DELETE t');
      await run('MATCH (e:Event) REMOVE e.day, e.month, e.kindMonth');
      await run('MATCH (m:Meta) DETACH DELETE m');
    });
    store = await CypherGraphStore.create(engine, loadQueries(kind));
    rebuilt = { derived: await derived(engine), answers: await answers(store) };
  }, 600_000);
  afterAll(async () => {
    await engine?.close();
  });

  it('when articles are written and corrected, then what is kept at write time is what a recount gives', () => {
    expect(kept.derived.entities.length).toBeGreaterThan(300);
    expect(kept.derived.terms.length).toBeGreaterThan(kept.derived.entities.length);
    expect((kept.derived.meta[0]!.articles as number) > 0).toBe(true);
    // The bounds kept at write time never shrink (a retraction may leave them beyond what is
    // left, which costs a read only empty seeks): they hold what a recount gives.
    const bounds = ({ firstDay, lastDay, maxDegree, ...counts }: Record<string, unknown>) => ({
      counts,
      bounds: [String(firstDay), String(lastDay), Number(maxDegree)] as const,
    });
    const keptMeta = bounds(kept.derived.meta[0]!);
    const recount = bounds(rebuilt.derived.meta[0]!);
    expect(recount.counts).toEqual(keptMeta.counts);
    expect(keptMeta.bounds[0] <= recount.bounds[0]).toBe(true);
    expect(keptMeta.bounds[1] >= recount.bounds[1]).toBe(true);
    expect(keptMeta.bounds[2]).toBeGreaterThanOrEqual(recount.bounds[2]);
    expect({ ...rebuilt.derived, meta: [] }).toEqual({ ...kept.derived, meta: [] });
  });

  it('when a store without derived data is opened, then it answers as the store that kept it', () => {
    expect(rebuilt.answers).toEqual(kept.answers);
  });

  it('when a store is opened again, then its derived data is not rebuilt', async () => {
    await engine.write((run) => run('MATCH (m:Meta) SET m.articles = -1'));
    await CypherGraphStore.create(engine, loadQueries(kind));
    expect((await store.stats()).articles).toBe(-1);
  });
});
