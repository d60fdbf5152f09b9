import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toParam, toPlain } from '../../../server/store/neo4j/driver-values.ts';

describe('values across the Neo4j driver boundary', () => {
  it('when Neo4j returns Integers, nodes and temporal values, then the app gets numbers, properties and strings', () => {
    const node = new neo4j.types.Node(
      neo4j.int(7),
      ['Entity'],
      { id: 'state:chile', rank: neo4j.int(3) },
      'e7',
    );
    const day = new neo4j.types.Date(2024, 3, 9);
    expect(
      toPlain({
        n: neo4j.int(42),
        list: [neo4j.int(1), 'x'],
        node,
        day,
        nested: { c: neo4j.int(-5) },
        none: null,
      }),
    ).toEqual({
      n: 42,
      list: [1, 'x'],
      node: { id: 'state:chile', rank: 3 },
      day: '2024-03-09',
      nested: { c: -5 },
      none: null,
    });
  });

  it('when the app sends whole numbers, then they become Integers, nested ones too; fractions stay floats', () => {
    const sent = toParam({
      first: 10,
      rows: [{ start: 4, weight: 0.5 }],
      name: 'x',
      none: null,
    }) as Record<string, unknown>;
    expect(neo4j.isInt(sent.first)).toBe(true);
    const [row] = sent.rows as Record<string, unknown>[];
    expect(neo4j.isInt(row!.start)).toBe(true);
    expect(row!.weight).toBe(0.5);
    expect(sent.name).toBe('x');
    expect(sent.none).toBeNull();
  });
});
