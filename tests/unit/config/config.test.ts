import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config/index.ts';
import { ErrorCode, isAppError } from '../../../server/errors/index.ts';

describe('configuration', () => {
  it('when nothing is set, then Parley runs embedded on port 4000 with ./data and ./seeds', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, neo4j: null, apiKey: null });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.seedsDir).toMatch(/\/seeds$/);
  });

  it('when NEO4J_URI and a password are set, then the store is Neo4j', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j://db.internal:7687', NEO4J_PASSWORD: 'secret' });
    expect(config.neo4j).toEqual({
      uri: 'neo4j://db.internal:7687',
      user: 'neo4j',
      password: 'secret',
      database: undefined,
    });
  });

  it('when a variable is empty, then it counts as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' })).toMatchObject({ neo4j: null, port: 4000 });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [
      { NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' },
      /NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI/,
    ],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /NEO4J_PASSWORD/],
    [{ PARLEY_API_KEY: 'short' }, /PARLEY_API_KEY: must be at least 16 characters/],
  ])(
    'when the environment is %j, then start stops with a message naming the variable',
    (env, message) => {
      let caught: unknown;
      try {
        loadConfig(env);
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught, ErrorCode.BAD_CONFIG)).toBe(true);
      expect((caught as Error).message).toMatch(message);
    },
  );
});
