/**
 * Parley deployed on Neo4j, as docker-compose runs it: the embedded engine's native module is
 * never loaded, and /health tells the truth about the store, answering 503 while Neo4j cannot
 * be reached (here a TCP relay in front of the test server is cut) and 200 once it is back.
 */
import net from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openEmbeddedStore } from '../../server/store/index.ts';
import { neo4jSkipReason, neo4jTarget } from '../helpers/engines.ts';
import { startTestServer, type TestServer } from '../helpers/parley-server.ts';

const grafeo = vi.hoisted(() => ({ loaded: false }));
vi.mock('@grafeo-db/js', async (importOriginal) => {
  grafeo.loaded = true;
  return importOriginal();
});

/** A relay from a local port to the server, which can be cut and restored on the same port. */
async function relay(to: URL) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(to.port), to.hostname);
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(a);
      a.pipe(b);
      a.on('error', () => b.destroy());
      a.on('close', () => (b.destroy(), sockets.delete(a)));
    }
  });
  const listen = (port: number) =>
    new Promise<number>((resolve) =>
      server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
    );
  const port = await listen(0);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: () => listen(port),
  };
}

const target = neo4jTarget();
if (!target) console.warn(`[api] Neo4j deployment tests skipped: ${neo4jSkipReason()}`);

describe.skipIf(!target)('Parley deployed on Neo4j', () => {
  let server: TestServer | undefined;
  afterAll(() => server?.close());

  const health = async () => {
    const response = await fetch(`${server!.parley.url}/health`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('when it serves on Neo4j, then the embedded engine is never loaded', async () => {
    server = await startTestServer(null, 'neo4j');
    const { data } = await server.gql<{ stats: { articles: number } }>('{ stats { articles } }');
    expect(data!.stats.articles).toBe(0);
    expect(grafeo.loaded).toBe(false);
    await server.close();
    server = undefined;
    // The check does notice a load: opening an embedded store is one.
    await (await openEmbeddedStore(null)).close();
    expect(grafeo.loaded).toBe(true);
  });

  it('when Neo4j cannot be reached, then /health answers 503 naming the store, and 200 once it is back', async () => {
    const link = await relay(new URL(target!.uri));
    server = await startTestServer(null, 'neo4j', { NEO4J_URI: link.uri });
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', store: 'neo4j' } });

    await link.cut();
    const started = performance.now();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', store: 'neo4j' });
    expect(String(down.body.error)).not.toBe('');
    // Within the health deadline (2 s), with room for a slow machine.
    expect(performance.now() - started).toBeLessThan(5_000);

    await link.restore();
    await vi.waitFor(async () => expect((await health()).status).toBe(200), {
      timeout: 15_000,
      interval: 250,
    });
  });
});
