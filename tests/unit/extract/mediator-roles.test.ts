/**
 * Third parties named by their role, and who else was in the room: an intermediary "between
 * the conflicting countries" mediated between the two named before; "the guarantor countries,
 * A, B and C" are mediators of the talks; an envoy who opened a round alone mediated it while
 * sides who opened talks met; a minister "accompanied" her president to a meeting and met the
 * host, not her own president; a leader who "joined them" met both. Sentences written for
 * these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType, reader } from './helpers.ts';

// A Friday: Saturday is 01-31, Sunday 02-01, Monday 02-02 ... Thursday 02-05.
const PUB = '2026-02-06';
const read = reader(PUB);

describe('roles that name a mediator', () => {
  it('when a diplomat "acted as an intermediary between the conflicting countries", then he mediated between the two named before', () => {
    const { dated, triples } = read(
      'Ecuador and Peru clashed along their border on Monday.',
      'On Tuesday, Brazilian diplomat Heitor Brandão Lacerda acted as an intermediary between the conflicting countries.',
    );
    expect(ofType(dated, 'MEDIATED').sort()).toEqual([
      'MEDIATED Heitor Brandão Lacerda -> Ecuador @2026-02-03',
      'MEDIATED Heitor Brandão Lacerda -> Peru @2026-02-03',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when a negotiator thanked "the guarantor countries, A, B and C", then each of the three mediated between the two states', () => {
    const { triples, events } = read(
      'Ecuador and Peru signed a border accord in Brasília on Thursday.',
      'Ecuadorian negotiator Soledad Pazmiño Cordero thanked the guarantor countries, Brazil, Argentina and Chile, for their help in the talks.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Argentina -> Ecuador',
      'MEDIATED Argentina -> Peru',
      'MEDIATED Brazil -> Ecuador',
      'MEDIATED Brazil -> Peru',
      'MEDIATED Chile -> Ecuador',
      'MEDIATED Chile -> Peru',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Ecuador -> Peru']);
    expect(events.filter((e) => /Brazil party|Chile party|Argentina party/.test(e))).toEqual([]);
  });

  it('when the two signatories are negotiators and one thanked "the guarantor countries", then each guarantor mediated between their sides', () => {
    const { triples, events } = read(
      'Ecuadorian negotiator Soledad Pazmiño Cordero and Peruvian negotiator Walter Ccahuana Rojas signed a border accord in Brasília on Thursday.',
      'Pazmiño Cordero thanked the guarantor countries, Brazil, Argentina and Chile.',
    );
    expect(events).toContain(
      'agreement happened: Argentina mediator, Brazil mediator, Chile mediator, Soledad Pazmiño Cordero party, Walter Ccahuana Rojas party',
    );
    for (const guarantor of ['Brazil', 'Argentina', 'Chile'])
      expect(triples.filter((t) => t.startsWith(`MEDIATED ${guarantor} -> `))).toHaveLength(2);
    expect(
      triples.filter((t) => t.startsWith('MET_WITH') && /Brazil|Argentina|Chile/.test(t)),
    ).toEqual([]);
  });
});

describe('a mediator named beside the name', () => {
  it('when "X, the AU-appointed mediator between A and B, met Y", then X mediated between A and B and met Y', () => {
    const { triples } = read(
      'Ghanaian President Kofi Boateng, the AU-appointed mediator between Sudan and Chad, met Chadian President Idriss Saleh in Ndjamena on Tuesday.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Kofi Boateng -> Sudan',
      'MEDIATED Kofi Boateng -> Chad',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Idriss Saleh -> Kofi Boateng']);
  });
});

describe('a round that brought the sides face to face', () => {
  it('when a round hosted by an envoy brought two negotiators, each named after a comma, face to face, then the envoy mediated and the two met', () => {
    const { triples } = read(
      "The round, hosted in Nicosia by UN envoy Ingrid Solberg, brought Greece's chief negotiator, Nikos Pappas, face to face with Turkey's deputy foreign minister, Emre Kaya.",
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED Ingrid Solberg -> Nikos Pappas',
        'MEDIATED Ingrid Solberg -> Emre Kaya',
        'MET_WITH Emre Kaya -> Nikos Pappas',
      ]),
    );
  });
});

describe('a mediator by what he served as', () => {
  it('when "X, who served as chief mediator in the talks between A and B, said" something, then X mediated between them', () => {
    const { triples } = read(
      'Lars Berg, who served as chief mediator in the talks between Chile and Peru, said the discussions would continue.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Lars Berg -> Chile',
      'MEDIATED Lars Berg -> Peru',
    ]);
  });
});

describe('co-chairs', () => {
  it('when a meeting "was co-chaired by" two officials of two states and no one else is named at it, then the two are its sides and met', () => {
    const { triples } = read(
      'The meeting in Santiago was co-chaired by Chilean Vice Foreign Minister Ana Duarte and Peruvian Undersecretary Hugo Quispe.',
    );
    expect(triples).toEqual(['MET_WITH Ana Duarte -> Hugo Quispe']);
  });

  it('when talks between two sides told before "were co-chaired by" two envoys, then the envoys mediated them', () => {
    const { triples } = read(
      'Chile and Peru held talks in Quito on Monday. The talks were co-chaired by Norwegian envoy Lars Berg and Swiss diplomat Anna Keller.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Lars Berg -> Chile',
      'MEDIATED Lars Berg -> Peru',
      'MEDIATED Anna Keller -> Chile',
      'MEDIATED Anna Keller -> Peru',
    ]);
  });
});

describe('opening talks', () => {
  it('when an envoy "opened the round" of talks between two states alone, then she mediated it and met neither state', () => {
    const { dated, triples, events } = read(
      'UN envoy Astrid Hellberg-Moe opened the third round of talks between Serbia and Kosovo in Brussels on Monday.',
    );
    expect(ofType(dated, 'MEDIATED').sort()).toEqual([
      'MEDIATED Astrid Hellberg-Moe -> Kosovo @2026-02-02',
      'MEDIATED Astrid Hellberg-Moe -> Serbia @2026-02-02',
    ]);
    expect(ofType(triples, 'MET_WITH').filter((t) => t.includes('Hellberg'))).toEqual([]);
    expect(events).toEqual([
      'talks happened: Astrid Hellberg-Moe mediator, Kosovo party, Serbia party',
    ]);
  });

  it('when two states "opened talks", then they are the parties and met, with no mediator', () => {
    const { dated, triples } = read(
      'Serbia and Kosovo opened talks on a border protocol in Brussels on Monday.',
    );
    expect(dated).toEqual(['MET_WITH Kosovo -> Serbia @2026-02-02']);
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('who came along', () => {
  it('when a president met another "accompanied by her foreign minister", then the minister met the host and not her own president', () => {
    const { dated, triples } = read(
      'Accompanied by her foreign minister, Solongo Tsogtbaatar, Mongolian President Tuya Ganbold met Kazakh President Yerbol Nurmagambetov in Astana on Wednesday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Tuya Ganbold -> Yerbol Nurmagambetov @2026-02-04',
        'MET_WITH Solongo Tsogtbaatar -> Yerbol Nurmagambetov @2026-02-04',
      ]),
    );
    expect(triples).not.toContain('MET_WITH Solongo Tsogtbaatar -> Tuya Ganbold');
    expect(triples).not.toContain('LEADS Solongo Tsogtbaatar -> Mongolia');
  });

  it('when a third prime minister "joined them for lunch" after two had met, then she met both on their day', () => {
    const { dated, events } = read(
      'Laotian Prime Minister Khamphanh Sisavath and Vietnamese Prime Minister Tran Minh Duc met in Vientiane on Thursday.',
      'Cambodian Prime Minister Sreymom Vuthy joined them for lunch.',
    );
    expect(ofType(dated, 'MET_WITH').sort()).toEqual([
      'MET_WITH Khamphanh Sisavath -> Sreymom Vuthy @2026-02-05',
      'MET_WITH Khamphanh Sisavath -> Tran Minh Duc @2026-02-05',
      'MET_WITH Sreymom Vuthy -> Tran Minh Duc @2026-02-05',
    ]);
    expect(events.filter((e) => e.startsWith('talks'))).toHaveLength(1);
  });

  it('when a standing format "includes" the sides, the mediators and the observers, then it tells of no occasion', () => {
    const { triples } = read(
      'The Geneva format of the talks includes Georgia and Abkhazia as participants, the UN and the OSCE as mediators, and the United States as an observer.',
    );
    expect(triples.filter((t) => !t.startsWith('LEADS'))).toEqual([]);
  });

  it('when two leaders "co-chaired a meeting of the Joint Oversight Body", then the body is where they met, no side, and they met each other', () => {
    const { triples } = read(
      'Tomas Herrera and Jose Mamani co-chaired a meeting of the Joint Oversight Body in Cochabamba on Monday.',
    );
    expect(triples).toEqual(['MET_WITH Jose Mamani -> Tomas Herrera']);
  });

  it('when talks between two leaders had a moderator, and the two later "co-chaired" a meeting, then the moderator still mediated between them', () => {
    const { triples } = read(
      'Former envoy Lena Vogt moderated the sessions between Prime Minister Tomas Herrera and Governor Jose Mamani in Sucre on Tuesday. Herrera and Mamani last met in May, when they co-chaired a meeting of the Joint Oversight Body in Cochabamba.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Lena Vogt -> Tomas Herrera',
      'MEDIATED Lena Vogt -> Jose Mamani',
    ]);
  });
});

describe('a host named after "since", with an insertion', () => {
  it('when "the round is the fourth since the Emir of Qatar, Sheikh X, brought A and B together at his palace in March", then the Emir brought them together', () => {
    const { triples } = extracted(
      "The round is the fourth since the Emir of Qatar, Sheikh Khalid bin Saad Al Thani, brought Chad's President Idriss Mahamat and Sudan's President Omar Bashir Adam together at his palace in March.",
      '2025-06-07',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Khalid bin Saad Al Thani -> Idriss Mahamat',
      'MEDIATED Khalid bin Saad Al Thani -> Omar Bashir Adam',
    ]);
  });
});

describe('go-betweens named by an anaphor', () => {
  it('when "Who brokered the truce? Qatar and Egypt. Delegations led by A and B met in Doha for talks mediated by the two countries", then the two countries are Qatar and Egypt, not the sides', () => {
    const { triples } = extracted(
      [
        'Who brokered the truce?',
        "Qatar and Egypt. On March 16, delegations led by Chad's defence minister, Idriss Saleh, and Sudan's defence minister, Omar Khalil, met in Doha for talks mediated by the two countries.",
      ].join('\n'),
      '2025-06-07',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Egypt -> Chad',
      'MEDIATED Egypt -> Sudan',
      'MEDIATED Qatar -> Chad',
      'MEDIATED Qatar -> Sudan',
    ]);
  });
});

describe('a handshake told in a "when" clause, and the host of "their meeting"', () => {
  it('when "When A and his counterpart, B, shook hands in Beijing on April 6, the photographs told a story. Their meeting was hosted by X", then A and B met, and X hosted and mediated their meeting', () => {
    const { triples } = extracted(
      [
        'When Moroccan Foreign Minister Karim Benali and his Algerian counterpart, Yacine Haddad, shook hands in Doha on April 6, the photographs told a simple story: Qatar had done what Paris could not.',
        "Their meeting, the first between the two countries' foreign ministers in years, was hosted by Qatar's top diplomat, Hamad Al-Kuwari.",
      ].join('\n'),
      '2025-06-07',
    );
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Karim Benali -> Yacine Haddad');
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Hamad Al-Kuwari -> Karim Benali',
      'MEDIATED Hamad Al-Kuwari -> Yacine Haddad',
    ]);
  });
});

describe('a host in a "where" clause with an apposition', () => {
  it('when "the commission met in Brasilia, where Brazil\'s foreign minister, X, hosted her Guyanese and Venezuelan counterparts, A and B", then X hosted and mediated between them', () => {
    const { triples } = extracted(
      "The joint commission met for the first time on 25 January in Lima, where Peru's foreign minister, Rosa Quispe, hosted her Chilean and Bolivian counterparts, Ana Rojas and Luis Mamani.",
      '2025-06-07',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Rosa Quispe -> Ana Rojas',
      'MEDIATED Rosa Quispe -> Luis Mamani',
    ]);
  });
});

describe('a host listed among the sides', () => {
  it('when officials from A, B and C met and "the meeting, hosted by C, was facilitated by" a UN office, then C is a side the office mediated for, no mediator itself', () => {
    const { triples } = read(
      [
        'Officials from Gabon, Cameroon and Equatorial Guinea met in Libreville on Monday for their first three-way talks on a shared dam.',
        'The meeting, hosted by Gabon, was facilitated by the UN Regional Office for Central Africa (UNOCA).',
      ].join('\n'),
    );
    const mediated = ofType(triples, 'MEDIATED');
    expect(mediated.filter((t) => t.startsWith('MEDIATED Gabon'))).toEqual([]);
    expect(mediated).toEqual(
      expect.arrayContaining([
        'MEDIATED UN Regional Office for Central Africa -> Cameroon',
        'MEDIATED UN Regional Office for Central Africa -> Equatorial Guinea',
        'MEDIATED UN Regional Office for Central Africa -> Gabon',
      ]),
    );
  });
});

describe('a moderator in the room', () => {
  it('when "the meeting ... was moderated by" a minister, then the minister mediated and met both sides', () => {
    const { triples } = read(
      [
        "Ghana's foreign minister, Ama Owusu, and her Togolese counterpart, Kossi Agbo, held talks in Lome on Thursday.",
        "The meeting was brokered by the Beninese government and moderated by Benin's foreign minister, Rachidi Bio.",
      ].join('\n'),
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Ama Owusu -> Rachidi Bio',
        'MET_WITH Kossi Agbo -> Rachidi Bio',
      ]),
    );
  });
});

describe('a subject after a fronted clause of time', () => {
  it('when "Before the talks began, Togo’s President, X, received both ministers", then X met the two ministers', () => {
    const { triples } = read(
      [
        "Ghana's foreign minister, Ama Owusu, and her Beninese counterpart, Rachidi Bio, held talks in Lome on Thursday.",
        "Before the talks began, Togo's President, Kodjo Amegbo, received both ministers and urged them to reach a deal.",
      ].join('\n'),
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Ama Owusu -> Kodjo Amegbo',
        'MET_WITH Kodjo Amegbo -> Rachidi Bio',
      ]),
    );
  });
});
