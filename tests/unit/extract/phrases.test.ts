/**
 * The phrase of each piece of evidence: the words of the sentence that state the fact, which
 * the explorer highlights. Sentences written for these tests, about invented people of real
 * states, so the anchors come from the frames' shapes and not from any seed article.
 */
import { describe, expect, it } from 'vitest';
import { phrases } from './helpers.ts';

describe('the phrase that states a fact', () => {
  it('when a leader mediated talks between two others, then the phrase is the mediation verb with its talks', () => {
    const { relations } = phrases(
      'Ghanaian President Kwame Boateng mediated talks between Kenyan President Amara Wanjiru and Ugandan President Isaac Okello in Accra on Monday.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'MEDIATED Kwame Boateng -> Amara Wanjiru: mediated talks between',
        'MEDIATED Kwame Boateng -> Isaac Okello: mediated talks between',
      ]),
    );
  });

  it('when a state is named in "X-brokered truce", then the phrase is "brokered" alone', () => {
    const { relations } = phrases(
      'An Omani-brokered truce in March ended the fighting between Yemeni and Saudi forces.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'MEDIATED Oman -> Yemen: brokered',
        'MEDIATED Oman -> Saudi Arabia: brokered',
      ]),
    );
  });

  it('when talks were mediated by someone in the passive, then the phrase is the passive verb', () => {
    const { relations } = phrases(
      'Talks between Chile and Peru mediated by Brazilian President Rafael Monteiro ended in Lima on Tuesday.',
    );
    expect(relations).toContain('MEDIATED Rafael Monteiro -> Chile: mediated by');
  });

  it('when a leader held a phone call with another, then the phrase is the whole call phrase and the call event has it too', () => {
    const { relations, events } = phrases(
      'Chilean President Elena Varas held a phone call with Peruvian President Tomas Quispe on Tuesday.',
    );
    expect(relations).toContain('SPOKE_WITH Elena Varas -> Tomas Quispe: held a phone call with');
    expect(events).toEqual(['EVENT call: held a phone call with']);
  });

  it('when two leaders met, then the phrase is "met"', () => {
    const { relations } = phrases(
      'Polish Prime Minister Marta Nowicka met Norwegian Prime Minister Lars Haugen in Oslo on Friday.',
    );
    expect(relations).toContain('MET_WITH Lars Haugen -> Marta Nowicka: met');
  });

  it('when a title names the leader, then LEADS has the title words as its phrase, whatever their case', () => {
    const { relations } = phrases(
      [
        'Polish Prime Minister Marta Nowicka met Norwegian Prime Minister Lars Haugen in Oslo on Friday.',
        'Diego Ferraz, the Brazilian president, met Haugen in Brasilia.',
      ].join('\n'),
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'LEADS Marta Nowicka -> Poland: Prime Minister',
        'LEADS Lars Haugen -> Norway: Prime Minister',
        'LEADS Diego Ferraz -> Brazil: president',
      ]),
    );
  });

  it('when a host brought the parties together, then the MET_WITH derived from it, the HOSTED beside it and the event keep its words', () => {
    const { relations, events } = phrases(
      'Qatari Emir Faisal bin Nasser on Sunday brought together the presidents of Rwanda and Burundi in Doha.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'MEDIATED Faisal bin Nasser -> Rwanda: brought together',
        'HOSTED Faisal bin Nasser -> Burundi: brought together',
        'MET_WITH Burundi -> Rwanda: brought together',
      ]),
    );
    expect(events).toEqual(['EVENT talks: brought together']);
  });

  it('when a visit is written as "X\'s visit to", then the phrase leaves the possessive out', () => {
    const { relations } = phrases(
      "Egyptian President Omar Fahmy's visit to Japan on Monday was his first.",
    );
    expect(relations).toContain('VISITED Omar Fahmy -> Japan: visit to');
  });
});
