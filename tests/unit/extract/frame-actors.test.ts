/**
 * Who fills a frame's roles: leaders known from context (a dateline, the one state a sentence
 * speaks for, "counterpart", "acting") and never from "former", "ex-", "late" or a deputy's
 * title; people named in every tradition; bodies named by their head noun, as "the Government
 * of X" or with a bracketed short name. Sentences written for these tests, about invented
 * people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, namesOf, ofType } from './helpers.ts';

// A Friday: Saturday is 06-07, Sunday 06-08, Monday 06-09 ... Thursday 06-12.
const PUB = '2025-06-13';
const read = (text: string) => extracted(text, PUB);

describe('LEADS from context', () => {
  it('when a bare "President" stands under a dateline, then the president leads the dateline\'s state', () => {
    const { triples } = read(
      'MAPUTO, June 12 (Wire) - President Celso Macuácua opened the regional energy forum on Thursday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Celso Macuácua -> Mozambique']);
  });

  it('when a bare "President" speaks for the one state of the sentence, then the president leads it', () => {
    const { triples } = read(
      'President Lorena Aquino said on Monday that Paraguay would not sign the river accord before the elections.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Lorena Aquino -> Paraguay']);
  });

  it('when a bare "Prime Minister" meets the leader of a region right after the sentence that named the state and the region, then the prime minister leads that state', () => {
    const { triples } = read(
      [
        'The third round of talks between Indonesia and the Aceh Transition Authority ended in Sabang.',
        'The round between Prime Minister Rudi Hartono and Aceh Governor Teuku Malik, held on 9 and 10 June, was moderated by former Norwegian diplomat Sigrid Holm.',
      ].join('\n'),
    );
    expect(triples).toContain('LEADS Rudi Hartono -> Indonesia');
  });

  it('when the sentence before names two states, then a bare "Prime Minister" is given neither', () => {
    const { triples } = read(
      [
        'Indonesia and Malaysia resumed border talks in Kuching.',
        'The round between Prime Minister Rudi Hartono and Sultan Iskandar Shah, held on 9 June, ended early.',
      ].join('\n'),
    );
    expect(triples.filter((t) => t.startsWith('LEADS Rudi Hartono'))).toEqual([]);
  });

  it('when a bare "President" is named beside another state\'s minister, then the state of the sentence before is no guess for him', () => {
    const { triples } = read(
      [
        'Foreign Minister Priya Menon thanked the forum for inviting India as a guest.',
        "She then met Laotian Foreign Minister Khamla Vongsa and discussed President Bounmy Sayavong's visit to India in May.",
      ].join('\n'),
    );
    expect(triples).not.toContain('LEADS Bounmy Sayavong -> India');
  });

  it('when a bare "President" travels to the one state of the sentence, then no LEADS is guessed from it', () => {
    const { triples } = read(
      'President Lorena Aquino arrived in La Paz on Monday for her first trip to Bolivia.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
    expect(triples).toContain('VISITED Lorena Aquino -> Bolivia');
  });

  it.each([
    'Prime Minister Tomas Duarte visited Bolivia on Monday.',
    'Prime Minister Tomas Duarte left for Bolivia on Monday.',
  ])('when "%s", then he visited Bolivia and leads none of it', (sentence) => {
    const { triples } = read(sentence);
    expect(ofType(triples, 'LEADS')).toEqual([]);
    expect(triples).toContain('VISITED Tomas Duarte -> Bolivia');
  });

  it('when a prime minister "of Saint Vincent" visited, then he leads his own state, the visitor is he', () => {
    const { triples } = read(
      'Prime Minister Tomas Duarte of Saint Vincent left for Caracas on Monday to hold talks with Venezuelan President Ana Ramos.',
    );
    expect(ofType(triples, 'LEADS')).toContain(
      'LEADS Tomas Duarte -> Saint Vincent and the Grenadines',
    );
    expect(triples).toContain('VISITED Tomas Duarte -> Caracas');
    expect(triples).toContain('MET_WITH Ana Ramos -> Tomas Duarte');
  });

  it('when the one state of the sentence is an agent after "by", then a bare "President" is not its leader, unless named beside it', () => {
    const hosted = read(
      'Paraguayan opposition leader Rosa Benítez said that talks hosted by Uruguay between her party and that of President Lorena Aquino would resume.',
    );
    expect(ofType(hosted.triples, 'LEADS')).toEqual([]);
    const beside = read(
      'The truce, brokered by Uruguay and President Lorena Aquino, held through the weekend.',
    );
    expect(ofType(beside.triples, 'LEADS')).toEqual(['LEADS Lorena Aquino -> Uruguay']);
  });

  it('when a foreign minister "met his counterpart X ... and later met President Y", then X leads nothing and the minister met both', () => {
    const { triples } = read(
      'Chilean Foreign Minister Ana Duarte met her Peruvian counterpart Hugo Quispe on Saturday and later met President Rosa Mamani.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual([
      'MET_WITH Ana Duarte -> Hugo Quispe',
      'MET_WITH Ana Duarte -> Rosa Mamani',
    ]);
  });

  it('when a leader meets her "counterpart", then the counterpart leads the other state, and a minister\'s counterpart leads nothing', () => {
    const { triples } = read(
      [
        'Latvian Prime Minister Ilze Kalniņa met her Lithuanian counterpart, Rūta Jankauskienė, in Vilnius on Tuesday.',
        'Latvian Foreign Minister Jānis Ozoliņš met his Lithuanian counterpart, Darius Petraitis, the same day.',
      ].join('\n'),
    );
    expect(ofType(triples, 'LEADS').sort()).toEqual([
      'LEADS Ilze Kalniņa -> Latvia',
      'LEADS Rūta Jankauskienė -> Lithuania',
    ]);
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Ilze Kalniņa -> Rūta Jankauskienė',
        'MET_WITH Darius Petraitis -> Jānis Ozoliņš',
      ]),
    );
  });

  it('when a prime minister is "acting", then she still leads her state', () => {
    const { triples } = read(
      'Acting Haitian Prime Minister Jean-Robert Désir met Cuban President Leonel Peña in Havana on Monday.',
    );
    expect(ofType(triples, 'LEADS').sort()).toEqual([
      'LEADS Jean-Robert Désir -> Haiti',
      'LEADS Leonel Peña -> Cuba',
    ]);
  });

  it('when presidents are "former", "ex-" or "late", then none of them leads anything, and the living two still met', () => {
    const { triples } = read(
      'Former Nigerian President Emeka Nwosu met ex-President Hadiza Boubacar of Niger in Abuja on Monday, a week after the late Liberian president Comfort Tarpeh was buried.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
    expect(triples).toContain('MET_WITH Emeka Nwosu -> Hadiza Boubacar');
  });

  it('when the titles are a deputy prime minister and a vice-president, then neither leads a state', () => {
    const { triples } = read(
      'Deputy Prime Minister Ivana Horvat of Croatia met Vice-President Andrei Popescu of Romania in Zagreb on Tuesday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
    expect(triples).toContain('MET_WITH Andrei Popescu -> Ivana Horvat');
  });
});

describe('names of every length and tradition', () => {
  it.each([
    "The African Union's special envoy for the Sahel, Moussa Kanté, met Malian President Assimi Diarra on Tuesday.",
    "The AU's high representative for the Horn of Africa, Moussa Kanté, met Malian President Assimi Diarra on Tuesday.",
    'The UN envoy, former Senegalese foreign minister Moussa Kanté, met Malian President Assimi Diarra on Tuesday.',
  ])(
    'when the subject is a role with its brief or a past office, and the name comes after a comma, then the named envoy met the president: %s',
    (text) => {
      const { dated } = read(text);
      expect(dated).toContain('MET_WITH Assimi Diarra -> Moussa Kanté @2025-06-10');
    },
  );

  it('when Gulf names chain "bin" past six words and end in "Al-", then each stays one whole person', () => {
    const { triples, record } = read(
      'Qatari Minister of State Tariq bin Ghanim bin Saif bin Misfer Al-Marri met Emirati Foreign Minister Humaid bin Obaid Al-Nuaimi in Doha on Sunday.',
    );
    expect(namesOf(record, 'Person')).toEqual([
      'Humaid bin Obaid Al-Nuaimi',
      'Tariq bin Ghanim bin Saif bin Misfer Al-Marri',
    ]);
    expect(triples).toContain(
      'MET_WITH Humaid bin Obaid Al-Nuaimi -> Tariq bin Ghanim bin Saif bin Misfer Al-Marri',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
  });

  it('when a Spanish name carries "de la" and two surnames, then the whole name is one person who leads her state', () => {
    const { triples, record } = read(
      'Mexican President Ximena de la Garza Villarreal met Guatemalan President Otilia Tzoc in Tapachula on Thursday.',
    );
    expect(namesOf(record, 'Person')).toEqual(['Otilia Tzoc', 'Ximena de la Garza Villarreal']);
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Otilia Tzoc -> Ximena de la Garza Villarreal',
        'LEADS Ximena de la Garza Villarreal -> Mexico',
      ]),
    );
  });

  it('when family names come first and later stand alone, then the short form is the same person', () => {
    const { triples, record } = read(
      [
        'South Korean Prime Minister Park Min-jun held talks with Chinese Premier Zhou Lanying in Beijing on Tuesday.',
        'Park later met Vietnamese Prime Minister Do Quang Minh in Hanoi.',
      ].join('\n'),
    );
    expect(namesOf(record, 'Person')).toEqual(['Do Quang Minh', 'Park Min-jun', 'Zhou Lanying']);
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Park Min-jun -> Zhou Lanying',
        'MET_WITH Do Quang Minh -> Park Min-jun',
        'LEADS Park Min-jun -> South Korea',
        'LEADS Zhou Lanying -> China',
        'LEADS Do Quang Minh -> Vietnam',
      ]),
    );
  });

  it('when a Malagasy name is long and a given name is hyphenated, then both stay whole and lead their states', () => {
    const { triples } = read(
      'Malagasy President Hery Andriamanantena Rakotomalala met Mauritian Prime Minister Jean-Claude Ramdin in Port Louis on Wednesday.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Hery Andriamanantena Rakotomalala -> Jean-Claude Ramdin',
        'LEADS Hery Andriamanantena Rakotomalala -> Madagascar',
        'LEADS Jean-Claude Ramdin -> Mauritius',
      ]),
    );
  });
});

describe('states and organisations', () => {
  it('when two ministers are named "A of X and B of Y" after their plural title, then each is of their state and the two met', () => {
    const { triples } = read(
      "The accord was initialled in Iquique on Friday by the two countries' fisheries ministers, Marta Quiroga Salas of Chile and Julio Benavides Rojas of Peru.",
    );
    expect(triples).toContain('MET_WITH Julio Benavides Rojas -> Marta Quiroga Salas');
    expect(triples.filter((t) => /Chile and|and Julio/.test(t))).toEqual([]);
  });

  it('when envoys travelled "for talks with the authorities in" a state, then they met that state', () => {
    const { triples } = read(
      'UN envoy Lars Eklund visited Juba on Friday for talks with the authorities in South Sudan.',
    );
    expect(triples).toContain('MET_WITH Lars Eklund -> South Sudan');
  });

  it('when a state and "the breakaway X region" (or "the breakaway region of X") resumed talks, then the two met', () => {
    for (const text of [
      'Azerbaijan and the breakaway Nakhchivan region resumed direct talks on Thursday.',
      'Azerbaijan and the breakaway region of Nakhchivan resumed direct talks on Thursday.',
      'Azerbaijan and breakaway Nakhchivan resumed direct talks on Thursday.',
    ]) {
      const { dated } = read(text);
      expect(ofType(dated, 'MET_WITH'), text).toEqual([
        'MET_WITH Azerbaijan -> Nakhchivan @2025-06-12',
      ]);
    }
  });

  it('when an army and "the paramilitary" force resumed talks, then the force is a side that met the state', () => {
    const { triples } = read(
      "Chad's army and the paramilitary Lake Chad Defence Forces resumed talks in N'Djamena on Monday.",
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Chad -> Lake Chad Defence Forces']);
  });

  it('when "Dominican" comes with Santo Domingo, then it names the Dominican Republic and not Dominica', () => {
    const { triples } = read(
      'Dominican President Leonel Peña received Haitian envoy Marie-Claude Jeune in Santo Domingo on Thursday.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'LEADS Leonel Peña -> Dominican Republic',
        'MET_WITH Leonel Peña -> Marie-Claude Jeune',
      ]),
    );
    expect(triples.filter((t) => t.endsWith('-> Dominica'))).toEqual([]);
  });

  it('when bodies end in "Front" and "Union", then they are organisations and the host mediated between them', () => {
    const { triples, record } = read(
      'Nigerien President Issa Garba hosted talks between the Air Liberation Front and the Liptako Herders Union in Agadez on Monday.',
    );
    expect(namesOf(record, 'Organization')).toEqual([
      'Air Liberation Front',
      'Liptako Herders Union',
    ]);
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED Issa Garba -> Air Liberation Front',
        'MEDIATED Issa Garba -> Liptako Herders Union',
      ]),
    );
  });

  it('when a "Council" brokered a ceasefire with an "Alliance", then the council mediated for both sides', () => {
    const { triples } = read(
      'The Horn Elders Council brokered a ceasefire between Somalia and the Jubaland Alliance on Saturday.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Horn Elders Council -> Jubaland Alliance',
      'MEDIATED Horn Elders Council -> Somalia',
    ]);
  });

  it('when "the Government of X" signs with a movement, then the state itself is the side that met the movement', () => {
    const { triples, record } = read(
      'The Government of Mali and the Azawad Unity Movement signed a ceasefire in Algiers on Friday.',
    );
    expect(triples).toContain('MET_WITH Azawad Unity Movement -> Mali');
    expect(record.entities.map((e) => e.name).filter((n) => /government/i.test(n))).toEqual([]);
  });

  it('when a movement is introduced with a bracketed short name, then the short name is an alias of one organisation', () => {
    const { triples, record } = read(
      'Colombian government negotiators met the Pacific Coast Liberation Movement (PCLM) in Havana on Tuesday, and PCLM commanders said the talks would resume in July.',
    );
    expect(triples).toContain('MET_WITH Colombia -> Pacific Coast Liberation Movement');
    const orgs = record.entities.filter((e) => e.type === 'Organization');
    expect(orgs.map((e) => e.name)).toEqual(['Pacific Coast Liberation Movement']);
    expect(orgs[0]!.aliases).toContain('PCLM');
  });
});
