/**
 * Calls told the many ways readouts tell them ("received a phone call from", "exchanged views
 * by telephone", "dialled"), and deals that are not meetings: sides that "completed a prisoner
 * exchange" did not sit together, but the negotiations someone "brokered" before it were
 * between them. A lone unknown word after "visited" is a town. Sentences written for these
 * tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

// A Saturday: Tuesday is 06-03, Friday 06-06.
const PUB = '2025-06-07';
const INTRO =
  'Ghanaian President Kwame Asante returned from Abuja in May. Togolese President Kodjo Amouzou was in Lomé.';
const read = (...sentences: string[]) => extracted([INTRO, ...sentences].join('\n'), PUB);

describe('calls', () => {
  it.each([
    'Asante received a phone call from Amouzou on Tuesday.',
    'Asante and Amouzou exchanged views by telephone on Tuesday.',
    'Asante dialled Amouzou on Tuesday.',
  ])('when "%s", then the two spoke on Tuesday and did not meet', (sentence) => {
    const { dated } = read(sentence);
    expect(dated).toContain('SPOKE_WITH Kodjo Amouzou -> Kwame Asante @2025-06-03');
    expect(ofType(dated, 'MET_WITH')).toEqual([]);
  });

  it('when two presidents "exchanged views" with no phone named, then no call is made of it', () => {
    const { triples } = read('Asante and Amouzou exchanged views on the crisis.');
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
  });
});

describe('swaps and the talks behind them', () => {
  it('when two states "completed a prisoner exchange following negotiations brokered by" a third, then the third mediated and the two did not meet', () => {
    const { dated } = read(
      'Armenia and Azerbaijan completed another prisoner exchange on Friday following negotiations brokered by Kazakhstan.',
    );
    expect(dated).toContain('MEDIATED Kazakhstan -> Armenia @2025-06-06');
    expect(dated).toContain('MEDIATED Kazakhstan -> Azerbaijan @2025-06-06');
    expect(ofType(dated, 'MET_WITH')).toEqual([]);
  });
});

describe('visits', () => {
  it('when a president "visited" a one-word town the gazetteer does not know, then he visited it and met no one', () => {
    const { triples } = read('Asante visited Kumasi on Tuesday.');
    expect(triples).toContain('VISITED Kwame Asante -> Kumasi');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});
