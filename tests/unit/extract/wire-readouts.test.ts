/**
 * What wire copy and government readouts do that a sentence-by-sentence reading gets wrong:
 * "spoke with" that places no meeting (a call, as readouts write it), a call named only by the
 * headline or by "the calls" a sentence later, a date between a verb
 * and its "with", two officials of one state under one adjective, a leader thanked for a
 * mediation elsewhere, an agency chief taken for the head of state, a trip to two capitals,
 * a lede whose first word follows the dateline's dash, days counted from a filing day, and
 * officials of a state's ministry who stand for the state at the talks its lede told.
 * Sentences written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, namesOf, ofType } from './helpers.ts';

// A Friday: Monday is 06-09; the week before ran from 06-02 to 06-08.
const PUB = '2025-06-13';
const read = (text: string, title: string | null = null) => extracted(text, PUB, title);

describe('calls told by their context', () => {
  const text = 'President Marta Rojas spoke with Finnish Prime Minister Lena Aho on Tuesday.';

  it('when the headline is about a call, then "spoke with" is that call', () => {
    const { dated } = read(text, "Readout of President Rojas's call with Prime Minister Aho");
    expect(dated).toContain('SPOKE_WITH Lena Aho -> Marta Rojas @2025-06-10');
  });

  it('when "the calls" follow a sentence later, then "spoke with" is one of them', () => {
    const { triples } = read(
      'President Marta Rojas spoke separately on June 10 with Finnish Prime Minister Lena Aho and Estonian Prime Minister Kaja Tamm. The calls were part of a push for a fisheries deal.',
    );
    expect(ofType(triples, 'SPOKE_WITH').sort()).toEqual([
      'SPOKE_WITH Kaja Tamm -> Marta Rojas',
      'SPOKE_WITH Lena Aho -> Marta Rojas',
    ]);
  });

  it('when nothing places the two together, then "spoke with", as readouts write it, is a call', () => {
    const { dated } = read(text, 'Rojas and Aho discuss fisheries');
    expect(dated).toContain('SPOKE_WITH Lena Aho -> Marta Rojas @2025-06-10');
  });

  it('when the two were in one place or at one gathering, then "spoke with" is a meeting, not a call', () => {
    const there = read(
      'President Marta Rojas spoke with Finnish Prime Minister Lena Aho in Helsinki on Tuesday.',
      "Readout of President Rojas's call with Prime Minister Aho",
    );
    expect(ofType(there.triples, 'SPOKE_WITH')).toEqual([]);
    expect(ofType(there.triples, 'MET_WITH')).toEqual(['MET_WITH Lena Aho -> Marta Rojas']);
    const aside = read(
      'President Marta Rojas spoke with Finnish Prime Minister Lena Aho on the sidelines of the fisheries forum on Tuesday.',
    );
    expect(ofType(aside.triples, 'SPOKE_WITH')).toEqual([]);
    expect(ofType(aside.triples, 'MET_WITH')).toEqual(['MET_WITH Lena Aho -> Marta Rojas']);
  });

  it('when "spoke to" names a broadcaster or reporters, then it is an interview, not a call', () => {
    const { triples } = read(
      'President Marta Rojas spoke to the BBC on Tuesday. Prime Minister Lena Aho spoke to reporters.',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
  });

  it('when a headline "calls for" something, then it tells of no call', () => {
    const { triples } = read(
      'President Marta Rojas spoke with Finnish Prime Minister Lena Aho on the sidelines of the fisheries forum on Tuesday.',
      'Rojas calls for calm in the fisheries dispute',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
  });

  it('when a date stands between the verb and "with", then the call still has its other side', () => {
    const { dated } = read('Marta Rojas spoke by phone on Monday with Lena Aho.');
    expect(dated).toContain('SPOKE_WITH Lena Aho -> Marta Rojas @2025-06-09');
  });
});

describe('sides and heads in readouts', () => {
  it('when one adjective governs a president and a minister, then both sit on one side and only the president leads', () => {
    const { triples } = read(
      'Irish Foreign Minister Aoife Byrne met with Greek President Nikos Varvakis and Foreign Minister Eleni Spanou in Athens on Monday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Nikos Varvakis -> Greece']);
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Aoife Byrne -> Eleni Spanou',
      'MET_WITH Aoife Byrne -> Nikos Varvakis',
    ]);
  });

  it("when a president stands beside an emir, then the emir is not the president's state's", () => {
    const { triples } = read(
      'The meeting between Ghanaian President Kwame Asante and Emir Sheikh Faisal bin Hamad Al Nuaimi in Accra on Monday covered trade.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Kwame Asante -> Ghana']);
    expect(triples).toContain('MET_WITH Faisal bin Hamad Al Nuaimi -> Kwame Asante');
  });

  it('when a leader thanks another for a mediation in a third state, then neither mediated between them', () => {
    const { triples } = read(
      [
        'Chilean President Marta Rojas spoke by phone with Peruvian President Hugo Salas on Monday.',
        "President Rojas thanked President Salas for Peru's efforts at mediation in Ecuador.",
      ].join(' '),
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'LEADS').sort()).toEqual([
      'LEADS Hugo Salas -> Peru',
      'LEADS Marta Rojas -> Chile',
    ]);
    expect(triples).toContain('SPOKE_WITH Hugo Salas -> Marta Rojas');
  });

  it('when an agency chief is named with a state adjective, then the chief is a person who heads no state', () => {
    const { triples } = read(
      'Rebel leader Amadou Sy met with Malian intelligence chief Oumar Traore on Thursday.',
    );
    expect(triples).toContain('MET_WITH Amadou Sy -> Oumar Traore');
    expect(triples).not.toContain('LEADS Oumar Traore -> Mali');
    expect(triples.filter((t) => t.includes('Mali'))).toEqual([]);
  });

  it("when the adjectives of a list are its people's, then they are not called as states", () => {
    const { triples } = read(
      'The Chilean foreign minister, Tomas Vidal, held separate phone calls on Tuesday with his Danish and Polish counterparts Mette Holm and Piotr Nowak.',
    );
    expect(ofType(triples, 'SPOKE_WITH').sort()).toEqual([
      'SPOKE_WITH Mette Holm -> Tomas Vidal',
      'SPOKE_WITH Piotr Nowak -> Tomas Vidal',
    ]);
  });

  it('when a state adjective describes a group that is not the state, then the state is no side', () => {
    const { triples } = read(
      'Qatar has been mediating between the Somali militant group and Kenyan officials since March.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual(['MEDIATED Qatar -> Kenya']);
  });

  it("when a leader welcomes a state's willingness, then no one is received", () => {
    const { triples } = read(
      "Spanish Prime Minister Carmen Ruiz welcomed Morocco's willingness to reopen the border talks.",
    );
    expect(triples).toEqual(['LEADS Carmen Ruiz -> Spain']);
  });

  it('when a state casts itself as a mediator and hosts two envoys, then it is their host and mediator', () => {
    const { triples } = read(
      'Oman, which has ties with both sides, has cast itself as a neutral mediator and hosted Ali Karimi and John Fowler in Muscat in early May.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Oman -> Ali Karimi',
      'MEDIATED Oman -> John Fowler',
    ]);
    expect(ofType(triples, 'HOSTED').length).toBe(2);
  });
});

describe("talks at a host's table", () => {
  it('when a state hosted rounds of negotiations between two sides, then the sides met there; when it only mediated them, they may not have', () => {
    const hosted = read(
      'Algeria has hosted three rounds of negotiations between Mali and Niger since March.',
    );
    expect(hosted.triples).toContain('MET_WITH Mali -> Niger');
    expect(ofType(hosted.triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Algeria -> Mali',
      'MEDIATED Algeria -> Niger',
    ]);
    const mediated = read(
      'Algeria has mediated three rounds of negotiations between Mali and Niger since March.',
    );
    expect(ofType(mediated.triples, 'MET_WITH')).toEqual([]);
  });
});

describe('trips and weeks', () => {
  it('when an envoy visits two capitals, then the trip goes to the cities and their states host it', () => {
    const { triples } = read('French envoy Lucas Moreau visited Nairobi and Kampala on Wednesday.');
    expect(ofType(triples, 'VISITED').sort()).toEqual([
      'VISITED Lucas Moreau -> Kampala',
      'VISITED Lucas Moreau -> Nairobi',
    ]);
    expect(ofType(triples, 'HOSTED').sort()).toEqual([
      'HOSTED Kenya -> Lucas Moreau',
      'HOSTED Uganda -> Lucas Moreau',
    ]);
  });

  it('when a trip was "last week", then it is dated by that week\'s month, not a day', () => {
    const { dated } = read('French envoy Lucas Moreau visited Nairobi last week.');
    expect(dated).toContain('VISITED Lucas Moreau -> Nairobi @2025-06');
  });
});

describe('a summit and its sidelines', () => {
  it('when a leader held bilaterals with a list of states and met a king, then he met each, and they did not meet each other', () => {
    const { triples } = read(
      'On the sidelines of the regional summit in Vientiane, Prime Minister Anan Chai held bilaterals with Vietnam, Laos and Cambodia and met with the Sultan of Brunei Hassan Bolkiah.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Anan Chai -> Cambodia',
      'MET_WITH Anan Chai -> Hassan Bolkiah',
      'MET_WITH Anan Chai -> Laos',
      'MET_WITH Anan Chai -> Vietnam',
    ]);
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Hassan Bolkiah -> Brunei']);
  });

  it('when two leaders "held bilateral talks" or "a bilateral" with no one else, then they met each other', () => {
    const pair = read(
      'Thai Prime Minister Anan Chai and Vietnamese President Tran Minh held bilateral talks in Vientiane on Monday.',
    );
    expect(ofType(pair.triples, 'MET_WITH')).toEqual(['MET_WITH Anan Chai -> Tran Minh']);
    const noun = read(
      'Thai Prime Minister Anan Chai held a bilateral with Vietnamese President Tran Minh in Vientiane on Monday.',
    );
    expect(ofType(noun.triples, 'MET_WITH')).toEqual(['MET_WITH Anan Chai -> Tran Minh']);
  });

  it('when two sides\' officials "held a face-to-face meeting", then the hyphened modifier keeps the meeting whole and the two met', () => {
    const { triples } = read(
      'Chilean and Bolivian officials held a face-to-face meeting in Lima on Monday.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Bolivia -> Chile']);
  });

  it.each([
    'Chilean President Ana Duarte and Bolivian President Hugo Quispe signed the declaration in Lima on Monday.',
    'The declaration was signed in Lima on Monday between Chilean President Ana Duarte and Bolivian President Hugo Quispe.',
  ])('when "%s", then the two signatories met', (sentence) => {
    expect(ofType(read(sentence).triples, 'MET_WITH')).toEqual([
      'MET_WITH Ana Duarte -> Hugo Quispe',
    ]);
  });

  it('when "Mr." stands before a surname, then it is the person named before', () => {
    const { triples } = read(
      'Thai Prime Minister Anan Chai arrived on Sunday. President Maria Lopes met with Mr. Chai on Monday.',
    );
    expect(triples).toContain('MET_WITH Anan Chai -> Maria Lopes');
    expect(triples.filter((t) => /\bMr\b/.test(t))).toEqual([]);
  });

  it('when "host" stands before a name as its title, then the talks were with that person', () => {
    const { triples } = read(
      "Foreign Minister Rosa Diaz held talks with host Kenya's Foreign Minister Amina Wanjiru in Nairobi on Monday.",
    );
    expect(triples).toContain('MET_WITH Amina Wanjiru -> Rosa Diaz');
  });

  it('when a state is named only as a topic, then a bare title is not its leader', () => {
    const { triples } = read(
      'President Maria Lopes held talks with Turkish President Kemal Aydin on Sunday on the Syrian crisis.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Kemal Aydin -> Turkey']);
  });
});

describe('dates that belong to another event', () => {
  it("when a date follows another person's visit in the same sentence, then it dates the visit, not the talks", () => {
    const { dated } = read(
      "Foreign Minister Rosa Diaz held talks with Maldivian Foreign Minister Ahmed Naseem and discussed the follow-up to President Ali Rasheed's visit to Chile in December last year.",
    );
    const talks = dated.filter((d) => d.startsWith('MET_WITH Ahmed Naseem -> Rosa Diaz'));
    expect(talks.length).toBe(1);
    expect(talks[0]).not.toMatch(/@2024/);
    expect(dated).toContain('VISITED Ali Rasheed -> Chile @2024-12');
  });
});

describe('the talks, said again', () => {
  it('when "the talks, hosted by X, aimed to end the conflict" follows a meeting, then X hosted that meeting, which happened', () => {
    const { triples, statuses } = read(
      'Lao Prime Minister Somchai Vong and Cambodian Prime Minister Sok Chea met for talks in Hanoi on Monday. The talks, hosted by Vietnamese Prime Minister Tran Binh, aimed to end the conflict on the border.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Tran Binh -> Sok Chea',
      'MEDIATED Tran Binh -> Somchai Vong',
    ]);
    expect(triples).toContain('MET_WITH Sok Chea -> Somchai Vong');
    expect(statuses).not.toContain('talks planned');
  });
});

describe('"the three" after two met and one sat in', () => {
  it('when two leaders met, a third sat in, and "the three leaders" then met a fourth, then the three are those leaders', () => {
    const { triples } = read(
      [
        'Ghanaian President Kwame Asante and Togolese President Yawa Amouzou met in Lome on Monday.',
        'Beninese President Rodrigue Houngbo sat in on the final hour of the Asante-Amouzou talks.',
        'The three leaders later posed for photographs with regional commission head Ines Duarte.',
        'Foreign ministers of the three countries had met in Lome on Sunday to prepare the summit.',
      ].join(' '),
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Ines Duarte -> Kwame Asante',
        'MET_WITH Ines Duarte -> Yawa Amouzou',
        'MET_WITH Ines Duarte -> Rodrigue Houngbo',
        'MET_WITH Benin -> Ghana',
        'MET_WITH Benin -> Togo',
        'MET_WITH Ghana -> Togo',
      ]),
    );
  });
});

describe('officers and captions', () => {
  it("when two states' naval officers met, then the states met; when a caption says X walks with Y, then they met", () => {
    const { triples } = read(
      "Chilean and Peruvian naval officers met at Chile's Prat base on Monday to prepare next week's joint inspection.",
    );
    expect(triples).toContain('MET_WITH Chile -> Peru');
    const caption = read(
      'Thai Prime Minister Anan Chai (centre) walks with Lao Foreign Minister Khamla Phouma ahead of a working lunch in Vientiane, June 12, 2025. Protesters walked with banners through the city.',
    );
    expect(ofType(caption.triples, 'MET_WITH')).toEqual(['MET_WITH Anan Chai -> Khamla Phouma']);
  });
});

describe('a head of state between two envoys', () => {
  it("when an emir received two states' envoys after the talks he hosted, then he mediated between their states", () => {
    const { triples } = read(
      [
        'Bahrain and Qatar agreed on Thursday to exchange ambassadors, at the end of talks hosted by Kuwait.',
        "Bahraini envoy Khalid Al-Mahmoud and Qatari envoy Nasser Al-Kuwari led their countries' delegations and signed the minutes of the meeting together on Thursday.",
        "The two envoys were then received by Kuwait's emir, Sheikh Hamad Al-Sabah.",
      ].join(' '),
    );
    expect(triples).toContain('MET_WITH Khalid Al-Mahmoud -> Nasser Al-Kuwari');
    expect(
      ofType(triples, 'MEDIATED')
        .filter((t) => t.startsWith('MEDIATED Hamad'))
        .sort(),
    ).toEqual(['MEDIATED Hamad Al-Sabah -> Bahrain', 'MEDIATED Hamad Al-Sabah -> Qatar']);
  });
});

describe('on the sidelines', () => {
  it('when talks "on the sidelines" follow a sentence about an old visit, then they take the gathering\'s day, not the visit\'s', () => {
    const { dated } = read(
      [
        'Foreign Minister Rosa Diaz held talks with regional ministers in Accra on Thursday.',
        "Diaz also discussed the follow-up to President Ali Rasheed's visit to Chile in December last year.",
        'On the sidelines of the meeting, Diaz held talks with Uzbek Foreign Minister Bakhtiyor Saidov.',
      ].join(' '),
    );
    const talks = dated.filter((d) => d.startsWith('MET_WITH Bakhtiyor Saidov -> Rosa Diaz'));
    expect(talks).toEqual(['MET_WITH Bakhtiyor Saidov -> Rosa Diaz @2025-06-12']);
  });
});

describe('joining by video', () => {
  it('when one attended in the room and another joined by video link, then the two spoke; two in the room are not said to have met', () => {
    const { triples } = read(
      [
        'Ghanaian President Kwame Asante and Togolese President Yawa Amouzou met in Accra on Monday.',
        'The meeting was also attended by regional commission head Ines Duarte and French ambassador Claire Dumont.',
        'Brazilian President Lucia Soto joined by video link from Brasilia for the final half hour.',
      ].join(' '),
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'SPOKE_WITH Ines Duarte -> Lucia Soto',
        'SPOKE_WITH Claire Dumont -> Lucia Soto',
      ]),
    );
    expect(triples).not.toContain('MET_WITH Claire Dumont -> Ines Duarte');
  });
});

describe('the day of a readout', () => {
  it('when a call was "earlier in the day", then it is the day of the news told before, not the next day', () => {
    const { dated, statuses } = read(
      'Finland and Estonia agreed a fisheries truce on Thursday. Earlier in the day, President Marta Rojas spoke with Finnish Prime Minister Lena Aho.',
    );
    expect(dated).toContain('SPOKE_WITH Lena Aho -> Marta Rojas @2025-06-12');
    expect(statuses).not.toContain('call planned');
  });
});

describe('the lede after a dateline', () => {
  it.each([
    'HANOI - Talks between Laos and Vietnam ended on Thursday.',
    'HANOI: Negotiations between Laos and Vietnam ended on Thursday.',
    'HANOI - Border talks between Laos and Vietnam ended on Thursday.',
    'HANOI, June 12 (Wire) - Direct talks between Laos and Vietnam ended on Thursday.',
  ])(
    'when the lede opens with its event noun right after the dateline, then the sides met and the first word is no one: %s',
    (text) => {
      const { triples } = read(text);
      expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Laos -> Vietnam']);
    },
  );

  it('when a wire report filed on a Sunday in May says "on Thursday", then the day counts from the filing day, not the publication day', () => {
    const { dated } = read(
      'HANOI, May 25 (Wire) - Laos and Vietnam signed a border accord on Thursday.',
    );
    expect(dated).toContain('MET_WITH Laos -> Vietnam @2025-05-22');
  });
});

describe('officials of a ministry stand for its state', () => {
  const lede =
    'QUITO, June 13 - Peruvian and Bolivian foreign ministry officials held talks in Quito on Tuesday over a disputed river port, in a meeting brokered by the Ecuadorian government, sources said on Friday.';
  const body =
    'Rosa Huamán, director general of the Peruvian Foreign Ministry’s Andean Affairs Bureau, met Diego Mamani, a director general at Bolivia’s Foreign Ministry, for about three hours at a guesthouse near the airport, the sources said.';

  it('when a director general of one state’s ministry bureau met a director general at the other’s ministry, then theirs is the meeting the lede told, on its day', () => {
    const { dated } = read([lede, body].join('\n'));
    expect(ofType(dated, 'MET_WITH')).toContain('MET_WITH Diego Mamani -> Rosa Huamán @2025-06-10');
    expect(ofType(dated, 'MEDIATED')).toEqual(
      expect.arrayContaining(['MEDIATED Ecuador -> Bolivia @2025-06-10']),
    );
  });

  it('when an official works in a ministry, then they lead neither the ministry nor the state, and the ministry’s owner is no place', () => {
    const { record, triples } = read([lede, body].join('\n'));
    expect(ofType(triples, 'LEADS')).toEqual([]);
    expect(record.events.map((e) => e.place)).not.toContain('Bolivia');
  });

  it('when "for about three hours" is all the time a sentence gives, then the meeting keeps the lede’s day, not the filing day', () => {
    const { dated } = read([lede, body].join('\n'));
    expect(dated.filter((d) => d.includes('@2025-06-13'))).toEqual([]);
  });
});

describe('a paper’s account of talks it says were mediated', () => {
  const text = [
    'ISLAMABAD: Pakistan and Afghanistan agreed on Saturday to reopen the Chaman crossing for trade within a week and to set up a joint mechanism on border security, after two days of talks in Doha that were mediated by Qatar.',
    'The Pakistani delegation was led by Ambassador Naveed Khattak, while the Afghan side was headed by Mawlawi Noor Zadran.',
    'The talks were facilitated by Qatar’s Minister of State at the Ministry of Foreign Affairs, Dr Khalid Al-Sulaiti.',
    'China’s Special Envoy for Afghan Affairs, Qiao Ming, held separate meetings with both delegation heads on Friday.',
  ].join('\n');

  it('when the sides "agreed to reopen" a crossing "after talks that were mediated by" a state, then the talks happened and the state mediated them, whatever the agreement plans', () => {
    const { triples } = read(text);
    expect(ofType(triples, 'MEDIATED')).toEqual(
      expect.arrayContaining(['MEDIATED Qatar -> Afghanistan', 'MEDIATED Qatar -> Pakistan']),
    );
  });

  it('when a minister of state is "at the Ministry of Foreign Affairs" and an envoy "for Afghan Affairs", then the names after their commas are theirs', () => {
    const { record } = read(text);
    expect(namesOf(record, 'Person').sort()).toEqual([
      'Khalid Al-Sulaiti',
      'Naveed Khattak',
      'Noor Zadran',
      'Qiao Ming',
    ]);
  });

  it('when one delegation "was led by" X and "the other side was headed by" Y, then "both delegation heads" are X and Y', () => {
    const { triples } = read(text);
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Naveed Khattak -> Qiao Ming',
        'MET_WITH Noor Zadran -> Qiao Ming',
      ]),
    );
  });
});

describe('a year that names a thing, not a day', () => {
  it('when leaders "agreed on Thursday to unblock the region’s 2025 water budget after talks brokered by" an envoy, then the talks are of Thursday, not of 2025', () => {
    const { dated } = read(
      "The leaders of Bolivia and Peru agreed on Thursday to unblock the region's 2025 water budget after seven hours of talks in Arica brokered by Chilean envoy Ana Rojas.",
    );
    expect(ofType(dated, 'MEDIATED')).toEqual(
      expect.arrayContaining([
        'MEDIATED Ana Rojas -> Bolivia @2025-06-12',
        'MEDIATED Ana Rojas -> Peru @2025-06-12',
      ]),
    );
  });
});
