/**
 * Three ways a name hides behind another word: "an adviser to Saudi King X" (the adviser's
 * office is not the king's, who still leads his state), "the United Nations moderator of the
 * negotiations between A and B" (a body's unnamed go-between acts for the body, wherever the
 * sentence puts it), and "the Democratic Unity opposition coalition" (a name, a word of what
 * kind of body, and its head noun). Sentences written for these tests, about invented people of
 * real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

const read = (text: string) => extracted(text, '2025-10-17');

describe('an adviser of a titled head', () => {
  it.each([
    'Prince Fahd Nasser, an adviser to Saudi King Salman, delivered a message to the Emir on Monday.',
    'The committee will be chaired by a legal adviser of Saudi King Salman, Omar Latif.',
  ])('when "%s", then the king still leads his state', (text) => {
    const { triples } = read(text);
    expect(ofType(triples, 'LEADS')).toContain('LEADS Salman -> Saudi Arabia');
  });

  it('when someone is an adviser to a ministry, then the adviser leads nothing', () => {
    const { triples } = read(
      'Omar Latif, an adviser to the Saudi foreign ministry, spoke on Monday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
  });
});

describe('a body’s unnamed go-between', () => {
  it.each([
    'The statement was issued on Monday by the United Nations moderator of the peace negotiations between Guatemala and the URNG.',
    'The United Nations moderator of the peace negotiations between Guatemala and the URNG issued a statement on Monday.',
  ])('when "%s", then the UN mediated between the two', (text) => {
    const { triples } = read(text);
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED United Nations -> Guatemala',
      'MEDIATED United Nations -> URNG',
    ]);
  });
});

describe('a body named before what kind of body it is', () => {
  it('when "the Democratic Unity opposition coalition" met the government, then the coalition is a side', () => {
    const { triples } = read(
      'Venezuela’s government and the Democratic Unity opposition coalition held a first preliminary meeting on Tuesday.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Democratic Unity -> Venezuela']);
  });
});

describe('clues to a bare title’s state', () => {
  it('when the only state in the sentence is named by someone else’s office abroad, then the president leads none of it', () => {
    const { triples } = read(
      'President Luis Arce asked that the Vatican’s secretary of state be named a witness to the dialogue.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
  });

  it('when the state is the president’s own delegation, then it is still the clue', () => {
    const { triples } = read(
      'President Tran Van Minh, his spouse and the Vietnamese delegation left Beijing on Monday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Tran Van Minh -> Vietnam']);
  });
});

describe('whose meeting "their meeting" is', () => {
  it('when a call between two people follows a topic named by two states, then "their meeting" is not the states’', () => {
    const { triples } = read(
      'UN Secretary General Ban Ki Moon on Thursday held a telephone conversation with the President of Guyana, David Granger, on the Guyana-Venezuela border controversy. The phone call followed their meeting in Barbados earlier this month.',
    );
    expect(ofType(triples, 'MET_WITH')).not.toContain('MET_WITH Guyana -> Venezuela');
  });
});

describe('a dateline from the seat of a government', () => {
  it('when a report is filed from Washington, then a bare "President X" there is the United States’, and its White House arranged its own call', () => {
    const { triples } = read(
      'WASHINGTON — President Ward and Iranian President Hassan Karimi spoke by phone Friday, the highest-level contact between the nations in decades. The White House arranged the call.',
    );
    expect(ofType(triples, 'LEADS').sort()).toEqual([
      'LEADS Hassan Karimi -> Iran',
      'LEADS Ward -> United States',
    ]);
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('a colleague and a standing tie', () => {
  it('when a president met "his Uzbekistan colleague X", then X is the counterpart who leads Uzbekistan', () => {
    const { triples } = read(
      'President of Kazakhstan Daulet Serikov has arrived in Samarkand where he met with his Uzbekistan colleague Timur Rashidov.',
    );
    expect(triples).toContain('MET_WITH Daulet Serikov -> Timur Rashidov');
    expect(triples).toContain('LEADS Timur Rashidov -> Uzbekistan');
  });

  it('when two presidents on a call discussed "relations with the United States", then neither spoke with the United States', () => {
    const { triples } = read(
      'Presidents Ana Ruiz of Chile and Diego Lopez of Peru discussed Thursday during a telephone conversation the relevance of productive relations with the United States.',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Ana Ruiz -> Diego Lopez']);
  });
});

describe('titles in a list of those present', () => {
  it('when "former AU (AU) Commission Chairman X, Tanzanian President and AU Chairman Y" were present, then Y leads both and the former chairman leads nothing', () => {
    const { triples } = read(
      'Those also present were former African Union (AU) Commission Chairman Alpha Konate, Tanzanian President and AU Chairman Jakaya Mrema, and Gabonese President Omar Mba.',
    );
    expect(ofType(triples, 'LEADS').sort()).toEqual([
      'LEADS Jakaya Mrema -> African Union',
      'LEADS Jakaya Mrema -> Tanzania',
      'LEADS Omar Mba -> Gabon',
    ]);
  });

  it('when "the UN chief and President X" spoke, then they are two people', () => {
    const { triples } = read(
      'During a telephone conversation between the UN Secretary-General and President Nikos Andreou, the two discussed the island.',
    );
    expect(ofType(triples, 'LEADS')).not.toContain('LEADS Nikos Andreou -> United Nations');
  });
});

describe('an offer to play a role between two', () => {
  it.each([
    'Russian President Ivan Petrov said that he is ready to play a role in resolving the dam dispute between Egypt and Ethiopia.',
    'Russian President Ivan Petrov said that he is ready to help settle Egypt’s dispute with Ethiopia.',
  ])('when "%s", then he offered to mediate between the two', (text) => {
    const { triples } = read(text);
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Ivan Petrov -> Egypt',
      'OFFERED_MEDIATION Ivan Petrov -> Ethiopia',
    ]);
  });
});
