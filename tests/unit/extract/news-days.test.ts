/**
 * Days the text leaves to its news: a lede that says sides "have agreed in talks mediated by X"
 * reports that day's news, not just that year's; and a meeting told later with the lede's
 * people and no day of its own is the lede's day, not only its month. Sentences written for
 * these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

const read = (text: string) => extracted(text, '2025-10-19');

describe('the news day of the lede', () => {
  it('when the lede says two states "have agreed" in talks a third mediated, then the talks are the day of the report', () => {
    const { dated } = read(
      'Chad and Sudan have agreed to an immediate ceasefire in talks mediated by Qatar, the two sides said.',
    );
    expect(ofType(dated, 'MEDIATED')).toContain('MEDIATED Qatar -> Chad @2025-10-19');
  });

  it('when "have met" comes late in a report, then it is of the report’s year only', () => {
    const { dated } = read(
      [
        'Kenya and Uganda signed a rail deal in Nairobi on Friday.',
        'The deal was welcomed across the region.',
        'Officials said the pact would cut freight costs by a third.',
        'Separately, Chadian and Sudanese envoys have met in Doha to discuss the border.',
      ].join(' '),
    );
    expect(ofType(dated, 'MET_WITH')).toContain('MET_WITH Chad -> Sudan @2025');
  });

  it('when a meeting with the lede’s people is told later with no day, then it is the lede’s day', () => {
    const { dated } = read(
      [
        'EU envoy Lars Holm met Serbian President Milan Petrovic in Belgrade on Friday.',
        'He said the dialogue would resume soon.',
        'Progress had been made on several issues, he added.',
        'Holm also held talks with Prime Minister Ana Kovac.',
      ].join(' '),
    );
    expect(ofType(dated, 'MET_WITH')).toContain('MET_WITH Ana Kovac -> Lars Holm @2025-10-17');
  });
});

describe('conversations', () => {
  it('when someone "described his conversation with" a president, with no phone said, then it is no call', () => {
    const { triples } = read(
      'Chinese Foreign Minister Tang Wei described his conversation with President Ricardo Lagos as very friendly.',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when "during their telephone conversation, A and B" opens a sentence, then "their" is A and B', () => {
    const { triples } = read(
      'Putin held separate talks with the Indian and Pakistani leaders on Monday. During their Thursday telephone conversation, Putin and Bush also discussed trade.',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Bush -> Putin']);
  });
});

describe('offices held then, and talks only desired', () => {
  it('when he "met then Cuban President X", then X led Cuba then, not now', () => {
    const { triples } = read(
      'This is Carter’s second trip to the island following that in 2002 when he met then Cuban President Fidel Castro.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
  });

  it('when a leader "reaffirmed Cuba’s desire for dialogue with" a state, then they have not met', () => {
    const { triples, statuses } = read(
      'Cuban President Raul Castro reaffirmed Cuba’s desire for dialogue with the United States on any issue.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(statuses).toContain('talks hoped');
  });
});

describe('received with a team, on arrival', () => {
  it('when "X and his delegation were received by" a president "upon arrival", then X met him on the day of the trip', () => {
    const { dated } = read(
      'Ethiopian Prime Minister Dawit Bekele left for Juba on Monday. Bekele and his delegation were received by South Sudanese President Deng Garang upon arrival in Juba.',
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Dawit Bekele -> Deng Garang @2025-10-13']);
  });
});

describe('embraces', () => {
  it('when two leaders "hugged each other", or one "embraced" the other, then they met; a policy embraced is no meeting', () => {
    expect(
      ofType(
        read('President Ramos and Misuari hugged each other amid applause in the palace.').triples,
        'MET_WITH',
      ),
    ).toEqual(['MET_WITH Misuari -> Ramos']);
    expect(
      ofType(
        read(
          'Philippine President Fidel Ramos embraced rebel leader Nur Misuari at the palace on Monday.',
        ).triples,
        'MET_WITH',
      ),
    ).toEqual(['MET_WITH Fidel Ramos -> Nur Misuari']);
    expect(read('The Kenyan government embraced the proposal on Monday.').triples).toEqual([]);
  });
});

describe('a headline title in capitals', () => {
  it('when a headline says "Ethiopian PM leaves for South Sudan", then "PM" is no body that visits', () => {
    const { record, triples } = extracted(
      'Ethiopian PM leaves for South Sudan to attend peace talks\n\nPrime Minister Dawit Bekele left for Juba on Monday.',
      '2025-10-19',
    );
    expect(record.entities.map((e) => e.name)).not.toContain('PM');
    expect(ofType(triples, 'VISITED').every((t) => !t.includes(' PM '))).toBe(true);
  });
});
