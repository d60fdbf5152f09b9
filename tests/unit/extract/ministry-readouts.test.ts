/**
 * How foreign ministries write up their ministers' calls and visits: "a telephone conversation
 * was held between" ministers named by office ("the head of the Ministry of Foreign Affairs of
 * X"), "the foreign ministers of A and B, X and Y" named in turn, "a phone call today from",
 * "his first call since taking office with", and a guest "hosted for an official visit".
 * Sentences written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

// A Friday: Wednesday is 12-03.
const read = reader('2025-12-05');

describe('ministry readouts', () => {
  it('when a minister is "the head of the Ministry of Foreign Affairs of X", then they are of X and lead nothing', () => {
    const { triples } = read(
      'A telephone conversation was held between the Minister of Foreign Affairs of Chad Idriss Mahamat and the head of the Ministry of Foreign Affairs of Niger Aissa Souley.',
    );
    expect(triples).toEqual(['SPOKE_WITH Aissa Souley -> Idriss Mahamat']);
  });

  it('when a meeting was "between the chairman of the Security Council of A X, ... and the head of the State Security Service of C Z", then the three met, each of a state\'s own body, leading no state (Z heads the service the text names)', () => {
    const { triples } = read(
      'On Wednesday, a meeting was held in Chisinau between the chairman of the Security Council of Armenia Levon Hakobyan, the chairman of the Security Council of Moldova Ion Rusu and the head of the State Security Service of Azerbaijan Elchin Mammadov.',
    );
    expect(triples).toEqual([
      'LEADS Elchin Mammadov -> State Security Service',
      'MET_WITH Ion Rusu -> Levon Hakobyan',
      'MET_WITH Elchin Mammadov -> Levon Hakobyan',
      'MET_WITH Elchin Mammadov -> Ion Rusu',
    ]);
  });

  it('when "the foreign ministers of A and B, X and Y" spoke, then X and Y spoke, each of their state', () => {
    const { triples } = read(
      'The foreign ministers of Chad and Niger, Idriss Mahamat and Aissa Souley, during a telephone conversation on Wednesday, discussed the border.',
    );
    expect(triples).toEqual(['SPOKE_WITH Aissa Souley -> Idriss Mahamat']);
    // A state that stood between them did so between their states, each person's own.
    const hosted = read(
      'Mali hosted the foreign ministers of Chad and Niger, Idriss Mahamat and Aissa Souley, in Bamako on Wednesday.',
    );
    expect(ofType(hosted.triples, 'MEDIATED')).toEqual([
      'MEDIATED Mali -> Chad',
      'MEDIATED Mali -> Niger',
    ]);
  });

  it('when a call came "today" or "since taking office", then the caller and the called still spoke', () => {
    const one = read(
      'Idriss Mahamat, Minister of Foreign Affairs of Chad, received a phone call today from Nigerien Foreign Minister Aissa Souley.',
    );
    expect(one.dated).toEqual(['SPOKE_WITH Aissa Souley -> Idriss Mahamat @2025-12-05']);
    const two = read(
      'Foreign minister Idriss Mahamat held his first phone call since taking office with his Nigerien counterpart, Aissa Souley, to discuss the border.',
    );
    expect(ofType(two.triples, 'SPOKE_WITH')).toEqual([
      'SPOKE_WITH Aissa Souley -> Idriss Mahamat',
    ]);
  });

  it('when a gerund clause is an event of its own ("after sitting down with X"), then its "with" is not the first verb\'s', () => {
    const { triples } = read(
      'Chadian President Ali Deby spoke to reporters after sitting down with Nigerien President Moussa Tandja.',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Ali Deby -> Moussa Tandja']);
  });

  it('when a leader "hosted X for an official visit", then the host received and met the guest', () => {
    const { dated } = read(
      'Chadian President Ali Deby hosted Nigerien Foreign Minister Aissa Souley for an official visit on Wednesday in Ndjamena.',
    );
    expect(ofType(dated, 'HOSTED')).toContain('HOSTED Ali Deby -> Aissa Souley @2025-12-03');
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Aissa Souley -> Ali Deby @2025-12-03']);
  });

  it('when a readout opens with "Today," or "On Monday," before the titled subject, then the day is no one and the subject acted', () => {
    const today = read(
      'Today, the Minister of Foreign Affairs of Chad, Idriss Mahamat, spoke with the Minister of Foreign Affairs of Niger, Aissa Souley.',
    );
    expect(today.dated).toEqual(['SPOKE_WITH Aissa Souley -> Idriss Mahamat @2025-12-05']);
    const monday = read(
      'On Monday, the President of Chad, Ali Deby, received the Foreign Minister of Niger, Aissa Souley.',
    );
    expect(ofType(monday.dated, 'MET_WITH')).toEqual([
      'MET_WITH Aissa Souley -> Ali Deby @2025-12-01',
    ]);
  });

  it('when a bloc is spelled in mixed case ("Asean"), then its secretary-general leads it', () => {
    const { triples } = read(
      'Asean Secretary-General Somchai Vong met Thai Prime Minister Anan Srisuk on Monday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([
      'LEADS Somchai Vong -> ASEAN',
      'LEADS Anan Srisuk -> Thailand',
    ]);
  });

  it('when a leader "congratulated" another "by phone", then they spoke', () => {
    const { dated } = read(
      'Chadian President Ali Deby congratulated Nigerien President Moussa Tandja by phone on Monday.',
    );
    expect(ofType(dated, 'SPOKE_WITH')).toEqual([
      'SPOKE_WITH Ali Deby -> Moussa Tandja @2025-12-01',
    ]);
    // Without a phone, congratulations are no call.
    const plain = read(
      'Chadian President Ali Deby congratulated Nigerien President Moussa Tandja on his victory.',
    );
    expect(ofType(plain.triples, 'SPOKE_WITH')).toEqual([]);
  });

  it('when a minister met "his Chadian and Nigerien counterparts, A and B, separately", then he met each of them, who did not meet each other', () => {
    const { dated } = read(
      'Malian Foreign Minister Oumar Traore met his Chadian and Nigerien counterparts, Idriss Mahamat and Aissa Souley, separately in Bamako on Wednesday.',
    );
    expect(ofType(dated, 'MET_WITH')).toEqual([
      'MET_WITH Idriss Mahamat -> Oumar Traore @2025-12-03',
      'MET_WITH Aissa Souley -> Oumar Traore @2025-12-03',
    ]);
  });

  it('when one of "his Chadian and Sahelian counterparts, A and B" is an adjective no gazetteer knows, then it names no one and the three met', () => {
    const { triples } = read(
      'Malian Foreign Minister Oumar Traore met his Chadian and Sahelian counterparts, Idriss Mahamat and Aissa Souley, in Bamako on Wednesday.',
    );
    expect(triples).toEqual([
      'MET_WITH Idriss Mahamat -> Oumar Traore',
      'MET_WITH Aissa Souley -> Oumar Traore',
      'MET_WITH Aissa Souley -> Idriss Mahamat',
    ]);
  });

  it('when "the Chadian and Nigerien foreign ministers, A and B," met, then the two met and no state is a third side', () => {
    const { triples } = read(
      'The Chadian and Nigerien foreign ministers, Idriss Mahamat and Aissa Souley, met in Bamako last week.',
    );
    expect(triples).toEqual(['MET_WITH Aissa Souley -> Idriss Mahamat']);
  });

  it('when a lone unknown name follows a state adjective with no comma, then it is no person of that state', () => {
    const { triples } = read(
      'Chadian government and Tibesti negotiators wrapped up a week of bargaining in Bamako on Friday.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Chad -> Tibesti']);
  });

  it.each([
    [
      'First Deputy Prime Minister and Minister of Foreign Affairs Idriss Mahamat met in Niamey yesterday with Nigerien Foreign Minister Aissa Souley.',
      'MET_WITH Aissa Souley -> Idriss Mahamat',
    ],
    [
      'Crown Prince and Prime Minister Faisal Nasser of Bahrain met Emirati President Rashid Hamdan on Monday.',
      'MET_WITH Faisal Nasser -> Rashid Hamdan',
    ],
    [
      'Prime Minister Tran Van Khoa received Li Ming, State Councilor and Foreign Minister of China, in Hanoi on Monday.',
      'MET_WITH Li Ming -> Tran Van Khoa',
    ],
    [
      'Salman Rashed, Crown Prince and Prime Minister, received Chilean President Ana Ibarra in Manama on Monday.',
      'MET_WITH Ana Ibarra -> Salman Rashed',
    ],
  ])(
    'when two titles are joined by "and", then they are one person\'s, and no word of them is an actor: %s',
    (text, met) => {
      const { triples, record } = read(text);
      expect(ofType(triples, 'MET_WITH')).toEqual([met]);
      expect(record.entities.filter((e) => e.type === 'Person').length).toBe(2);
    },
  );

  it('when a leader "said that" something was possible "following a meeting with" someone, then the leader met them', () => {
    const { dated } = read(
      'Chadian President Ali Deby said on Tuesday that a deal was possible, following a private meeting with the African Union envoy, Kwame Osei.',
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Ali Deby -> Kwame Osei @2025-12-02']);
  });
});
