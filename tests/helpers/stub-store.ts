/**
 * A GraphStore whose answers the test chooses, for the HTTP tiers that are about the server
 * rather than the engine: a store that fails with an engine's words, one that hangs, one that
 * hands over a graph big enough to make betweenness take seconds. Methods not given reject.
 */
import type { GraphStore } from '../../server/store/index.ts';

export function stubStore(methods: Partial<GraphStore>): GraphStore {
  return new Proxy(
    { kind: 'embedded', close: async () => undefined, ping: async () => undefined } as GraphStore,
    {
      get(target, name: string) {
        if (name in methods) return methods[name as keyof GraphStore];
        if (name in target) return target[name as keyof GraphStore];
        return async () => {
          throw new Error(`the stub store has no ${name}`);
        };
      },
    },
  );
}

/** A connected graph of `n` actors, each tied to three others: betweenness over it is O(n²). */
export function denseGraph(n: number) {
  const ids = Array.from({ length: n }, (_, i) => `person:p${i}`);
  return {
    nodes: ids.map((id) => ({ id, label: id, type: 'Person' as const, degree: 3, sources: 1 })),
    edges: ids.flatMap((source, i) =>
      [1, 7, 31].map((k) => ({
        id: `MET_WITH:${source}>${ids[(i * k + 13) % n]}@`,
        type: 'MET_WITH' as const,
        source,
        target: ids[(i * k + 13) % n]!,
        date: null,
        event: null,
        sources: 1,
      })),
    ),
    truncated: false,
  };
}

/** Starts `app` on a free port of this machine; `close` ends it. */
export async function listen(app: import('express').Express) {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
