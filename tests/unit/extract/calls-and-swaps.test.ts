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

  it('when a minister "urged" two states to calm down, "speaking with" their presidents, then she spoke with each; a visit still to come, "meeting" someone, is only planned', () => {
    const urged = extracted(
      'Nigerian Foreign Minister Amina Bello urged Ghana and Togo to de-escalate, speaking with Kwame Asante and Kodjo Amouzou on Friday.',
      PUB,
    );
    expect(ofType(urged.dated, 'SPOKE_WITH')).toEqual([
      'SPOKE_WITH Amina Bello -> Kwame Asante @2025-06-06',
      'SPOKE_WITH Amina Bello -> Kodjo Amouzou @2025-06-06',
    ]);
    const later = extracted(
      'Nigerian Foreign Minister Amina Bello will visit Accra, meeting Kwame Asante on Friday.',
      PUB,
    );
    expect(ofType(later.triples, 'MET_WITH')).toEqual([]);
  });

  it('when a president "once again met" another, then "once" opens no clause and they met', () => {
    const { triples } = read('Asante once again met Amouzou in Lomé on Tuesday.');
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Kodjo Amouzou -> Kwame Asante']);
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

describe('swaps told by whose captives changed hands', () => {
  it.each([
    'Qatar said it succeeded in mediating the release of 40 Ghanaian prisoners in exchange for 40 Togolese prisoners.',
    'Qatar mediated the exchange of 40 Ghanaian and 40 Togolese prisoners of war on Friday.',
  ])('when "%s", then Qatar mediated between the two states', (sentence) => {
    const { triples } = extracted(sentence, PUB);
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Qatar -> Ghana',
      'MEDIATED Qatar -> Togo',
    ]);
  });
});

