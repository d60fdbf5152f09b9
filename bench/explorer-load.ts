/**
 * What the benchmarks ask a server: the explorer's own queries (client/src/api.ts) with
 * arguments drawn from a generated graph, the same on every run. Search for the first letters
 * of a name, the neighbourhood of an entity, who mediated between the parties of some talks,
 * the path between two entities, the overview; and a store of a given size, generated once
 * into data/bench/ and reused by later runs (opened once first, so that a store written by an
 * older Parley has its derived data rebuilt before anything is timed).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { QUERIES } from '../client/src/api.ts';
import type { Extraction } from '../server/domain/index.ts';
import { openEmbeddedStore } from '../server/store/index.ts';
import { syntheticExtractions } from './synthetic-graph.ts';

export interface Ask {
  query: string;
  variables: Record<string, unknown>;
}

/** Mulberry32, as the generator: the same draws on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The explorer's requests, each a function that draws its next arguments. */
export function explorerAsks(
  extractions: Extraction[],
  seed = 11,
): Record<'search' | 'neighbourhood' | 'mediations' | 'path', () => Ask> {
  const rand = random(seed);
  const entities = [
    ...new Map(extractions.flatMap((x) => x.entities.map((e) => [e.id, e]))).values(),
  ];
  const talks = extractions.flatMap((x) => x.events).filter((e) => e.kind === 'talks');
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;
  return {
    // What someone types before picking a suggestion: three to five letters of a name.
    search: () => ({
      query: QUERIES.search,
      variables: { t: pick(entities).name.slice(0, 3 + Math.floor(rand() * 3)), first: 8 },
    }),
    neighbourhood: () => ({
      query: QUERIES.neighborhood,
      variables: { id: pick(entities).id, types: null, from: null, to: null },
    }),
    mediations: () => ({
      query: QUERIES.mediations,
      variables: {
        b: pick(talks)
          .participants.filter((p) => p.role === 'party')
          .map((p) => p.entity),
        l: 'PERSON',
        from: null,
        to: null,
      },
    }),
    path: () => ({
      query: QUERIES.path,
      variables: { f: pick(entities).id, t: pick(entities).id, types: null },
    }),
  };
}

/**
 * The folder of a generated store of `elements` elements under data/bench/, written first if
 * it is not there yet, and the extractions it holds (to draw arguments from).
 */
export async function generatedStore(
  elements: number,
  log: (line: string) => void = console.log,
): Promise<{ dir: string; extractions: Extraction[] }> {
  const dir = path.resolve('data', 'bench', `graph-${elements}`);
  const extractions = syntheticExtractions(elements);
  if (!existsSync(path.join(dir, 'parley.grafeo'))) {
    log(`Generating ${elements.toLocaleString('en')} elements into ${dir}...`);
    const started = performance.now();
    const store = await openEmbeddedStore(dir);
    try {
      for (const x of extractions) await store.writeExtraction(x);
    } finally {
      await store.close();
    }
    log(
      `  ${extractions.length} articles in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  } else {
    // A store written by an older Parley rebuilds its derived data when opened: done here,
    // once and timed, so that no benchmark (nor a server's start-up deadline) pays for it.
    const started = performance.now();
    await (await openEmbeddedStore(dir)).close();
    const seconds = (performance.now() - started) / 1000;
    if (seconds > 1)
      log(
        `Opened ${dir} in ${seconds.toFixed(0)} s (untimed: where an older store rebuilds its derived data)`,
      );
  }
  return { dir, extractions };
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export const ms = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
