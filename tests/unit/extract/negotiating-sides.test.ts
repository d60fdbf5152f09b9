/**
 * Sides that bargain over a deal, as wire copy names them: "the government of Guatemalan
 * President X and leftist rebels of the Y Front, or YF, have been negotiating a peace deal for
 * more than three years" tells that the state and the front negotiated, with no day (years of
 * talks, and a "March 23 deadline" is when nothing happened yet). Sentences written for these
 * tests, about invented people of real states and an invented front. Whose remarks a call
 * carried ("X's remarks came during a phone conversation with Y") is who spoke in it.
 */
import { describe, expect, it } from 'vitest';
import { notLeads, ofType, reader } from './helpers.ts';

// A Wednesday.
const PUB = '2026-02-25';
const read = reader(PUB);

describe('sides negotiating a deal', () => {
  it('when two sides "negotiated a truce", then they met', () => {
    const { dated } = read(
      'Guatemala and the Highland Liberation Front negotiated a truce in Oslo on Monday.',
    );
    expect(notLeads(dated)).toEqual([
      'MET_WITH Guatemala -> Highland Liberation Front @2026-02-23',
    ]);
  });

  it('when an outsider "negotiated the truce between" two sides, then it mediated and met neither', () => {
    const { triples } = read(
      'Norway negotiated the truce between Guatemala and the Highland Liberation Front.',
    );
    expect(notLeads(triples).sort()).toEqual([
      'MEDIATED Norway -> Guatemala',
      'MEDIATED Norway -> Highland Liberation Front',
    ]);
  });

  it('when "the government of Guatemalan President X and leftist rebels of the Y, or YF," have been negotiating for years, then the state and the front met, on no day', () => {
    const { dated, triples } = read(
      'The government of Guatemalan President Marco Tzul and leftist rebels of the Highland Liberation Front, or HLF, have been negotiating a peace deal for more than three years in Oslo and have a self-imposed March 23 deadline to reach a final accord.',
    );
    expect(ofType(dated, 'MET_WITH')).toEqual([
      'MET_WITH Guatemala -> Highland Liberation Front @-',
    ]);
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Marco Tzul -> Guatemala']);
    expect(triples.filter((t) => /HLF|Marco Tzul ->(?! Guatemala)/.test(t))).toEqual([]);
  });

  it.each([
    [
      'Guatemala and the Highland Liberation Front, facing a March 23 deadline, held talks in Oslo.',
      '2025-03-23',
    ],
    [
      'Guatemala and the Highland Liberation Front held talks in Oslo, mindful of the January 30 deadline.',
      '2026-01-30',
    ],
  ])('when "%s", then the talks are not dated by the deadline', (sentence, deadline) => {
    const { dated } = read(sentence);
    expect(ofType(dated, 'MET_WITH')).toHaveLength(1);
    expect(dated.filter((d) => d.endsWith(`@${deadline}`))).toEqual([]);
  });
});

describe('whose remarks a call carried', () => {
  it('when "X\'s remarks came during a phone conversation with Y", then X spoke with Y', () => {
    const { triples } = read(
      'Guatemalan President Marco Tzul spoke on Monday. Tzul’s remarks came during a phone conversation with Honduras’s President Elena Reyes, according to a statement.',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Elena Reyes -> Marco Tzul']);
  });
});
