/**
 * Test instrumentation for the crash test, loaded with `node --import` into the real ingest
 * CLI: it stops one article's write inside its open transaction, right after a chosen
 * statement, and says so on stderr, so the test can kill -9 the process at that very point.
 * PARLEY_HOLD names the statement and which of its runs to stop after:
 * "write/create-relations:3" holds the third article's transaction once its relations are
 * written and before its evidence is.
 */
import { GrafeoEngine } from '../../server/store/embedded/grafeo-engine.ts';
import { Neo4jEngine } from '../../server/store/neo4j/neo4j-engine.ts';
import type { Run } from '../../server/store/cypher-engine.ts';
import { QUERY_NAMES, loadQueries, type QueryName } from '../../server/store/cypher-registry.ts';

const [name, nth] = (process.env.PARLEY_HOLD ?? '').split(':') as [QueryName, string];
const statements = new Set([loadQueries('embedded')[name], loadQueries('neo4j')[name]]);
if (!QUERY_NAMES.includes(name) || !Number(nth)) {
  throw new Error(`PARLEY_HOLD must be "<statement>:<n>"; got "${process.env.PARLEY_HOLD}"`);
}
let seen = 0;

type Write = <T>(work: (run: Run) => Promise<T>) => Promise<T>;
for (const engine of [GrafeoEngine.prototype, Neo4jEngine.prototype] as { write: Write }[]) {
  const write = engine.write;
  engine.write = function <T>(this: unknown, work: (run: Run) => Promise<T>): Promise<T> {
    return write.call(this, (run: Run) =>
      work(async (query, params) => {
        const rows = await run(query, params);
        if (statements.has(query) && ++seen === Number(nth)) {
          process.stderr.write(`held inside the transaction after ${name} #${nth}\n`);
          await new Promise(() => undefined); // never settles: the transaction stays open
        }
        return rows;
      }),
    ) as Promise<T>;
  };
}
