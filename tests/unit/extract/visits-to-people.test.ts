/**
 * A visit paid to a person named with a state's adjective: "paid a visit to French President
 * X" (wink may take "to French" for an infinitive) is a visit X received, so the two met.
 * Sentences written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { notLeads, reader } from './helpers.ts';

const read = reader('2026-11-13');

describe('a visit to a person', () => {
  it.each([
    'Chilean President Lucia Soto paid a visit to French President Louis Martin on Wednesday.',
    'As Chilean President Lucia Soto returned from a visit to French President Louis Martin on Wednesday, her office released a statement.',
  ])('when "%s", then the president received her and they met', (sentence) => {
    const { dated } = read(sentence);
    expect(notLeads(dated).sort()).toEqual([
      'HOSTED Louis Martin -> Lucia Soto @2026-11-11',
      'MET_WITH Louis Martin -> Lucia Soto @2026-11-11',
    ]);
  });

  it('when she travelled to a capital "to meet" its president, then the infinitive is still a meeting', () => {
    const { triples } = read(
      'Chilean President Lucia Soto travelled to Paris to meet French President Louis Martin on Wednesday.',
    );
    expect(triples).toContain('MET_WITH Louis Martin -> Lucia Soto');
  });
});
