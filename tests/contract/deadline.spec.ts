/**
 * A request's deadline reaches the engine, on every engine. Before, no store call had one: a
 * slow statement held its request (and, with it, the caller) as long as the engine took. Now a
 * read past the deadline ends with TIMEOUT at the deadline (Neo4j also stops it through the
 * transaction timeout), and a write whose deadline passes between statements is rolled back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Deadline, withDeadline } from '../../server/deadline/index.ts';
import { ErrorCode, isAppError } from '../../server/errors/index.ts';
import type { CypherEngine } from '../../server/store/cypher-engine.ts';

/** Seconds of work on either engine: Neo4j is the faster at it, so it gets more. */
const SLOW = (name: string) =>
  `UNWIND range(1, ${name === 'neo4j' ? 400_000_000 : 6_000_000}) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n`;

export function deadlineContract(name: string, openEmpty: () => Promise<CypherEngine>): void {
  describe(`deadlines: ${name}`, () => {
    let engine: CypherEngine;
    beforeEach(async () => {
      engine = await openEmpty();
    });
    afterEach(async () => {
      await engine.close();
    });

    it('when a read runs past the deadline, then it ends with TIMEOUT at the deadline', async () => {
      const started = Date.now();
      const error = await withDeadline(new Deadline(300), () => engine.read(SLOW(name))).catch(
        (e: unknown) => e,
      );
      expect(isAppError(error, ErrorCode.TIMEOUT), String(error)).toBe(true);
      expect(Date.now() - started).toBeLessThan(1_500);
    });

    it('when the deadline passes between the statements of a write, then nothing of it is committed', async () => {
      const error = await withDeadline(new Deadline(200), () =>
        engine.write(async (run) => {
          await run('CREATE (:Probe {name: "first"})');
          await new Promise((resolve) => setTimeout(resolve, 400));
          await run('CREATE (:Probe {name: "second"})');
        }),
      ).catch((e: unknown) => e);
      expect(isAppError(error, ErrorCode.TIMEOUT), String(error)).toBe(true);
      expect(await engine.read('MATCH (p:Probe) RETURN count(p) AS n')).toEqual([{ n: 0 }]);
    });
  });
}
