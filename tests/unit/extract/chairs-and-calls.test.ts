/**
 * Chairs, calls, second parties and offers: a person who chaired or presided over talks met
 * everyone at the table but never a state as a whole, and a state or organisation that
 * co-chaired met no one; "spoke by phone / by video link" is a call, not a passive with an
 * agent; one verb with two objects on two days is two events whose objects never met; a call
 * for talks plans them, and good offices, even rejected, are an offer and not a mediation. A
 * briefing is a meeting where it has a place, a call by phone, and neither where it says
 * neither; thanks to a go-between's body go to the talks, not to its envoy's briefing.
 * Sentences written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { notLeads, ofType, reader } from './helpers.ts';

// A Friday: Saturday is 10-11, Sunday 10-12, Monday 10-13 ... Thursday 10-16.
const PUB = '2025-10-17';
const read = reader(PUB);

describe('chairs', () => {
  it('when a diplomat chaired talks between two ministers, then she mediated for both and met each of them', () => {
    const { dated, triples } = read(
      "Kenyan diplomat Nyokabi Gathecha chaired Tuesday's talks between Ethiopian Foreign Minister Abebech Gudeta and Eritrean Foreign Minister Semhar Kidane in Nairobi.",
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Nyokabi Gathecha -> Abebech Gudeta @2025-10-14',
        'MEDIATED Nyokabi Gathecha -> Semhar Kidane @2025-10-14',
        'MET_WITH Abebech Gudeta -> Nyokabi Gathecha @2025-10-14',
        'MET_WITH Nyokabi Gathecha -> Semhar Kidane @2025-10-14',
        'MET_WITH Abebech Gudeta -> Semhar Kidane @2025-10-14',
      ]),
    );
    expect(triples.filter((t) => /Ethiopia|Eritrea|Kenya/.test(t))).toEqual([]);
  });

  it('when a former president presided over talks between two states, then she mediated for both but met neither state as a whole', () => {
    const { dated, triples } = read(
      "Former Finnish President Kaarina Vuorilehto presided over Wednesday's talks between Azerbaijan and Armenia in Helsinki.",
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Kaarina Vuorilehto -> Azerbaijan @2025-10-15',
        'MEDIATED Kaarina Vuorilehto -> Armenia @2025-10-15',
        'MET_WITH Armenia -> Azerbaijan @2025-10-15',
      ]),
    );
    expect(ofType(triples, 'MET_WITH').filter((t) => t.includes('Vuorilehto'))).toEqual([]);
  });

  it('when an envoy attended talks that a former president chaired, then the chair met the attendee and both sides', () => {
    const { triples, events } = read(
      'Georgian envoy Tamuna Kvirikashvili attended talks between Azerbaijani envoy Rovshan Alakbarli and Armenian envoy Lusine Ter-Avetisyan in Helsinki on Wednesday, chaired by former Finnish President Kaarina Vuorilehto.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Kaarina Vuorilehto -> Tamuna Kvirikashvili',
        'MET_WITH Kaarina Vuorilehto -> Rovshan Alakbarli',
        'MET_WITH Kaarina Vuorilehto -> Lusine Ter-Avetisyan',
      ]),
    );
    expect(ofType(triples, 'MEDIATED').filter((t) => t.includes('Kvirikashvili'))).toEqual([]);
    expect(events).toContain(
      'talks happened: Kaarina Vuorilehto mediator, Lusine Ter-Avetisyan party, Rovshan Alakbarli party, Tamuna Kvirikashvili attendee',
    );
  });

  it('when an envoy and an organisation co-chaired talks between two negotiators, then the envoy met both and the organisation met no one', () => {
    const { triples, events } = read(
      'Swiss envoy Séverine Aebischer and the OSCE co-chaired talks between Serbian negotiator Jelena Radojković and Kosovar negotiator Blerim Hoxhaj in Geneva on Monday.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Blerim Hoxhaj -> Jelena Radojković',
      'MET_WITH Blerim Hoxhaj -> Séverine Aebischer',
      'MET_WITH Jelena Radojković -> Séverine Aebischer',
    ]);
    expect(events).toContain(
      'talks happened: Blerim Hoxhaj party, Jelena Radojković party, OSCE mediator, Séverine Aebischer mediator',
    );
  });

  it('when a state and a diplomat co-chaired talks between a government and rebels, then the diplomat met the rebels and neither chair met a state', () => {
    const { triples } = read(
      'Norway and Cuban diplomat Yudelkis Portuondo co-chaired talks between the Colombian government and the ELN in Havana on Thursday.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED Norway -> Colombia',
        'MEDIATED Yudelkis Portuondo -> ELN',
        'MET_WITH Colombia -> ELN',
        'MET_WITH ELN -> Yudelkis Portuondo',
      ]),
    );
    expect(triples).not.toContain('MET_WITH Colombia -> Yudelkis Portuondo');
    expect(ofType(triples, 'MET_WITH').filter((t) => t.includes('Norway'))).toEqual([]);
  });

  it('when a summit chaired by a president handed states a task, then the chair mediated between none of them', () => {
    const { triples } = read(
      'The trip followed a SADC summit in Lusaka on Sunday, chaired by Zambian President Mwila Banda, at which the members asked Malawi, Namibia and Botswana to engage the rebels.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('calls by phone and video link', () => {
  it('when a president "spoke by phone with" another, then they spoke and did not meet', () => {
    const { dated, triples, events } = read(
      'Malawian President Chisomo Kaliwo spoke by phone with Zambian President Chilufya Siame on Tuesday.',
    );
    expect(dated).toContain('SPOKE_WITH Chilufya Siame -> Chisomo Kaliwo @2025-10-14');
    expect(events).toEqual(['call happened: Chilufya Siame party, Chisomo Kaliwo party']);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when two presidents "spoke by video link", then they spoke and did not meet', () => {
    const { dated, triples } = read(
      'Uzbek President Nodira Rakhimova and Kazakh President Serik Zhumabekov spoke by video link on Wednesday.',
    );
    expect(dated).toContain('SPOKE_WITH Nodira Rakhimova -> Serik Zhumabekov @2025-10-15');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when a president assured another of support "in a telephone call", then they spoke on its day', () => {
    const { dated, triples } = read(
      'Kyrgyz President Temirbek Asanaliev assured Tajik President Shuhrat Davlatzoda of his support in a telephone call on Wednesday.',
    );
    expect(dated).toContain('SPOKE_WITH Shuhrat Davlatzoda -> Temirbek Asanaliev @2025-10-15');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});

describe('readouts with the name set off by commas', () => {
  it('when "X\'s Foreign Minister, Y, received a phone call from Z, ..., during which they discussed" something, then Y and Z spoke', () => {
    const { triples } = read(
      "Qatar's Foreign Minister, Hamad Al Thani, received a phone call from Lena Aho, Foreign Minister of Finland, during which they discussed the situation in the region.",
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Hamad Al Thani -> Lena Aho']);
  });
});

describe('a call told by the one who made it', () => {
  it('when a prime minister "said the agreement was reached after a telephone conversation with" two others, then he was on the call', () => {
    const { triples } = read(
      'Malaysian Prime Minister Razak Halim said the agreement was reached after a telephone conversation with Thai Prime Minister Somchai Wong and Cambodian Prime Minister Hun Sok.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'SPOKE_WITH Razak Halim -> Somchai Wong',
        'SPOKE_WITH Hun Sok -> Razak Halim',
      ]),
    );
  });
});

describe('calls in the plural', () => {
  it('when a minister "had phone conversations with several foreign ministers, including" three, then he spoke with each, and they did not speak with one another', () => {
    const { triples } = read(
      "Turkish Foreign Minister Kemal Aydin had phone conversations with several foreign ministers, including Qatar's Hamad Al Thani, Egypt's Sameh Fouad and Iran's Ali Rezaei.",
    );
    expect(ofType(triples, 'SPOKE_WITH').sort()).toEqual([
      'SPOKE_WITH Ali Rezaei -> Kemal Aydin',
      'SPOKE_WITH Hamad Al Thani -> Kemal Aydin',
      'SPOKE_WITH Kemal Aydin -> Sameh Fouad',
    ]);
  });

  it('when a minister "held phone calls with" two others, then he spoke with each', () => {
    const { triples } = read(
      "Turkish Foreign Minister Kemal Aydin held phone calls with Qatar's Hamad Al Thani and Egypt's Sameh Fouad on Monday.",
    );
    expect(ofType(triples, 'SPOKE_WITH').sort()).toEqual([
      'SPOKE_WITH Hamad Al Thani -> Kemal Aydin',
      'SPOKE_WITH Kemal Aydin -> Sameh Fouad',
    ]);
  });
});

describe('calls named as talks or meetings', () => {
  it.each([
    'Chinese Foreign Minister Li Wen held telephone talks with Secretary of State Daniel Harper of the United States on Tuesday.',
    'Chinese Foreign Minister Li Wen held a video meeting with Secretary of State Daniel Harper of the United States on Tuesday.',
    'Chinese Foreign Minister Li Wen held talks via video link with Secretary of State Daniel Harper of the United States on Tuesday.',
  ])(
    'when talks or a meeting were held by phone or video, then it is a call between the two people, and their state is no side: %s',
    (text) => {
      const { triples, events } = read(text);
      expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Daniel Harper -> Li Wen']);
      expect(ofType(triples, 'MET_WITH')).toEqual([]);
      expect(events).toEqual(['call happened: Daniel Harper party, Li Wen party']);
    },
  );
});

describe('briefings', () => {
  it('when an envoy briefed a president at her palace, then they met there', () => {
    const { dated, triples } = read(
      'On Thursday, UN envoy Tomas Lindgren briefed Malawian President Chisomo Kaliwo at the presidential palace in Lilongwe.',
    );
    expect(dated).toContain('MET_WITH Chisomo Kaliwo -> Tomas Lindgren @2025-10-16');
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
  });

  it('when an envoy briefed a president by phone, then they spoke', () => {
    const { triples } = read(
      'UN envoy Tomas Lindgren briefed Malawian President Chisomo Kaliwo by phone on Thursday.',
    );
    expect(triples).toContain('SPOKE_WITH Chisomo Kaliwo -> Tomas Lindgren');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when a briefing says neither where nor how, then no meeting and no call is claimed', () => {
    const { triples } = read(
      'UN envoy Tomas Lindgren briefed President Chisomo Kaliwo on Thursday.',
    );
    expect([...ofType(triples, 'MET_WITH'), ...ofType(triples, 'SPOKE_WITH')]).toEqual([]);
  });

  it("when a president met the envoy and then thanked the envoy's organisation for its facilitation, then it mediated the talks told before, not her meeting with him", () => {
    const { triples } = read(
      [
        'Malawi and Zambia resumed border talks in Mzuzu on Thursday, hosted by the head of the OSCE Mission to Malawi, Ambassador Tomas Lindgren.',
        'Later on Thursday, Lindgren met Malawian President Chisomo Kaliwo at the presidential palace in Lilongwe.',
        'Kaliwo said the agreement was a small step and thanked the OSCE for its patient facilitation.',
      ].join('\n'),
    );
    expect(triples).toEqual(
      expect.arrayContaining(['MEDIATED OSCE -> Malawi', 'MEDIATED OSCE -> Zambia']),
    );
    expect(triples).not.toContain('MEDIATED OSCE -> OSCE Mission to Malawi');
  });
});

describe('a second party with its own day', () => {
  it('when a minister spoke by video link with one counterpart on Monday "and with" another on Wednesday, then there are two calls and the two never spoke', () => {
    const { dated, triples, statuses } = read(
      'Indonesian Foreign Minister Indah Kusumawardani spoke by video link with Thai Foreign Minister Pongsak Rattanawong on Monday and with Cambodian Foreign Minister Sophal Keomony on Wednesday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'SPOKE_WITH Indah Kusumawardani -> Pongsak Rattanawong @2025-10-13',
        'SPOKE_WITH Indah Kusumawardani -> Sophal Keomony @2025-10-15',
      ]),
    );
    expect(triples).not.toContain('SPOKE_WITH Pongsak Rattanawong -> Sophal Keomony');
    expect(dated).not.toContain('SPOKE_WITH Indah Kusumawardani -> Sophal Keomony @2025-10-13');
    expect(statuses).toEqual(['call happened', 'call happened']);
  });

  it('when a president received one guest on Monday and another on Wednesday, then she met each on their own day and the guests never met', () => {
    const { dated, triples, statuses } = read(
      'Mongolian President Enkhjargal Tserendorj received Kazakh Prime Minister Daulet Sarsenbayev on Monday and Kyrgyz Prime Minister Bakytbek Turgunaliev on Wednesday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Daulet Sarsenbayev -> Enkhjargal Tserendorj @2025-10-13',
        'MET_WITH Bakytbek Turgunaliev -> Enkhjargal Tserendorj @2025-10-15',
        'HOSTED Enkhjargal Tserendorj -> Daulet Sarsenbayev @2025-10-13',
        'HOSTED Enkhjargal Tserendorj -> Bakytbek Turgunaliev @2025-10-15',
      ]),
    );
    expect(triples).not.toContain('MET_WITH Bakytbek Turgunaliev -> Daulet Sarsenbayev');
    expect(statuses).toEqual(['talks happened', 'talks happened']);
  });
});

describe('calls for talks and offers', () => {
  it('when a minister "called for talks" between two states, then nothing happened: the talks are planned', () => {
    const { triples, statuses } = read(
      'Togolese Foreign Minister Afi Dzidzienyo called for talks between Niger and Benin on Tuesday.',
    );
    expect(notLeads(triples)).toEqual([]);
    expect(statuses).toEqual(['talks planned']);
  });

  it('when a president "offered her good offices" after two disputing states were named, then she offered to mediate between them and mediated nothing', () => {
    const { dated, triples } = read(
      'Tajikistan and Kyrgyzstan have disputed the Vorukh enclave for decades.',
      'Uzbek President Nodira Rakhimova offered her good offices on Tuesday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'OFFERED_MEDIATION Nodira Rakhimova -> Tajikistan @2025-10-14',
        'OFFERED_MEDIATION Nodira Rakhimova -> Kyrgyzstan @2025-10-14',
      ]),
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when a state rejected an offer by a president to mediate, then the offer still stands as an offer and no one mediated', () => {
    const { dated, triples, statuses } = read(
      'Kyrgyzstan on Wednesday rejected an offer by Kazakh President Serik Zhumabekov to mediate between Kyrgyzstan and Tajikistan.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'OFFERED_MEDIATION Serik Zhumabekov -> Kyrgyzstan @2025-10-15',
        'OFFERED_MEDIATION Serik Zhumabekov -> Tajikistan @2025-10-15',
      ]),
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(statuses).toEqual(['talks offered']);
  });
});
