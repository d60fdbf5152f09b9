/**
 * The CypherEngine contract, beneath the GraphStore one: transactions are all or nothing, and
 * values come back as plain JS whatever the engine. Run against every engine.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CypherEngine } from '../../server/store/cypher-engine.ts';

export function cypherEngineContract(name: string, openEmpty: () => Promise<CypherEngine>): void {
  describe(`CypherEngine contract: ${name}`, () => {
    let engine: CypherEngine;
    beforeEach(async () => {
      engine = await openEmpty();
    });
    afterEach(async () => {
      await engine.close();
    });

    it('when the work throws after writing, then nothing of it is committed', async () => {
      await expect(
        engine.write(async (run) => {
          await run('CREATE (:Probe {name: $name})', { name: 'half-written' });
          throw new Error('stop here');
        }),
      ).rejects.toThrow('stop here');
      expect(await engine.read('MATCH (p:Probe) RETURN count(p) AS n')).toEqual([{ n: 0 }]);
    });

    it('when the work resolves, then its writes are visible to later reads and its value returned', async () => {
      const value = await engine.write(async (run) => {
        await run('CREATE (:Probe {name: $name})', { name: 'kept' });
        return (await run('MATCH (p:Probe) RETURN p.name AS name'))[0];
      });
      expect(value).toEqual({ name: 'kept' });
      expect(await engine.read('MATCH (p:Probe) RETURN p.name AS name')).toEqual([
        { name: 'kept' },
      ]);
    });

    it('when values come back, then they are plain numbers, strings, lists and maps', async () => {
      const [row] = await engine.read(
        'UNWIND range(1, 5) AS i WITH collect(i) AS xs RETURN xs[0..$k] AS xs, size(xs) AS n, {a: "b"} AS m, null AS z LIMIT $one',
        { k: 2, one: 1 },
      );
      expect(row).toEqual({ xs: [1, 2], n: 5, m: { a: 'b' }, z: null });
    });
  });
}
