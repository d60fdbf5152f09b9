/**
 * A go-between's statement thanks the sides for their conduct ("thanked A and B for their
 * cooperation with the mediation undertaken by X"): they are the sides, X the go-between, and
 * the one who thanks neither. And a main clause after ", and" has its own date: "X mediated
 * talks between A and B, and in December 2022, Y hosted talks between C and D". Sentences
 * written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

const read = (text: string) => extracted(text, '2026-05-09');

describe('thanks for the sides’ own conduct', () => {
  it('when a ministry thanked two governments "for their cooperation with the mediation undertaken by" a state, then the governments mediated nothing', () => {
    const { triples } = read(
      'The Ministry of Foreign Affairs thanked the governments of Chad and Sudan for their cooperation with the mediation undertaken by Qatar.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });

  it('when the mediation was told before, then its go-between stood between the two it thanked', () => {
    const { triples } = read(
      [
        'Qatar announced the success of its mediation between Chad and Sudan on Monday.',
        'The Ministry of Foreign Affairs thanked the governments of Chad and Sudan for their cooperation with the mediation undertaken by Qatar.',
      ].join(' '),
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Qatar -> Chad',
      'MEDIATED Qatar -> Sudan',
    ]);
  });

  it('when a state thanked another for hosting the talks, then the host is still the go-between', () => {
    const { triples } = read(
      'Chad and Sudan held talks in Doha on Monday. Chad thanked Qatar for hosting the talks.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Qatar -> Chad',
      'MEDIATED Qatar -> Sudan',
    ]);
  });
});

describe('a main clause after ", and"', () => {
  it('when the second clause opens with its own date, then the first clause does not take it', () => {
    const { dated } = read(
      'Qatar mediated talks between Chad and Sudan, and in December 2022, Oman hosted talks between Niger and Mali.',
    );
    const mediated = ofType(dated, 'MEDIATED');
    expect(mediated).toContain('MEDIATED Oman -> Niger @2022-12');
    expect(mediated).not.toContain('MEDIATED Qatar -> Chad @2022-12');
  });
});

describe('a quotation split across sentences', () => {
  it('when a quotation runs on past an ellipsis and closes before "X said at a joint news conference with A and B", then the conference is no quotation', () => {
    const { triples } = read(
      '"We have made important progress on the border. ... We are closer than before to a solution," Mahuad said at a joint news conference with Fujimori and Cardoso.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Cardoso -> Mahuad',
      'MET_WITH Fujimori -> Mahuad',
    ]);
  });

  it('when a quotation opens after "said,", then what it tells is still quoted', () => {
    const { triples } = read('He said, "We met Ghanaian President Kofi Mensah on Friday."');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});
