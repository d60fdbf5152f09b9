/**
 * How official statements and agency copy name the people at a table: a head of state known
 * only by office ("the Qatari emir", "Qatar's ruler"), a delegation "from the militant group
 * X" or "led by" its negotiator with no comma, a host who "received today at his office in Y
 * the delegation of X" or "received on Tuesday, 2 December, at the palace, a delegation", a minister "of" an office the gazetteer lacks before the name, and a
 * quotation that is the statement's own record of the act, and talks that "brought together
 * delegations led by A and B", and a mission a release follows through its visit ("a mission
 * led by X ... The mission included A and B ... The mission also met separately with Y").
 * Sentences written for these tests, about invented people of real states and invented
 * movements.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, ofType, reader } from './helpers.ts';

// A Friday: Monday is 12-01.
const PUB = '2025-12-05';
const read = reader(PUB);

describe('statements and delegations', () => {
  it('when a head of state is named only by office, then the state met the other side', () => {
    const { triples } = read(
      'The Omani sultan met leaders of the Ogaden Front on Monday.',
      "Kuwait's ruler met with a delegation from the Somali group Ogaden Front on Tuesday.",
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([
      'MET_WITH Ogaden Front -> Oman',
      'MET_WITH Kuwait -> Ogaden Front',
    ]);
  });

  it('when someone in the article holds the office with a bare title, then the office is not taken for the state', () => {
    const { triples } = read(
      'President Laura Brenner flew to Tokyo on Monday.',
      'The Austrian president met Japanese Prime Minister Kenji Sato on Tuesday.',
    );
    // Whether "the Austrian president" is Brenner the article does not say; Austria as a
    // whole met no one.
    expect(triples.filter((t) => t.includes('Austria'))).toEqual([]);
    expect(ofType(triples, 'VISITED')).toEqual(['VISITED Laura Brenner -> Tokyo']);
  });

  it('when talks are held with "a X team led by Y", then Y, on X\'s side, was at the table', () => {
    const { triples } = read(
      'Kuwaiti Foreign Minister Salem Al-Sabah held talks with an Ogaden Front team led by senior official Abdi Warsame, the ministry said.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Abdi Warsame -> Salem Al-Sabah']);
  });

  it('when "the X delegation, headed by A, held talks with the Y delegation, led by B, in" a city, then A and B met', () => {
    const { triples } = read(
      'The Chilean delegation, headed by presidential adviser Ana Duarte, held talks with the Bolivian delegation, led by Foreign Minister Hugo Quispe, in Lima.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Ana Duarte -> Hugo Quispe']);
  });

  it.each([
    'The Chilean delegation was headed by presidential adviser Ana Duarte, while the Bolivian delegation was led by Foreign Minister Hugo Quispe.',
    'The Chilean delegation is led by presidential adviser Ana Duarte; the Bolivian side by Foreign Minister Hugo Quispe.',
  ])(
    'when talks were told and then "%s", then the two heads met each other, and neither met a state as a whole',
    (heads) => {
      const { triples } = read(`Chile and Bolivia held talks in Lima on Monday. ${heads}`);
      expect(ofType(triples, 'MET_WITH')).toEqual([
        'MET_WITH Bolivia -> Chile',
        'MET_WITH Ana Duarte -> Hugo Quispe',
      ]);
    },
  );

  it.each([
    'Chilean Foreign Minister Ana Duarte and Bolivian Foreign Minister Hugo Quispe led their respective delegations at the talks in Lima on Monday.',
    'Chilean Foreign Minister Ana Duarte and Bolivian Foreign Minister Hugo Quispe led their delegations to the talks in Lima on Monday.',
  ])('when "%s", then the two met that day', (sentence) => {
    const { dated } = read(sentence);
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Ana Duarte -> Hugo Quispe @2025-12-01']);
  });

  it('when "a Chilean delegation arrived in" a city "and met with" its president, then the delegation\'s state visited and met him', () => {
    const { dated } = read(
      'A Chilean delegation arrived in La Paz on Wednesday and met with Bolivian President Hugo Quispe.',
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Chile -> Hugo Quispe @2025-12-03']);
    expect(ofType(dated, 'VISITED')).toEqual(['VISITED Chile -> La Paz @2025-12-03']);
  });

  it('when a host received, "at his office in" a palace, the delegation of a group, then he hosted and met it', () => {
    const { triples } = read(
      'Sultan Haitham bin Tariq received on Monday at his office in Al Alam Palace the delegation of the Ogaden Front for the ceasefire negotiations.',
    );
    expect(ofType(triples, 'HOSTED')).toEqual(['HOSTED Haitham bin Tariq -> Ogaden Front']);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Haitham bin Tariq -> Ogaden Front']);
  });

  it("when a quotation is the statement's own record, then what it tells happened; a person's quoted words stay a claim", () => {
    const record = read(
      '"Sultan Haitham bin Tariq received on Monday the delegation of the Ogaden Front," the statement said.',
    );
    expect(ofType(record.triples, 'MET_WITH')).toEqual([
      'MET_WITH Haitham bin Tariq -> Ogaden Front',
    ]);
    const claim = read(
      '"Sultan Haitham bin Tariq received on Monday the delegation of the Ogaden Front," Abdi Warsame said.',
    );
    expect(ofType(claim.triples, 'MET_WITH')).toEqual([]);
  });

  it('when a minister is "of" an office the gazetteer lacks and then named, then the name is one person, not the office', () => {
    const { record } = read(
      'The talks were chaired by Kuwaiti Foreign Minister Salem Al-Sabah in the presence of the minister of National Planning, Fahad Al-Mutairi, on Monday.',
    );
    const names = record.entities.map((e) => e.name);
    expect(names).toContain('Fahad Al-Mutairi');
    expect(names).not.toContain('National Planning');
  });

  it('when two heads are each named with their office after a comma, then the two are one list that met', () => {
    const { triples } = read(
      'On Monday, in Kralendijk, His Excellency Tomas Brenn, president of the Republic of Austria and His Excellency Kenji Sato, prime minister of Japan held discussions on the dispute between their two countries.',
    );
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Kenji Sato -> Tomas Brenn');
    expect(ofType(triples, 'LEADS')).toEqual([
      'LEADS Tomas Brenn -> Austria',
      'LEADS Kenji Sato -> Japan',
    ]);
  });

  it('when a city is followed by its country after a comma, then the country is where, not who', () => {
    const { triples } = read(
      'On Monday, in Kingstown, Saint Vincent and the Grenadines, Austrian President Tomas Brenn met Japanese Prime Minister Kenji Sato.',
    );
    expect(triples.filter((t) => t.includes('Saint Vincent'))).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Kenji Sato -> Tomas Brenn']);
  });

  it('when heads were praised for a reconciliation reached during "Ankara-mediated" talks, then the capital\'s state mediated between them', () => {
    const { triples } = read(
      'Kenyan President Amani Kariuki praised the Somalian president and Ethiopian prime minister for their reconciliation during Nairobi-mediated peace talks.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Kenya -> Somalia',
      'MEDIATED Kenya -> Ethiopia',
    ]);
  });

  it('when a body is named twice across a slash, then it is one body, and a document name is no one', () => {
    const { triples, record } = read(
      'Oman hosted a signing ceremony for a Declaration of Principles between the Government of the Republic of Yemen and the Ansar Allah Movement/Houthis on Monday.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Oman -> Yemen',
      'MEDIATED Oman -> Houthis',
    ]);
    const names = record.entities.map((e) => e.name);
    expect(names).not.toContain('Declaration');
    expect(names).not.toContain('Principles');
  });

  it('when the second side is introduced by a descriptor ("the rebel coalition X"), then the list goes on', () => {
    const { triples } = read(
      'The Yemeni government and the rebel coalition Southern Transitional Council signed a truce in Muscat on Monday, mediated by Oman.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Oman -> Yemen',
      'MEDIATED Oman -> Southern Transitional Council',
    ]);
  });

  it('when the dateline\'s state has a named president, then another bare "President" near it is not given that state, but the state of the capital he was met in', () => {
    const { triples } = read(
      'NAIROBI - Kenyan President Amani Kariuki flew to Juba on Monday, where he met President Deng Malual.',
    );
    expect(ofType(triples, 'LEADS').sort()).toEqual([
      'LEADS Amani Kariuki -> Kenya',
      'LEADS Deng Malual -> South Sudan',
    ]);
  });

  it("when a known city is followed by other states, then they are the clause's subjects, not the city's country", () => {
    const { triples } = read(
      'At talks hosted by Qatar in Doha, Rwanda and Burundi agreed a truce on Monday.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Qatar -> Rwanda',
      'MEDIATED Qatar -> Burundi',
    ]);
  });

  it('when talks were held "in a city, its country, on a day, between A and B", then A and B met', () => {
    const { dated } = read(
      'Talks were held in Nairobi, Kenya, on Monday between Rwanda and Burundi.',
    );
    expect(dated).toEqual(['MET_WITH Burundi -> Rwanda @2025-12-01']);
  });

  it('when a later sentence says "the delegation was led by X", then X was at the meeting the delegation had', () => {
    const { triples } = read(
      'Sultan Haitham bin Tariq received an Ogaden Front delegation in Muscat on Monday.',
      'The delegation was led by senior Ogaden Front official Abdi Warsame.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([
      'MET_WITH Haitham bin Tariq -> Ogaden Front',
      'MET_WITH Abdi Warsame -> Haitham bin Tariq',
    ]);
  });

  it('when talks "brought together delegations led by A and B", then A and B met, with no place or day taken into the heads', () => {
    const { dated, events } = read(
      'The talks, held in Accra on Tuesday under the auspices of Ghanaian Foreign Minister Kofi Mensah, brought together delegations led by Togolese Foreign Minister Yao Agbeko and Beninese Foreign Minister Aline Houngbo.',
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Aline Houngbo -> Yao Agbeko @2025-12-02']);
    expect(ofType(dated, 'MEDIATED')).toEqual([
      'MEDIATED Kofi Mensah -> Yao Agbeko @2025-12-02',
      'MEDIATED Kofi Mensah -> Aline Houngbo @2025-12-02',
    ]);
    expect(events).toEqual([
      'talks happened: Aline Houngbo party, Kofi Mensah mediator, Yao Agbeko party',
    ]);
  });

  it('when a delegation "led by X" is followed by a place and a day, then those are the meeting\'s', () => {
    const { record } = read(
      'Ghana hosted a Togolese delegation led by Yao Agbeko in Accra on Tuesday.',
    );
    const hosted = record.relations.filter((r) => r.type === 'HOSTED');
    expect(hosted.map((r) => `${r.source} -> ${r.target} @${r.date}`)).toEqual([
      'Ghana -> Yao Agbeko @2025-12-02',
    ]);
  });

  it('when a signatory is "a region\'s spokesman X", then X signed beside the other signatory', () => {
    const { triples } = read(
      "The agreement was signed by Sudan's national security adviser Omar Bashir Ali and Darfur's spokesman Adam Yahya.",
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Adam Yahya -> Omar Bashir Ali']);
  });

  it.each([
    'Kofi Boateng received on Tuesday, 2 December 2025, at the Jubilee House in Accra, a delegation led by Aissa Souley.',
    'Kofi Boateng received on Tuesday at the Jubilee House in Accra, Foreign Minister Aissa Souley of Niger.',
  ])(
    'when a release puts the day and the place between "received" and its guest, then the host still received the guest: %s',
    (text) => {
      const { dated } = read(text);
      expect(dated).toContain('HOSTED Kofi Boateng -> Aissa Souley @2025-12-02');
      expect(dated).toContain('MET_WITH Aissa Souley -> Kofi Boateng @2025-12-02');
    },
  );

  it.each([
    "Kofi Boateng met the Malian government's deputy foreign minister, Oumar Traore, in Accra on Monday.",
    "Kofi Boateng met the Taliban leadership's chief negotiator, Oumar Traore, in Accra on Monday.",
  ])(
    'when a person is named after "the X government\'s" office, then that person met, not the body: %s',
    (text) => {
      expect(ofType(read(text).triples, 'MET_WITH')).toEqual([
        'MET_WITH Kofi Boateng -> Oumar Traore',
      ]);
    },
  );

  it('when a body known only by its head noun owns a title ("the Ogaden Liberation Front\'s leader, X,"), then X leads it and met', () => {
    const { triples } = read(
      "Kofi Boateng met the Ogaden Liberation Front's leader, Abdi Warsame, in Accra on Monday.",
    );
    expect(triples).toEqual([
      'LEADS Abdi Warsame -> Ogaden Liberation Front',
      'MET_WITH Abdi Warsame -> Kofi Boateng',
    ]);
  });

  it('when one delegation head stands for a side and the other for a body of the other side, then the two heads met, not a head and the states', () => {
    const { triples } = read(
      "Ethiopia and Eritrea held talks in Jeddah mediated by Saudi Arabia on Monday. The Ethiopian delegation was led by Defence Minister Abebe Tadesse, while the Eritrean side was headed by the PFDJ's political chief, Yemane Tesfay.",
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([
      'MET_WITH Eritrea -> Ethiopia',
      'MET_WITH Abebe Tadesse -> Yemane Tesfay',
    ]);
  });
});

describe('a mission followed through its visit', () => {
  const arrival =
    'A mediation mission of the East African Community, led by former President Amina Odhiambo, arrived in Juba on Monday.';

  it('when "a mission of" a body is "led by" a former president, then she leads the mission, not the body', () => {
    const { triples } = read(arrival);
    expect(ofType(triples, 'LEADS')).toEqual([]);
  });

  it('when "the mission" met someone later, then the person who leads it met them', () => {
    const { triples } = read(`${arrival} The mission met Vice President Deng Majok on Tuesday.`);
    expect(triples).toContain('MET_WITH Amina Odhiambo -> Deng Majok');
  });

  it('when "the mission included" two more, then all three met whom the mission met', () => {
    const { triples } = read(
      `${arrival} The mission included Ambassador Peter Kamau and General Joseph Laker. The mission met Vice President Deng Majok on Tuesday.`,
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Amina Odhiambo -> Deng Majok',
        'MET_WITH Deng Majok -> Peter Kamau',
        'MET_WITH Deng Majok -> Joseph Laker',
      ]),
    );
  });

  it('when "the mission also met separately with" an opposition leader after a host received it, then the host received no opposition leader', () => {
    const { triples } = read(
      `${arrival} On Tuesday, the mission was received by President Salva Kuol at State House. The mission also met separately with opposition leader Riek Gatkuoth.`,
    );
    expect(triples).toContain('MET_WITH Amina Odhiambo -> Riek Gatkuoth');
    expect(triples.filter((t) => /Salva Kuol -> Riek Gatkuoth/.test(t))).toEqual([]);
  });

  it('when a host received "a delegation of the Confederation of" states "led by" a minister, then the host met the minister', () => {
    const { triples, record } = read(
      'The President of Togo, Mr Kossi Amegan, received on Tuesday at the palace in Lomé a delegation of the Confederation of Lake States (CLS) led by Mr Issa Traoré, Minister of Foreign Affairs of the Republic of Mali.',
    );
    expect(triples).toContain('MET_WITH Issa Traoré -> Kossi Amegan');
    expect(namesOf(record, 'Organization')).toEqual(['Confederation of Lake States']);
  });

  it('when "the mission, which also included" another envoy, met someone, then that envoy met them too', () => {
    const { triples } = read(
      `${arrival} The mission, which also included Ambassador Peter Kamau, met Vice President Deng Majok on Tuesday.`,
    );
    expect(triples).toContain('MET_WITH Deng Majok -> Peter Kamau');
  });

  it('when "a delegation of" a front is "led by its president, X", then X stands for the delegation', () => {
    const { triples } = read(
      `${arrival} The mission met with a delegation of the Front de Libération du Nil (FLN), led by its President, Mr Pierre Garang.`,
    );
    expect(triples).toContain('MET_WITH Amina Odhiambo -> Pierre Garang');
  });
});

describe('a communiqué that opens with its framework', () => {
  it('when "Within the framework of ..., the Minister of ..., Dr. X, facilitated" talks, then X, the insertion after the fronted phrase, is the mediator', () => {
    const { triples } = read(
      'Within the framework of the good offices offered by the Republic of Senegal to two neighbouring countries, the Minister of Foreign Affairs and Senegalese Abroad, Dr. Awa Ndiaye Sarr, facilitated on Monday in Dakar a working session between Mali and Mauritania.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Awa Ndiaye Sarr -> Mali',
      'MEDIATED Awa Ndiaye Sarr -> Mauritania',
    ]);
  });

  it('when talks were "between a delegation of A and a delegation of B", then the article before the second changes nothing: both are sides', () => {
    const { triples } = read(
      'Senegalese Foreign Minister Awa Sarr hosted on Monday a working session between a delegation of the Republic of Mali and a delegation of the Islamic Republic of Mauritania.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Awa Sarr -> Mali',
      'MEDIATED Awa Sarr -> Mauritania',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Mali -> Mauritania']);
  });

  it('when a president spoke "after meeting his Malian counterpart X", then the two met', () => {
    const { triples } = read(
      'Senegalese President Ousmane Diouf told reporters after meeting his Malian counterpart Bakary Traoré that the corridor would reopen.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Bakary Traoré -> Ousmane Diouf']);
  });
});

describe('a release that tells the day in order', () => {
  it('when "Earlier the same day, His Excellency X, President of Y, received" a delegation, four sentences after the session was dated, then X received it on the session\'s day', () => {
    const { dated } = read(
      'Senegalese Foreign Minister Awa Sarr hosted on Monday in Dakar a working session between Mali and Mauritania.',
      'The Malian delegation was led by Bakary Traoré.',
      'The Mauritanian delegation was led by Sidi Ould Cheikh.',
      'The session ended with a joint communiqué.',
      'Earlier the same day, His Excellency Mr. Ousmane Diouf, President of the Republic of Senegal, received in audience the Malian delegation at the Presidential Palace.',
    );
    expect(ofType(dated, 'HOSTED')).toContain('HOSTED Ousmane Diouf -> Mali @2025-12-01');
  });

  it('when "The row erupted in January, when A and B signed" a memorandum, then the signing is dated January', () => {
    const { dated } = read(
      'The row erupted in January, when Malian President Bakary Traoré and Mauritanian President Sidi Ould Cheikh signed a memorandum in Bamako.',
    );
    expect(ofType(dated, 'MET_WITH')).toEqual([
      'MET_WITH Bakary Traoré -> Sidi Ould Cheikh @2025-01',
    ]);
  });
});

describe('good offices and the body a release names by its head noun', () => {
  it.each([
    'Senegal extended its good offices to Mali and Mauritania last year.',
    'The good offices extended by Senegal to Mali and Mauritania led to a first session last year.',
  ])('when "%s", then Senegal mediated between the two', (sentence) => {
    expect(ofType(read(sentence).triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Senegal -> Mali',
      'MEDIATED Senegal -> Mauritania',
    ]);
  });

  it('when "on 2nd May 2024 the President of the UEMOA Commission, Dr. X, offered the good offices of the Commission", then the date opens no name, "the Commission" is that body, not a person, and it offered', () => {
    const { record, triples } = read(
      'It will be recalled that on 2nd May 2025 the President of the UEMOA Commission, Dr. Abdou Salam Ouattara, offered the good offices of the Commission to Mali and Mauritania.',
    );
    expect(namesOf(record, 'Organization')).toEqual(['UEMOA Commission']);
    expect(namesOf(record, 'Person')).toEqual(['Abdou Salam Ouattara']);
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Abdou Salam Ouattara -> UEMOA Commission']);
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION UEMOA Commission -> Mali',
      'OFFERED_MEDIATION UEMOA Commission -> Mauritania',
    ]);
  });
});

describe('"of" said again in a list of sides', () => {
  it('when "Delegations of the Government of Sudan and of the Sudan Liberation Movement concluded the round under the auspices of Chad", then both are sides Chad mediated between', () => {
    const { triples } = read(
      'Delegations of the Government of Sudan and of the Sudan Liberation Movement concluded the round on Monday under the auspices of Chad.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Chad -> Sudan',
      'MEDIATED Chad -> Sudan Liberation Movement',
    ]);
  });
});

describe("a royal court's release", () => {
  it('when "His Majesty received in audience at the palace on Wednesday Ms. X", then he received and met her, and "The audience was attended by" a minister who met her too', () => {
    const { triples } = read(
      'RABAT, Dec 5 - His Majesty King Hassan Idrissi received in audience at the Royal Palace on Wednesday Ms. Greta Lindqvist, the UN envoy.',
      'The audience was attended by Foreign Minister Karim Bennani.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Greta Lindqvist -> Hassan Idrissi',
        'MET_WITH Greta Lindqvist -> Karim Bennani',
      ]),
    );
  });

  it('when a release in the Sultanate\'s capital thanks "the Sultanate\'s \\"discreet role\\" in bringing the Yemeni parties together", then the Sultanate is Oman, no person, and one state\'s unnamed parties are no side', () => {
    const { record, triples } = read(
      'MUSCAT, Dec 5 - The envoy conveyed the thanks of the Secretary-General for the Sultanate\'s "discreet role" in bringing the Yemeni parties together.',
    );
    expect(namesOf(record, 'Person')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(ofType(triples, 'HOSTED')).toEqual([]);
  });
});

describe("a secretary-general's day of meetings", () => {
  it('when X "met on Wednesday, on the sidelines of the session of the Council of the League at the ministerial level, with A, and later in the day with B", then X met A and B, each apart, and the Council is no side', () => {
    const { triples } = read(
      'H.E. Mr. Omar Zaki Hamdan, Secretary-General of the League of Arab States, met on Wednesday, on the sidelines of the 161st ordinary session of the Council of the League at the ministerial level, with H.E. Dr. Faisal Nouri, Minister of Foreign Affairs of Jordan, and later in the day with H.E. Sheikh Saad Al-Thani, Minister of State of Qatar.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Faisal Nouri -> Omar Zaki Hamdan',
      'MET_WITH Omar Zaki Hamdan -> Saad Al-Thani',
    ]);
  });
});

describe('hearsay and calls told in one breath', () => {
  it('when "The report, aired on Monday by an opposition channel, said the two men had held talks", then that is the report\'s word: no meeting', () => {
    const { triples } = read(
      'Georgian Prime Minister Levan Abashidze denied on Tuesday that he had met Abkhaz leader Ruslan Ardzinba.',
      'The report, aired on Monday evening by an opposition-leaning channel, said the two men had held talks in Anaklia in October.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when a secretary general "spoke by phone on Monday with A and with her Nicaraguan counterpart, B", then he spoke with both', () => {
    const { triples } = read(
      'OAS Secretary General Diego Ferrán spoke by phone on Monday with Costa Rican Foreign Minister Laura Vargas and with her Nicaraguan counterpart, Julio Obando, and urged calm.',
    );
    expect(ofType(triples, 'SPOKE_WITH').sort()).toEqual([
      'SPOKE_WITH Diego Ferrán -> Julio Obando',
      'SPOKE_WITH Diego Ferrán -> Laura Vargas',
    ]);
  });
});

describe('an adviser who sat in', () => {
  it('when "X, the chief foreign policy adviser to Brazil\'s president, sat in on the talks", then X met both sides, and "chief" is no title of his', () => {
    const { triples } = read(
      'Chilean President Ana Rojas and Bolivian President Luis Mamani met face to face in Lima on Monday.',
      "Paulo Amaral, the chief foreign policy adviser to Brazil's president, sat in on the talks.",
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Ana Rojas -> Luis Mamani',
      'MET_WITH Ana Rojas -> Paulo Amaral',
      'MET_WITH Luis Mamani -> Paulo Amaral',
    ]);
  });
});
