/**
 * The level a meeting is told at: a state that received ministers met their states (a leader it
 * received is met as the leader, whom the state stands for); people and states named side by
 * side at one table met as named; a state's leader and the office holders listed after him,
 * whose state goes unsaid, came as one team. Sentences written for these tests; the states are real, the
 * people and events invented.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

// A Saturday: Monday is 06-02.
const PUB = '2025-06-07';
const met = (text: string) => ofType(extracted(text, PUB).triples, 'MET_WITH').sort();

describe('a state that received people', () => {
  it('when a state "received" two foreign ministers "for a meeting", then it met their states, and the ministers met each other', () => {
    expect(
      met(
        'At the request of Benin and Niger, Nigeria today received Beninese Foreign Minister Olushegun Adjadi and Nigerien Foreign Minister Bakary Sangare for a meeting in Abuja.',
      ),
    ).toEqual([
      'MET_WITH Bakary Sangare -> Olushegun Adjadi',
      'MET_WITH Benin -> Nigeria',
      'MET_WITH Niger -> Nigeria',
    ]);
  });

  it('when a state received a president, then it met the president', () => {
    expect(met('Nigeria received Beninese President Patrice Talon in Abuja on Monday.')).toEqual([
      'MET_WITH Nigeria -> Patrice Talon',
    ]);
  });

  it('when two states signed "with" a minister "witnessing", then each met the minister as named', () => {
    expect(
      met(
        'Benin and Niger signed an accord on Monday after the meeting, with Nigerian Foreign Minister Yusuf Tuggar witnessing the signing ceremony.',
      ),
    ).toEqual([
      'MET_WITH Benin -> Niger',
      'MET_WITH Benin -> Yusuf Tuggar',
      'MET_WITH Niger -> Yusuf Tuggar',
    ]);
  });
});

describe("a side's own office that arranged its talks", () => {
  it('when "the White House arranged the call" between the US president and another, then no one mediated it', () => {
    const { triples } = extracted(
      [
        'US President Joe Parker and Iranian President Hassan Karimi spoke by phone on Friday.',
        'The White House arranged the call, which lasted about 15 minutes.',
      ].join('\n'),
      PUB,
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Hassan Karimi -> Joe Parker']);
  });
});

describe('a team listed after its leader', () => {
  it('when an envoy "met with Peruvian President A, Prime Minister B and Deputy Prime Minister C", then he met each, and they did not meet one another', () => {
    expect(
      met(
        'In Lima, Rasmussen met with Peruvian President Ana Soto, Prime Minister Hugo Blanco, and Deputy Prime Minister Olga Quispe.',
      ),
    ).toEqual([
      'MET_WITH Ana Soto -> Rasmussen',
      'MET_WITH Hugo Blanco -> Rasmussen',
      'MET_WITH Olga Quispe -> Rasmussen',
    ]);
  });
});
