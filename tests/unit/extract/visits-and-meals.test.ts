/**
 * How a visit report tells who met whom: a trip made "to see President X", the leaders who
 * then "discussed" something "over lunch" (a meal is the occasion, not a plan under
 * discussion), and a call told in the next sentence that must not turn the lunch into a call;
 * a matter "discussed with" someone, face to face where a place, a gathering or an arrival puts
 * them together, and otherwise a call, as readouts write it; a visit that "will be paid" is
 * only announced. Sentences written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

// A Friday: Tuesday is 12-02.
const read = reader('2025-12-05');

describe('visits and meals', () => {
  it('when a leader travelled "to see" another, then they met on the day of the trip', () => {
    const { dated } = read(
      'Malawian President Peter Banda travelled to Lusaka on Tuesday to see Zambian President Mary Phiri.',
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Mary Phiri -> Peter Banda @2025-12-02']);
  });

  it.each([
    'Analysts see Zambian President Mary Phiri as the favourite.',
    'Malawian President Peter Banda will travel to Lusaka next week to see Zambian President Mary Phiri.',
  ])('when "see" is no trip\'s purpose that happened, then no one met: %s', (text) => {
    expect(ofType(read(text).triples, 'MET_WITH')).toEqual([]);
  });

  it('when two leaders "discussed" a matter "over lunch", then they met, and a call told next stays a call of its own', () => {
    const { dated } = read(
      [
        'Malawian President Peter Banda travelled to Lusaka on Tuesday to see Zambian President Mary Phiri.',
        'The two leaders discussed the border dispute over lunch at the presidential palace.',
        'Later that day, both men spoke by telephone with Tanzanian President Ali Mwinyi.',
      ].join(' '),
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Mary Phiri -> Peter Banda @2025-12-02']);
    expect(ofType(dated, 'SPOKE_WITH')).toEqual([
      'SPOKE_WITH Ali Mwinyi -> Mary Phiri @2025-12-02',
      'SPOKE_WITH Ali Mwinyi -> Peter Banda @2025-12-02',
    ]);
  });

  it('when "the two" alone are the subject of a call, then both of them spoke', () => {
    const { dated } = read(
      'Peter Banda met Mary Phiri in Lusaka on Tuesday. The two also spoke by phone with Ali Mwinyi on Wednesday.',
    );
    expect(ofType(dated, 'SPOKE_WITH')).toEqual([
      'SPOKE_WITH Ali Mwinyi -> Mary Phiri @2025-12-03',
      'SPOKE_WITH Ali Mwinyi -> Peter Banda @2025-12-03',
    ]);
  });

  it('when a guest "renewed his invitation" to his host to visit, then the invitation hosts none of the talks told before', () => {
    const { triples } = read(
      'Zambia brokered the accord between Malawi and the Chilumba Front in Lusaka in 2022. Malawian President Peter Banda thanked Zambian President Mary Phiri for her efforts and renewed his invitation to her to pay a visit to Lilongwe.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Zambia -> Chilumba Front',
      'MEDIATED Zambia -> Malawi',
    ]);
    expect(triples.filter((t) => t.startsWith('HOSTED Peter Banda'))).toEqual([]);
  });

  it('when "the two" follow two leaders named one by one and no event runs, then they are those leaders', () => {
    const { dated } = read(
      'Malawian President Peter Banda thanked Zambian President Mary Phiri for the invitation. The two also met in Lusaka on Tuesday.',
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Mary Phiri -> Peter Banda @2025-12-02']);
  });

  it.each([
    'The two spoke by phone on Tuesday.',
    'They spoke by phone on Tuesday.',
    "The two leaders talked for about twenty minutes by telephone on Tuesday, Banda's spokesman said.",
  ])(
    'when two leaders named one by one are followed by "%s", then the two spoke that day',
    (next) => {
      const { dated } = read(
        `Malawian President Peter Banda thanked Zambian President Mary Phiri for the invitation. ${next}`,
      );
      expect(ofType(dated, 'SPOKE_WITH')).toEqual([
        'SPOKE_WITH Mary Phiri -> Peter Banda @2025-12-02',
      ]);
    },
  );

  it('when a leader "jetted to" a capital, or "was in" it, "to meet" another, then they met that day, and a trip still to come is only planned', () => {
    const jetted = read(
      'Moldovan President Ion Rusu jetted to Bucharest on Monday to meet Romanian President Dan Popescu.',
    );
    expect(jetted.dated).toContain('MET_WITH Dan Popescu -> Ion Rusu @2025-12-01');
    expect(jetted.dated).toContain('VISITED Ion Rusu -> Bucharest @2025-12-01');
    const there = read(
      'Moldovan President Ion Rusu was in Bucharest on Monday to talk with his Romanian counterpart Dan Popescu.',
    );
    expect(ofType(there.dated, 'MET_WITH')).toEqual([
      'MET_WITH Dan Popescu -> Ion Rusu @2025-12-01',
    ]);
    const later = read(
      'Moldovan President Ion Rusu will be in Bucharest next week to talk with his Romanian counterpart Dan Popescu.',
    );
    expect(ofType(later.triples, 'MET_WITH')).toEqual([]);
  });

  it('when the lunch is still to come, then it is planned', () => {
    const { statuses } = read(
      'Malawian President Peter Banda and Zambian President Mary Phiri will discuss the border dispute over lunch.',
    );
    expect(statuses).toEqual(['talks planned']);
  });
});

describe('discussions', () => {
  it.each([
    'On the sidelines of the summit in Rome, Malawian President Peter Banda discussed trade with Zambian President Mary Phiri.',
    'Malawian President Peter Banda visited Lusaka on Tuesday, where he discussed trade with Zambian President Mary Phiri.',
    'Malawian President Peter Banda discussed trade with Zambian President Mary Phiri during talks in Lusaka on Tuesday.',
    'Malawian President Peter Banda exchanged views on trade with Zambian President Mary Phiri in Lusaka on Tuesday.',
    'Malawian President Peter Banda arrived in Lusaka on Monday. Banda discussed trade with Zambian President Mary Phiri on Tuesday.',
  ])(
    'when a leader "discussed" a matter "with" another where they both were, then they met: %s',
    (text) => {
      const { triples } = read(text);
      expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Mary Phiri -> Peter Banda']);
      expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
    },
  );

  it('when nothing puts them in one place, then a discussion with a named leader is a call, as readouts write it', () => {
    const { dated } = read(
      'Malawian President Peter Banda discussed trade with Zambian President Mary Phiri on Monday.',
    );
    expect(ofType(dated, 'SPOKE_WITH')).toEqual([
      'SPOKE_WITH Mary Phiri -> Peter Banda @2025-12-01',
    ]);
  });

  it('when the other side of a discussion is no one named, then it is neither', () => {
    const { triples } = read('The ministers discussed the border with reporters.');
    expect(triples).toEqual([]);
  });
});

describe('calls in person', () => {
  it.each([
    'Gabonese Foreign Minister Paul Ndong called on Prime Minister Ali Bongo Nze at his office in Yaounde on Tuesday.',
    'Gabonese Foreign Minister Paul Ndong paid a courtesy call on Cameroonian Prime Minister Ali Bongo Nze in Yaounde on Tuesday.',
  ])('when a visitor "called on" a leader, then they met in person, no call: %s', (text) => {
    const { dated } = read(text);
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Ali Bongo Nze -> Paul Ndong @2025-12-02']);
    expect(ofType(dated, 'SPOKE_WITH')).toEqual([]);
  });

  it.each([
    'The envoy called on President Ali Bongo Nze to step down.',
    'Gabon called on both sides to exercise restraint.',
  ])('when "called on" urges someone to act, then no one met: %s', (text) => {
    expect(ofType(read(text).triples, 'MET_WITH')).toEqual([]);
  });

  it('when a leader "called" another "on" a day, then it is a call on that day', () => {
    const { dated } = read(
      'Gabonese Foreign Minister Paul Ndong called Cameroonian Prime Minister Ali Bongo Nze on Tuesday.',
    );
    expect(dated.filter((t) => !t.startsWith('LEADS'))).toEqual([
      'SPOKE_WITH Ali Bongo Nze -> Paul Ndong @2025-12-02',
    ]);
  });
});

describe('visitors named by a participle', () => {
  it.each([
    'Malawian President Peter Banda received visiting Zambian President Mary Phiri in Lilongwe on Tuesday.',
    'Malawian President Peter Banda held talks with visiting Zambian President Mary Phiri in Lilongwe on Tuesday.',
    'Malawian President Peter Banda received the newly appointed Ambassador of Zambia, Mary Phiri, on Tuesday.',
  ])(
    'when the guest is "visiting" or "newly appointed", then the host met the guest, and the host went nowhere: %s',
    (text) => {
      const { dated } = read(text);
      expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Mary Phiri -> Peter Banda @2025-12-02']);
      expect(ofType(dated, 'VISITED')).toEqual([]);
      expect(ofType(dated, 'HOSTED').filter((t) => t.startsWith('HOSTED Mary Phiri'))).toEqual([]);
    },
  );

  it('when "visiting" opens an insertion about the subject, then the subject visited the place', () => {
    const { dated } = read(
      'Zambian President Mary Phiri, visiting Lilongwe on Tuesday, met Malawian President Peter Banda.',
    );
    expect(ofType(dated, 'VISITED')).toEqual(['VISITED Mary Phiri -> Lilongwe @2025-12-02']);
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Mary Phiri -> Peter Banda @2025-12-02']);
  });
});

describe('received at a time of day', () => {
  it('when a visitor "was received separately that evening by" a president, then the two met', () => {
    const { triples } = read(
      'Somaliland President Ali Warsame, who flew to Djibouti on Tuesday, was first received separately that evening by Djiboutian President Omar Gelleh.',
    );
    expect(triples).toContain('MET_WITH Ali Warsame -> Omar Gelleh');
  });
});

describe('what the verb does not reach', () => {
  it('when a day stands between "held" and "a telephone conversation with X", then the two spoke that day', () => {
    const { dated } = read(
      'Malawian President Peter Banda held on Monday a telephone conversation with Zambian President Mary Phiri.',
    );
    expect(ofType(dated, 'SPOKE_WITH')).toEqual([
      'SPOKE_WITH Mary Phiri -> Peter Banda @2025-12-01',
    ]);
  });

  it('when a delegation "held another round of talks with X", then its head met X', () => {
    const { dated } = read(
      "A Kivu Front delegation led by Paul Kabila held another round of talks with Angola's foreign minister, Teresa Dias, on Sunday.",
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Paul Kabila -> Teresa Dias @2025-11-30']);
  });

  it.each([
    'Malawian President Peter Banda hosted a dinner for Zambian President Mary Phiri in Lilongwe on Monday.',
    'Malawian President Peter Banda hosted a reception in Lilongwe on Monday for Zambian President Mary Phiri.',
  ])('when a leader hosted a meal or a reception for a guest, then they met: %s', (text) => {
    const { dated } = read(text);
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Mary Phiri -> Peter Banda @2025-12-01']);
    expect(ofType(dated, 'HOSTED')).toContain('HOSTED Peter Banda -> Mary Phiri @2025-12-01');
  });
});

describe('visits announced', () => {
  it.each([
    'Indonesian Foreign Minister Retno Sari will pay an official visit to Chile.',
    'Indonesian Foreign Minister Retno Sari is to pay an official visit to Chile from Feb. 7 to 10.',
  ])('when a visit "will" be paid or "is to" be paid, then no one has visited yet: %s', (text) => {
    const { triples } = read(text);
    expect(ofType(triples, 'VISITED')).toEqual([]);
    expect(ofType(triples, 'HOSTED')).toEqual([]);
  });

  it('when the minister flew somewhere "to pay" a visit, then the visit was paid', () => {
    const { triples } = read(
      'Indonesian Foreign Minister Retno Sari flew to Santiago on Monday to pay an official visit to Chile.',
    );
    expect(triples).toContain('VISITED Retno Sari -> Chile');
  });
});

describe('talks straight after arriving, and talks after a meeting', () => {
  it('when a president arrived and "went straight into talks with" his counterpart, then the two met that day', () => {
    const { dated } = read(
      'Kenyan President Daniel Kiptoo arrived in Kampala on Tuesday and went straight into talks with his Ugandan counterpart, Moses Okello.',
    );
    expect(dated).toContain('MET_WITH Daniel Kiptoo -> Moses Okello @2025-12-02');
  });

  it('when an envoy met one leader "and then talked with" another, then she met both, and called neither', () => {
    const { triples } = read(
      'EU envoy Anna Holm met Kosovo Prime Minister Arben Krasniqi and then talked with Serbian President Milan Petrovic.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Anna Holm -> Arben Krasniqi',
        'MET_WITH Anna Holm -> Milan Petrovic',
      ]),
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
  });
});

describe('visits begun and summits hosted', () => {
  it('when a president "began a two-day state visit to" a state, then he visited it and it hosted him', () => {
    const { triples } = read(
      'Ghanaian President Kwame Asante began a two-day state visit to Nigeria on Tuesday.',
    );
    expect(triples).toEqual(
      expect.arrayContaining(['VISITED Kwame Asante -> Nigeria', 'HOSTED Nigeria -> Kwame Asante']),
    );
  });

  it('when a leader "hosted a peace summit between" two others, then he mediated between them and they met', () => {
    const { triples } = read(
      'Ghanaian President Kwame Asante hosted a peace summit between Aminu Bello and Idriss Mahamat in Accra on Tuesday.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED Kwame Asante -> Aminu Bello',
        'MEDIATED Kwame Asante -> Idriss Mahamat',
        'MET_WITH Aminu Bello -> Idriss Mahamat',
      ]),
    );
  });
});

describe('views exchanged, and what talks were about', () => {
  it('when two ministers "exchanged views" in a city, then they met there; with no place, nothing is claimed', () => {
    const inCity = read(
      'Indian Foreign Minister Priya Menon and Brazilian Foreign Minister Rui Costa exchanged views on trade in Brasilia on Wednesday.',
    );
    expect(inCity.triples).toContain('MET_WITH Priya Menon -> Rui Costa');
    const nowhere = read(
      'Indian Foreign Minister Priya Menon and Brazilian Foreign Minister Rui Costa exchanged views on trade on Wednesday.',
    );
    expect([
      ...ofType(nowhere.triples, 'MET_WITH'),
      ...ofType(nowhere.triples, 'SPOKE_WITH'),
    ]).toEqual([]);
  });

  it('when a call was "on the situation in" a region, then the region is what they spoke about, not where the call was', () => {
    const { record } = read(
      'Indian Foreign Minister Priya Menon and Brazilian Foreign Minister Rui Costa held a telephone conversation on the situation in the Middle East.',
    );
    expect(record.events.map((e) => e.place)).toEqual([null]);
  });

  it.each([
    [
      'Envoys Mikko Laine and Samir Haddad travelled to Bamako on Tuesday for talks with Malian President Oumar Traore.',
      ['MET_WITH Mikko Laine -> Oumar Traore', 'MET_WITH Oumar Traore -> Samir Haddad'],
    ],
    [
      'Chilean President Rosa Vidal and Peruvian President Jorge Quispe held talks with Bolivian President Luis Apaza in La Paz on Tuesday.',
      [
        'MET_WITH Jorge Quispe -> Luis Apaza',
        'MET_WITH Luis Apaza -> Rosa Vidal',
        'MET_WITH Jorge Quispe -> Rosa Vidal',
      ],
    ],
  ])(
    'when two people named together hold talks with a third, then they met the third, and each other only when the text gives them sides of their own: %s',
    (text, met) => {
      const { triples } = read(text);
      expect(ofType(triples, 'MET_WITH').sort()).toEqual([...met].sort());
    },
  );
});
