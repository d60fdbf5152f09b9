/**
 * How wire copy names the go-betweens of shuttle and proximity talks: a mediating state with a
 * date between it and its verb ("X on Friday mediated"), a surname with its particle ("mediated
 * by al-Rawahi"), a host who "met separately" with each side, a regional envoy's title ("UN
 * Great Lakes envoy"), one "of the facilitators" or "among the guarantors", "with X playing a
 * mediating role", companions of the mediator ("along with", "together with"), and the sides'
 * "representatives of the ...", talks between the sides in a named city (face to face, with
 * guarantors beside them), states that "accompany the process" (no room to be in), and a side
 * named only as "the government" where the host is the one state in view.
 * Sentences written for these tests, about invented events.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

// A Friday: Monday is 12-01, Thursday 12-04.
const PUB = '2025-12-05';
const read = reader(PUB);

describe('go-betweens', () => {
  it('when a date stands between the mediating state and its verb, then the verb still governs the talks', () => {
    const { triples, dated } = read(
      'Qatar on Thursday mediated indirect talks between Rwanda and Burundi over their border.',
    );
    expect(ofType(dated, 'MEDIATED')).toEqual([
      'MEDIATED Qatar -> Rwanda @2025-12-04',
      'MEDIATED Qatar -> Burundi @2025-12-04',
    ]);
    // Indirect talks are no meeting of the sides.
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when talks told as held are later called indirect, then the sides are not said to have met', () => {
    const { triples } = read(
      'Rwandan and Burundian delegations held talks in Doha on Monday.',
      'The indirect talks were mediated by al-Rawahi, the Qatari envoy.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED al-Rawahi -> Rwanda',
      'MEDIATED al-Rawahi -> Burundi',
    ]);
  });

  it('when a surname is written with its particle alone, then it is the person named in full before', () => {
    const { triples } = read(
      "Qatar's envoy, Salim al-Rawahi, arrived in Doha on Monday.",
      'Talks between Rwanda and Burundi opened on Tuesday, mediated by al-Rawahi.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Salim al-Rawahi -> Rwanda',
      'MEDIATED Salim al-Rawahi -> Burundi',
    ]);
  });

  it('when a host met separately with two envoys, then each met the host and not each other', () => {
    const { triples } = read(
      "Qatar's Foreign Minister Salim al-Rawahi met separately with Rwandan Foreign Minister Aline Uwase and UN Great Lakes envoy Tomas Lindqvist in Doha on Monday.",
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Aline Uwase -> Salim al-Rawahi',
      'MET_WITH Salim al-Rawahi -> Tomas Lindqvist',
    ]);
  });

  it('when a regional brief sits inside a title, then the name after it is a person, not the body', () => {
    const { record } = read(
      'Kenya received US Horn of Africa envoy Marta Quill in Nairobi on Monday.',
    );
    const people = record.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['Marta Quill']);
  });

  it('when a state was one of the facilitators, or among the guarantors, then it mediated the talks told before', () => {
    const { triples } = read(
      'Talks between Colombia and the ELN resumed in Caracas on Monday.',
      'Norway was one of the facilitators, and Cuba and Chile were among the guarantors.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Chile -> Colombia',
      'MEDIATED Chile -> ELN',
      'MEDIATED Cuba -> Colombia',
      'MEDIATED Cuba -> ELN',
      'MEDIATED Norway -> Colombia',
      'MEDIATED Norway -> ELN',
    ]);
  });

  it('when a talks noun is followed by "in which X was one of the facilitators", then X mediated them', () => {
    const { triples } = read(
      'The deal followed two years of secret talks between Bogota and the ELN, in which Norway was one of the facilitators.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Norway -> Colombia',
      'MEDIATED Norway -> ELN',
    ]);
  });

  it('when a state "has been trying for years to bridge differences between" two others, then it mediated, and "will try" is only a plan', () => {
    const tried = read(
      'Norway has been trying for years to bridge differences between Chile and Bolivia.',
    );
    expect(ofType(tried.triples, 'MEDIATED')).toEqual([
      'MEDIATED Norway -> Chile',
      'MEDIATED Norway -> Bolivia',
    ]);
    const later = read('Norway will try to bridge differences between Chile and Bolivia.');
    expect(ofType(later.triples, 'MEDIATED')).toEqual([]);
  });

  it('when a minister "conducted shuttle diplomacy between" two states, then he mediated between them and met neither', () => {
    const { triples } = read(
      'Norwegian Foreign Minister Lars Berg conducted shuttle diplomacy between Chile and Bolivia last week.',
    );
    expect(triples.filter((t) => !t.startsWith('LEADS'))).toEqual([
      'MEDIATED Lars Berg -> Chile',
      'MEDIATED Lars Berg -> Bolivia',
    ]);
  });

  it.each([
    'Norway hosts talks between Chile and Bolivia in Oslo.',
    'Norway mediates talks between Chile and Bolivia in Oslo.',
  ])(
    'when a headline says "%s" in the present, then Norway stands between the two and is no side',
    (headline) => {
      const { triples } = read(headline);
      expect(ofType(triples, 'MEDIATED')).toEqual([
        'MEDIATED Norway -> Chile',
        'MEDIATED Norway -> Bolivia',
      ]);
      expect(ofType(triples, 'MET_WITH').filter((t) => t.includes('Norway'))).toEqual([]);
    },
  );

  it.each([
    'Former Irish president Mary Walsh has been called in to mediate between Chile and Bolivia.',
    'Former Irish president Mary Walsh has been brought in to mediate the talks between Chile and Bolivia.',
  ])('when "%s", then she mediated between them and no one was phoned', (sentence) => {
    const { triples, events } = read(sentence);
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Mary Walsh -> Chile',
      'MEDIATED Mary Walsh -> Bolivia',
    ]);
    expect(events.filter((e) => e.startsWith('call'))).toEqual([]);
  });

  it('when a state is said to play a mediating role, then it mediated', () => {
    const { triples } = read(
      'Angola and Zambia held border talks in Lusaka on Monday, with Botswana playing a central mediating role.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Botswana -> Angola',
      'MEDIATED Botswana -> Zambia',
    ]);
  });

  it('when a mediator acts along with or together with another, then both mediated', () => {
    const { triples } = read(
      'Ghana, along with Senegal, mediated talks between Mali and Niger on Monday.',
      'A truce between Chad and Sudan was brokered on Tuesday by Egypt together with Jordan.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Ghana -> Mali',
      'MEDIATED Ghana -> Niger',
      'MEDIATED Senegal -> Mali',
      'MEDIATED Senegal -> Niger',
      'MEDIATED Egypt -> Chad',
      'MEDIATED Egypt -> Sudan',
      'MEDIATED Jordan -> Chad',
      'MEDIATED Jordan -> Sudan',
    ]);
  });

  it('when the sides are "representatives of the ...", then the talks they held are the bodies\' ', () => {
    const { triples } = read(
      'Talks between representatives of the Sudanese Armed Forces and representatives of the Rapid Support Forces resumed in Jeddah on Monday, facilitated by Egypt.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Egypt -> Sudanese Armed Forces',
      'MEDIATED Egypt -> Rapid Support Forces',
    ]);
  });

  it('when a singular title is "president of the X Fund", then it is still a title, not the body itself', () => {
    const { triples } = read(
      'Ingrid Solberg, president of the Arctic Peace Fund Group, held talks with Peru on Monday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Ingrid Solberg -> Arctic Peace Fund Group']);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Ingrid Solberg -> Peru']);
  });

  it('when counterparts come "from the X member states", then the body is no one met', () => {
    const { triples } = read(
      'Indian Foreign Minister Arjun Rao held meetings with his counterparts from the Shanghai Cooperation Organisation member states on Monday.',
    );
    expect(triples.filter((t) => /Shanghai/.test(t))).toEqual([]);
  });

  it('when one side proposes organising a summit by a deadline, then it offers no mediation and the talks keep their date', () => {
    const { triples, dated } = read(
      'Rwanda and Burundi held talks in Doha on Monday, hosted by Qatar.',
      'Rwanda proposed organizing a presidential summit by late January and thanked Qatar for its facilitation.',
    );
    expect(ofType(triples, 'OFFERED_MEDIATION')).toEqual([]);
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Burundi -> Rwanda @2025-12-01']);
  });

  it('when a host received "his counterparts — A and B —", then the host met each of them', () => {
    const { triples } = read(
      "Foreign Minister Salim al-Rawahi of Qatar hosted his counterparts — Rwanda's Marie Uwase and Burundi's Jean Ndayishimiye — in Doha on Monday.",
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Jean Ndayishimiye -> Salim al-Rawahi',
      'MET_WITH Marie Uwase -> Salim al-Rawahi',
    ]);
  });

  it('when an envoy left "after meeting President X", then the event word is no part of the title', () => {
    const { triples } = read(
      'The AU envoy Kwame Asante left Kigali on Thursday after meeting President Aline Uwase.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Aline Uwase -> Kwame Asante']);
  });

  it("when a region opens a movement's name with a possessive inside it, then the whole is one body", () => {
    const { record } = read(
      "Kwame Asante met the leadership of the Darfur People's Liberation Front (DPLF) in Nairobi on Monday.",
    );
    expect(record.entities.map((e) => e.name)).toContain("Darfur People's Liberation Front");
  });

  it('when a ceasefire announcement is "Egypt-brokered", then Egypt mediated it and welcoming it hosts no one', () => {
    const { triples } = read(
      'Jordan welcomed the Egypt-brokered ceasefire announcement between Israel and Hamas on Monday.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Egypt -> Israel',
      'MEDIATED Egypt -> Hamas',
    ]);
    expect(ofType(triples, 'HOSTED')).toEqual([]);
  });

  it('when a meeting was "facilitated by X during an assembly session", then X mediated the meeting and the assembly is no side', () => {
    const { triples } = read(
      'William Ruto and Yoweri Museveni last met in September 2024 in New York, facilitated by Canadian Prime Minister Claire Dubois during a UN General Assembly session.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Claire Dubois -> William Ruto',
      'MEDIATED Claire Dubois -> Yoweri Museveni',
    ]);
  });

  it('when a chief is of a field ("Foreign Policy chief") and an envoy has a brief ("for Dialogue"), then neither leads a state and both met the premier', () => {
    const { triples } = read(
      'Foreign Policy chief Anders Holm and the Special Representative of the EU for Dialogue, Petra Novak, met Moldovan Prime Minister Ion Rusu in Chisinau on Monday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Ion Rusu -> Moldova']);
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Anders Holm -> Ion Rusu');
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Ion Rusu -> Petra Novak');
  });

  it('when a host "convened with" the ministers of two states, then it stood between them', () => {
    const { triples } = read(
      "Kenya's foreign minister Amani Kariuki convened with the foreign ministers of Rwanda and Burundi in Mombasa on Monday.",
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Amani Kariuki -> Rwanda',
      'MEDIATED Amani Kariuki -> Burundi',
    ]);
  });

  it('when a purpose follows ("to shore up the truce"), then the host is still the one who convened, not a side', () => {
    const { triples } = read(
      "Kenya's top diplomat convened with the foreign ministers of Rwanda and Burundi this week to shore up the truce.",
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Kenya -> Rwanda',
      'MEDIATED Kenya -> Burundi',
    ]);
    expect(ofType(triples, 'MET_WITH')).not.toContain('MET_WITH Kenya -> Rwanda');
  });

  it('when talks were mediated by a body\'s panel "led by" a person, then the body and the person both mediated', () => {
    const { triples } = read(
      'Rwanda and Burundi held talks in Arusha on Monday. The talks were mediated by an African Union panel led by former Malawian President Peter Banda.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED African Union -> Rwanda',
      'MEDIATED African Union -> Burundi',
      'MEDIATED Peter Banda -> Rwanda',
      'MEDIATED Peter Banda -> Burundi',
    ]);
  });

  it('when a go-between "co-facilitated" the talks, then they mediated them as surely as one who facilitated', () => {
    const { triples } = read(
      'Rwanda and Burundi held talks in Arusha on Monday. Former Malawian President Peter Banda, who co-facilitated the talks, said both sides had made concessions.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Peter Banda -> Rwanda',
      'MEDIATED Peter Banda -> Burundi',
    ]);
  });

  it.each([
    'Namibian President Peter Nangolo is the African Union-appointed mediator between Rwanda and Burundi.',
    'Namibian President Peter Nangolo, the African Union mediator between Rwanda and Burundi, arrived in Kigali on Monday.',
  ])(
    'when a person is named "the mediator between A and B", then they mediated between them: %s',
    (text) => {
      const { triples } = read(text);
      expect(ofType(triples, 'MEDIATED')).toEqual([
        'MEDIATED Peter Nangolo -> Rwanda',
        'MEDIATED Peter Nangolo -> Burundi',
      ]);
    },
  );
});

describe('messages carried between delegations', () => {
  it('when a minister "carried messages between" two delegations at indirect talks, then the minister mediated between their states', () => {
    const { triples } = read(
      'Sudanese and Chadian negotiators held indirect talks in Geneva on Saturday, with Omani Foreign Minister Sayyid Salim bin Ali Al-Harthy carrying messages between the two delegations.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Salim bin Ali Al-Harthy -> Chad',
      'MEDIATED Salim bin Ali Al-Harthy -> Sudan',
    ]);
  });

  it('when what is carried between two places is no message, then no one mediated', () => {
    const { triples } = read(
      'Sudan and Chad held talks on Monday. Lorries carried grain between the two towns on Tuesday.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('talks in a place, with go-betweens', () => {
  it('when talks between two sides began in a city and other states acted as guarantors, then the sides met and the guarantors mediated', () => {
    const { triples } = read(
      'Talks between Peru and the Shining Path began in Havana on Tuesday. Brazil and Norway act as guarantor countries.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Peru -> Shining Path',
        'MEDIATED Brazil -> Peru',
        'MEDIATED Norway -> Shining Path',
      ]),
    );
  });

  it('when other states "accompany the process", then they met no one', () => {
    const { triples } = read(
      'Talks between Peru and the Shining Path began in Havana on Tuesday. Spain and Sweden accompany the process.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Peru -> Shining Path']);
  });

  it('when the talks with a go-between named no place, then no face-to-face meeting of the sides is claimed', () => {
    const { triples } = read(
      'Talks between Peru and the Shining Path resumed on Tuesday. Norway is acting as go-between.',
    );
    expect(triples).toContain('MEDIATED Norway -> Peru');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});

describe('go-betweens for years', () => {
  it('when a state "has for years hosted talks between" two others, then it mediated and hosted them, on no day in particular', () => {
    const { dated } = read('Norway has for years hosted talks between Colombia and the FARC.');
    expect(dated).toEqual(
      expect.arrayContaining(['MEDIATED Norway -> Colombia @-', 'HOSTED Norway -> FARC @-']),
    );
  });

  it('when a state is named as "long the main mediator between" two others, then it mediated between them, on no day', () => {
    const { dated } = read(
      'Turkey, long the main mediator between Sudan and South Sudan, was sidelined.',
    );
    expect(dated).toEqual(
      expect.arrayContaining(['MEDIATED Turkey -> Sudan @-', 'MEDIATED Turkey -> South Sudan @-']),
    );
  });

  it('when a state "has for decades been a mediator between" a region\'s foes, then the region is no side', () => {
    const { triples } = read(
      'Russia has for decades been a traditional mediator between the Balkan foes.',
    );
    expect(triples.filter((t) => t.includes('Balkan'))).toEqual([]);
  });
});

describe('a meeting attended, hosted by a third', () => {
  it('when "the meeting was facilitated by" an envoy "for the A-B dialogue, X", then X mediated the meeting told before', () => {
    const { triples } = read(
      "Kenyan President Peter Mwangi and Ugandan President Moses Okello met in Arusha on Tuesday. The meeting was facilitated by the AU's special envoy for the Nairobi-Kampala dialogue, Amina Juma, a former Tanzanian foreign minister.",
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED Amina Juma -> Peter Mwangi',
        'MEDIATED Amina Juma -> Moses Okello',
      ]),
    );
  });

  it('when a prime minister "attended a meeting with his counterpart, X, hosted by" an emir, then the two met and the emir mediated between them', () => {
    const { triples } = read(
      "Kenyan Prime Minister Peter Mwangi on Tuesday attended a meeting with his Ugandan counterpart, Moses Okello, hosted by Qatar's Emir Sheikh Fahad bin Nasser.",
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Moses Okello -> Peter Mwangi',
        'MEDIATED Fahad bin Nasser -> Peter Mwangi',
        'MEDIATED Fahad bin Nasser -> Moses Okello',
      ]),
    );
  });

  it('when "the government" of talks a state hosted finds only the host, then it is a side left unnamed, and the host stood between', () => {
    const { triples } = read(
      'Sweden hosted a round of talks between the government and the MNLA in Stockholm on Monday.',
    );
    expect(triples).toEqual(['MEDIATED Sweden -> MNLA', 'HOSTED Sweden -> MNLA']);
  });

  it('when "host" follows its subject ("Both countries host Russian bases"), then it is a verb of no talks, and no one hosted anyone', () => {
    const { triples } = read(
      'Armenia and Georgia signed a border deal on Monday. Both countries host Russian military bases.',
    );
    expect(triples.filter((t) => /^(?:MEDIATED|HOSTED)/.test(t))).toEqual([]);
  });

  it.each(['once again', 'jointly'])(
    'when adverbs stand between "mediated" and its agent ("mediated %s by X"), then X mediated',
    (adverbs) => {
      const { triples } = read(
        `Rwanda and Burundi held talks in Dar es Salaam on Monday, mediated ${adverbs} by Tanzania.`,
      );
      expect(ofType(triples, 'MEDIATED')).toEqual([
        'MEDIATED Tanzania -> Rwanda',
        'MEDIATED Tanzania -> Burundi',
      ]);
    },
  );
});

describe('a host of people who live there', () => {
  it('when a state "hosts more than a million refugees in" two camps, then it hosted no talks and the camps are no sides', () => {
    const { triples, events } = read(
      'The minister said that Uganda, which hosts more than 1.5 million refugees in Kyangwali and Nakivale, cannot carry the burden alone.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'HOSTED')).toEqual([]);
    expect(events).toEqual([]);
  });
});

describe('a subject after a fronted date', () => {
  it('when "In December 2023 X, the regional bloc, offered to bring A and B together", then X offered, not the bloc\'s description', () => {
    const { triples } = read(
      'In December 2023 the Economic Community of West African States (ECOWAS), the regional bloc, offered to bring Colonel Issa Diallo and General Moussa Traore together within a month.',
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION ECOWAS -> Issa Diallo',
      'OFFERED_MEDIATION ECOWAS -> Moussa Traore',
    ]);
  });
});

describe('guarantors, processes and offers in communiqué prose', () => {
  it('when talks are held "with Kenya and Norway as guarantor countries", then the guarantors mediated and are no sides', () => {
    const { triples } = read(
      'On Monday the government of Sudan and the SPLM-N opened a sixth cycle of negotiations with Kenya and Norway as guarantor countries.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Kenya -> SPLM-N',
      'MEDIATED Kenya -> Sudan',
      'MEDIATED Norway -> SPLM-N',
      'MEDIATED Norway -> Sudan',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH SPLM-N -> Sudan']);
  });

  it('when a process "has had accompanying countries, including A, B and C", then no one met anyone', () => {
    const { triples } = read(
      'The process, which has had several accompanying countries, including Ghana, Senegal and Gambia, has produced two ceasefires.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when a speaker "welcomes the conclusion of the first negotiating cycle between A and B", then the speaker negotiated nothing', () => {
    const { triples } = read(
      'Secretary-General Amara Kone welcomes the conclusion of the first negotiating cycle between the Government of Sudan and the SPLM-N, held in Juba under the auspices of Kenya.',
    );
    expect(triples.filter((t) => t.includes('Amara Kone') && !t.startsWith('LEADS'))).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH SPLM-N -> Sudan']);
  });

  it('when sides welcome "the offer made by Uganda in September to host talks between them", then Uganda offered', () => {
    const { triples } = read(
      'Sudan and the SPLM-N welcomed the offer made by Uganda in September to host talks between them in Kampala.',
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Uganda -> SPLM-N',
      'OFFERED_MEDIATION Uganda -> Sudan',
    ]);
  });
});

describe('feature prose', () => {
  it('when "X\'s predecessor, Y, brokered an agreement between A and B", then Y mediated', () => {
    const { triples } = read(
      "In October 2021, Halvorsen's predecessor, Ingrid Dahl, brokered an agreement between Eritrea and Djibouti on their maritime boundary.",
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Ingrid Dahl -> Djibouti',
      'MEDIATED Ingrid Dahl -> Eritrea',
    ]);
  });

  it('when "the two delegations sat in separate rooms" of indirect talks, then they did not meet', () => {
    const { triples } = read(
      'The indirect talks between Eritrea and Djibouti, mediated by Qatar, took place on Tuesday in Doha.',
      'The two delegations sat in separate rooms of the same building.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(ofType(triples, 'MEDIATED')).toHaveLength(2);
  });
});