describe('visits', () => {
  it('when a president "visited" a one-word town the gazetteer does not know, then he visited it and met no one', () => {
    const { triples } = read('Asante visited Kumasi on Tuesday.');
    expect(triples).toContain('VISITED Kwame Asante -> Kumasi');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});

describe('joining from afar', () => {
  it('when a president "joined by video link" a meeting chaired by another, then she spoke with everyone there and met no one', () => {
    const { triples } = extracted(
      [
        'Barbadian Prime Minister Patricia Greaves-Clarke chaired a meeting of Guyanese President Rohan Persaud and Surinamese President Armand Kromodimedjo in Bridgetown on Thursday.',
        'Brazilian President Helena Drummond Vasconcelos joined by video link from Brasília for the final half hour.',
      ].join('\n'),
      '2024-01-19',
    );
    for (const other of ['Rohan Persaud', 'Armand Kromodimedjo', 'Patricia Greaves-Clarke']) {
      const pair = [other, 'Helena Drummond Vasconcelos'].sort().join(' -> ');
      expect(triples).toContain(`SPOKE_WITH ${pair}`);
      expect(triples).not.toContain(`MET_WITH ${pair}`);
    }
    expect(triples).toContain('MET_WITH Armand Kromodimedjo -> Rohan Persaud');
  });

  it('when a president "joined the alliance", then she joined no meeting', () => {
    const { events } = extracted(
      'Brazilian President Helena Drummond Vasconcelos joined the alliance in 2023.',
      PUB,
    );
    expect(events).toEqual([]);
  });
});

describe('hosting one guest', () => {
  it.each([
    'Asante hosted a dinner for Amouzou on Tuesday.',
    'Asante hosted Amouzou for talks on Tuesday.',
  ])('when "%s", then the host received the guest and mediated nothing', (sentence) => {
    const { dated } = read(sentence);
    expect(dated).toContain('HOSTED Kwame Asante -> Kodjo Amouzou @2025-06-03');
    expect(ofType(dated, 'MEDIATED')).toEqual([]);
  });

  it('when a meeting was held "on the sidelines of the AU summit", then the union is not a side', () => {
    const { triples } = read(
      'Asante held a bilateral meeting with Amouzou on the sidelines of the AU summit on Tuesday.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Kodjo Amouzou -> Kwame Asante']);
  });

  it('when "During his visit to Lomé, Asante met Amouzou", then the visit is Asante\'s', () => {
    const { triples } = read('During his visit to Lomé on Tuesday, Asante met Amouzou.');
    expect(triples).toContain('VISITED Kwame Asante -> Lomé');
    expect(triples).not.toContain('VISITED Kodjo Amouzou -> Lomé');
  });
});

describe('counterparts named by their state alone', () => {
  it('when a president "met his Togolese counterpart", then he met the one person the article gives a Togolese title', () => {
    const { triples } = read('Asante met his Togolese counterpart on Tuesday.');
    expect(triples).toContain('MET_WITH Kodjo Amouzou -> Kwame Asante');
  });

  it('when no one of that state is named, then the counterpart stays unnamed', () => {
    const { triples } = read('Asante met his Beninese counterpart on Tuesday.');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});

describe('where-clauses', () => {
  it('when a president "paid a state visit to Togo on Tuesday, where he held talks with" its president, then the talks were that Tuesday', () => {
    const { dated } = read(
      'Asante paid a state visit to Togo on Tuesday, where he held talks with Amouzou.',
    );
    expect(dated).toContain('MET_WITH Kodjo Amouzou -> Kwame Asante @2025-06-03');
  });
});

describe('clauses after a conjunction', () => {
  it('when "The visit came after" a secretary of state "spoke over the phone" with a minister, then the two spoke', () => {
    const { dated } = extracted(
      'The visit came after US Secretary of State Laura Brent spoke over the phone on Friday with Algerian Foreign Minister Ahmed Benali Attaf.',
      '2025-04-26',
    );
    expect(dated).toContain('SPOKE_WITH Ahmed Benali Attaf -> Laura Brent @2025-04-25');
  });
});

describe('days counted from another event', () => {
  it('when a meeting "comes a day after a similar meeting", then neither is dated from the report, nor planned', () => {
    const { statuses, dated } = read(
      "Asante's meeting with Amouzou comes a day after a similar meeting with Beninese President Romuald Dossou.",
    );
    expect(statuses.every((s) => s.endsWith('happened'))).toBe(true);
    expect(dated.filter((t) => t.endsWith('@2025-06-08'))).toEqual([]);
  });
});

describe('calls told in other words', () => {
  it('when a president "told" another "by phone" that his state would help, then they spoke', () => {
    const { dated } = read('Asante told Amouzou by phone on Tuesday that Ghana would help.');
    expect(dated).toContain('SPOKE_WITH Kodjo Amouzou -> Kwame Asante @2025-06-03');
  });

  it('when a president "told" a news agency by phone, then he spoke with no one', () => {
    const { triples } = read('Asante told Reuters by phone on Tuesday that talks would resume.');
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
  });

  it('when "the two leaders spoke by telephone" after two heads of state were named apart, then those two spoke', () => {
    const { dated } = read('The two leaders spoke by telephone on Tuesday.');
    expect(dated).toContain('SPOKE_WITH Kodjo Amouzou -> Kwame Asante @2025-06-03');
  });
});

describe('appeals', () => {
  it.each([
    'Arslan repeated his call for a deal between two states.',
    'Arslan renewed his call to end the blockade on Monday.',
  ])('when "%s", then the call is an appeal, no phone call', (text) => {
    expect(read(text).record.events ?? []).toEqual([]);
  });
});

describe('a call has no go-between', () => {
  it('when a host "joined them for the final hour" of talks and a commissioner joined "by video link", then the host met both sides face to face, and only the commissioner spoke by video', () => {
    const { triples } = extracted(
      [
        'OHRID, North Macedonia (CP) - The prime ministers of Greece and Albania met Saturday for the first time in two years, at talks hosted by North Macedonian Prime Minister Marko Petrovski on the shore of Lake Ohrid.',
        'Greek Prime Minister Nikos Pappas and Albanian Prime Minister Arben Hoxha talked for almost four hours at a lakeside hotel, with Petrovski joining them for the final hour.',
        'EU Enlargement Commissioner Anna Lindgren joined the last part of the meeting by video link from Brussels, the European Commission said.',
      ].join('\n'),
      '2024-04-14',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Arben Hoxha -> Marko Petrovski',
        'MET_WITH Marko Petrovski -> Nikos Pappas',
      ]),
    );
    expect(ofType(triples, 'SPOKE_WITH').filter((t) => t.includes('Petrovski'))).toEqual([]);
  });
});

describe('telephone exchanges', () => {
  it('when two commanders "agreed to meet in Lusaka during their telephone exchanges", then they spoke by phone and have not met yet', () => {
    const { triples } = extracted(
      'The meeting in Lusaka comes after army chief Gen Amos Phiri and rebel commander Gen John Mumba agreed to meet in Lusaka during their telephone exchanges.',
      PUB,
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Amos Phiri -> John Mumba']);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});
