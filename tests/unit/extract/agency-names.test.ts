/**
 * How agencies and state media name people, offices and bodies, and what a reading by
 * sentence gets wrong about them: a plain-case dateline, "the President of the Republic, X",
 * offices that run to a comma before the name, bracketed short names, breakaway states by
 * their capital, past offices, and bodies chaired rather than talks. Sentences written for
 * these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, namesOf, ofType } from './helpers.ts';

// A Friday: Monday is 06-09.
const PUB = '2025-06-13';
const read = (text: string) => extracted(text, PUB);

describe('state news agency style', () => {
  it('when "the President of the Republic, X" met "on Sunday in the capital, at the palace, with his counterpart from Y (short), Z", then X and Z met and each leads his state', () => {
    const { triples } = read(
      'Maputo - The President of the Republic, Celso Macuacua, met on Sunday in Maputo, at the Ponta Vermelha Palace, with his counterpart from the Republic of Malawi (RoM), Grace Banda.',
    );
    expect(ofType(triples, 'LEADS').sort()).toEqual([
      'LEADS Celso Macuacua -> Mozambique',
      'LEADS Grace Banda -> Malawi',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Celso Macuacua -> Grace Banda']);
    expect(triples.filter((t) => /Republic/.test(t))).toEqual([]);
    // Without the dateline the president's state is unknown, and never the counterpart's.
    const undated = read(
      'The President of the Republic, Celso Macuacua, met on Sunday in Maputo with his counterpart from Malawi, Grace Banda.',
    );
    expect(ofType(undated.triples, 'LEADS')).toEqual(['LEADS Grace Banda -> Malawi']);
  });

  it('when an event has a capitalised name ("the 5th Ministerial Meeting between A and B, facilitated by C"), then it is an event, not an actor', () => {
    const { triples } = read(
      'The talks followed the 5th Ministerial Meeting between Malawi and Zambia, facilitated by Tanzania, in Dodoma on Saturday.',
    );
    expect(triples.sort()).toEqual([
      'MEDIATED Tanzania -> Malawi',
      'MEDIATED Tanzania -> Zambia',
      'MET_WITH Malawi -> Zambia',
    ]);
  });
});

describe('names and offices as agencies write them', () => {
  it('when a lone surname opens a sentence as its subject, and offices run long before their names, then the meeting is read whole', () => {
    const { triples } = read(
      "Mensah met in Accra with the EU's High Representative for Foreign Affairs and Security Policy, Karin Holm, and the EU's Special Representative, Pavel Novak.",
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Karin Holm -> Mensah',
      'MET_WITH Mensah -> Pavel Novak',
    ]);
    expect(triples.filter((t) => /Foreign Affairs|Security Policy/.test(t))).toEqual([]);
  });

  it("when a capital's possessive stands before a title, then the title is its state's, not the dateline's", () => {
    const { triples } = read(
      "GENEVA - Envoys met a delegation led by Pristina's Prime Minister Arben Krasniqi on Thursday.",
    );
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Arben Krasniqi -> Kosovo']);
  });

  it('when honorifics of several words stand before a name under the dateline of a seat of government, then the name is without them and leads that state', () => {
    const { record, triples } = read(
      'PUTRAJAYA: The accord, facilitated by Prime Minister Datuk Seri Razak Osman, was signed by Laos and Vietnam on Monday. Razak said it would hold.',
    );
    expect(record.entities.map((e) => e.name)).toContain('Razak Osman');
    expect(record.entities.map((e) => e.name).filter((n) => /Datuk|Seri/.test(n))).toEqual([]);
    expect(ofType(triples, 'LEADS')).toEqual(['LEADS Razak Osman -> Malaysia']);
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Razak Osman -> Laos',
      'MEDIATED Razak Osman -> Vietnam',
    ]);
  });
});

describe('titles before a comma and surnames with title words', () => {
  it('when a host "received Minister for Foreign Affairs, Prince X, and Foreign Minister, Y Amir-Z", then it received those two people', () => {
    const { record, triples } = read(
      'China today received Omani Minister for Foreign Affairs, Prince Said bin Hamad Al Busaidi, and Iraqi Foreign Affairs Minister, Karim Amir-Hassan, for a meeting in Beijing.',
    );
    const names = record.entities.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['Said bin Hamad Al Busaidi', 'Karim Amir-Hassan']),
    );
    expect(names.filter((n) => /^(?:Minister|Foreign Affairs|Karim)$/.test(n))).toEqual([]);
    expect(ofType(triples, 'HOSTED').sort()).toEqual([
      'HOSTED China -> Karim Amir-Hassan',
      'HOSTED China -> Said bin Hamad Al Busaidi',
    ]);
  });
});

describe('breakaway regions as sides', () => {
  it('when a breakaway region is named by its name, adjective or capital, then its authorities are a side', () => {
    const { triples } = read(
      [
        'Georgia and Abkhazia resumed talks in Geneva on Tuesday under the auspices of the United Nations.',
        'Tbilisi and Sukhumi last met in March, and Abkhaz negotiator Astan Ardzinba said little.',
      ].join(' '),
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED United Nations -> Georgia',
        'MEDIATED United Nations -> Abkhazia',
        'MET_WITH Abkhazia -> Georgia',
      ]),
    );
    expect(triples.filter((t) => /Sukhumi|Tbilisi/.test(t))).toEqual([]);
  });
});

describe('past offices', () => {
  it("when a former official's state is the only state in the sentence, then a bare title is not its leader", () => {
    const { triples } = read(
      'The consultation between Prime Minister Jonah Kerua and regional President Ana Tau was moderated by former Fijian prime minister Isoa Ravu.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Isoa Ravu -> Ana Tau',
      'MEDIATED Isoa Ravu -> Jonah Kerua',
    ]);
  });
});

describe('short names in brackets', () => {
  it('when a body is named in full with a short name written as a word, then it is called by the short name; an acronym stays an alias', () => {
    const { record, triples } = read(
      'A framework accord between the Government of Angola and the Cabinda Enclave Liberation Front (Flec) was signed in Luanda on Friday under the auspices of Zambia. Talks with the Lunda Tchokwe Movement (MLT) resume next month.',
    );
    const names = record.entities.map((e) => e.name);
    expect(names).toContain('Flec');
    expect(names).not.toContain('Cabinda Enclave Liberation Front');
    expect(triples).toContain('MEDIATED Zambia -> Flec');
    expect(names).toContain('Lunda Tchokwe Movement');
    expect(names).not.toContain('MLT');
  });

  it('when a full name runs on with "for the" and "of" up to its bracketed short name, then the whole of it is the name', () => {
    const { record } = read(
      'Zambia brokered talks between the government and the National Union for the Total Independence of Angola (Unita) in Lusaka on Friday.',
    );
    const unita = record.entities.find((e) => e.name === 'Unita');
    expect(unita?.aliases).toEqual(['National Union for the Total Independence of Angola']);
    expect(record.entities.map((e) => e.name)).not.toContain('National Union');
  });
});

describe('long offices and who sat between', () => {
  it('when an office has a list in it ("Commissioner for the environment, oceans and fisheries, X"), then X is the person', () => {
    const { triples } = read(
      'Later on Thursday Ines Duarte sat down with the European Commissioner for trade, customs and competition, Pavel Novak, in Tallinn.',
    );
    expect(triples).toContain('MET_WITH Ines Duarte -> Pavel Novak');
  });

  it('when an envoy "sat between the two men as they signed", then the envoy met both and mediated, no side of theirs', () => {
    const { triples, events } = read(
      [
        'The accord was initialled in Muscat by Malian Foreign Minister Oumar Traore and Nigerien adviser Issa Garba.',
        "Oman's special envoy, Salim bin Nasser Al-Harthy, sat between the two men as they signed.",
        'Algeria had offered last year to host talks between its two neighbours.',
      ].join(' '),
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Oumar Traore -> Salim bin Nasser Al-Harthy',
        'MET_WITH Issa Garba -> Salim bin Nasser Al-Harthy',
      ]),
    );
    expect(events.some((e) => e.includes('Salim bin Nasser Al-Harthy mediator'))).toBe(true);
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Salim bin Nasser Al-Harthy -> Issa Garba',
      'MEDIATED Salim bin Nasser Al-Harthy -> Oumar Traore',
    ]);
    expect(triples.filter((t) => t.startsWith('OFFERED_MEDIATION')).sort()).toEqual([
      'OFFERED_MEDIATION Algeria -> Mali',
      'OFFERED_MEDIATION Algeria -> Niger',
    ]);
  });
});

describe('chairing a body', () => {
  it('when a state chairs an organisation, then it chaired no talks; when it chaired the talks, it did', () => {
    const { triples } = read(
      'Ghana and Togo resumed talks in Accra on Monday. Nigeria currently chairs the regional bloc, which has deployed observers on the border.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    const chaired = read(
      'Ghana and Togo resumed talks in Accra on Monday. Nigeria chaired the talks, a Nigerian official said.',
    );
    expect(ofType(chaired.triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Nigeria -> Ghana',
      'MEDIATED Nigeria -> Togo',
    ]);
  });
});

describe('a name, its office and a relative clause', () => {
  it('when "X, president of the Y Group, which funds the talks, held talks with Z", then X held them, not the group', () => {
    const { triples } = read(
      'Lars Berg, president of the Nordic Development Fund Group, which finances the logistics of the talks, held talks with Kenyan President Amara Okafor on Wednesday.',
    );
    expect(triples).toContain('MET_WITH Amara Okafor -> Lars Berg');
    expect(triples.filter((t) => t.startsWith('MET_WITH') && t.includes('Group'))).toEqual([]);
  });

  it('when a short name in capitals is also a common word ("the FACT rebels"), then mid-sentence it is a body and a side', () => {
    const { triples } = read(
      'Gabon mediated talks between Chad and the FACT rebels in Libreville.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Gabon -> Chad',
      'MEDIATED Gabon -> FACT',
    ]);
  });

  it.each([
    'ACCRA, 10 June 2025 – President Kwame Mensah received the envoy.',
    'ACCRA, June 10, 2025 – President Kwame Mensah received the envoy.',
    'ACCRA, June 10 (GNA) -- President Kwame Mensah received the envoy.',
  ])(
    'when a dateline gives the day before the month, a year, or a double hyphen, then it is still a dateline: %s',
    (text) => {
      expect(ofType(read(text).triples, 'LEADS')).toEqual(['LEADS Kwame Mensah -> Ghana']);
    },
  );

  it('when a chair "in office" and a minister are one person ("OSCE Chairperson-in-Office and Irish Foreign Minister X"), then the later "Chairperson-in-Office" is that person, who leads the OSCE', () => {
    const { triples } = read(
      'OSCE Chairperson-in-Office and Irish Foreign Minister Aoife Byrne concluded a visit to Georgia on Tuesday. In Tbilisi on Monday, the Chairperson-in-Office met with Prime Minister Irakli Beridze.',
    );
    expect(triples).toContain('LEADS Aoife Byrne -> OSCE');
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Aoife Byrne -> Irakli Beridze']);
  });

  it('when a minister\'s portfolio runs before the name with no comma ("Minister of Water and Energy X"), then the portfolio is the office and X the person', () => {
    const { triples, record } = read(
      'Ghanaian Minister of Water and Energy Kofi Asare met Togolese Foreign Minister Esi Agbeko on Monday.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Esi Agbeko -> Kofi Asare']);
    expect(namesOf(record, 'Person')).toEqual(['Esi Agbeko', 'Kofi Asare']);
  });

  it.each(['14 Sept', '14 Sep', '3 Oct', '21 Nov'])(
    'when a tracker writes the day and a short month between subject and verb ("X %s phoned Y"), then the month names no one',
    (day) => {
      const { triples, record } = read(
        `President Kwame Mensah ${day} phoned Togolese President Faure Agbeko.`,
      );
      expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Faure Agbeko -> Kwame Mensah']);
      expect(namesOf(record, 'Person')).toEqual(['Faure Agbeko', 'Kwame Mensah']);
    },
  );

  it('when a wire dateline lost its dash ("KUMASI, Ghana Jun 3 President X ..."), then its country is the dateline\'s, no clue to whose X is', () => {
    const { triples } = read(
      'KUMASI, Ghana Jun 3 President Faure Agbeko called Ivorian President Alassane Kone to discuss the border.',
    );
    expect(ofType(triples, 'LEADS')).toEqual(["LEADS Alassane Kone -> Côte d'Ivoire"]);
  });

  it("when a minister's title lists several portfolios between commas, then they are the title's, and the name after them is the person", () => {
    const { triples, record } = read(
      'The Minister of Foreign Affairs, Regional Integration and Ivorian Expatriates, Mr. Koffi Yao, met Ghanaian President Kwame Mensah in Abidjan on Monday.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Koffi Yao -> Kwame Mensah']);
    expect(record.entities.map((e) => e.name)).not.toContain('Expatriates');
  });

  it.each([
    [
      'HE Prime Minister and Minister of Foreign Affairs Sheikh Khalid bin Saad received the envoy.',
      'Khalid bin Saad',
    ],
    [
      'The envoy was received by HH the Amir Sheikh Fahad bin Saad at the palace.',
      'Fahad bin Saad',
    ],
    ['The Right Honourable Thabo Letsie received the envoy.', 'Thabo Letsie'],
  ])(
    'when a style ("HE", "HH the", "The Right Honourable") opens a name or a title, then it is no name: %s',
    (text, name) => {
      const { record } = read(text);
      expect(namesOf(record, 'Person')).toEqual([name]);
      expect(
        record.entities.map((e) => e.name).filter((n) => /^(?:HH|HE|Right|Prime)\b/.test(n)),
      ).toEqual([]);
    },
  );

  it('when a release names a head of government as "the President of the Council of the X Republic, His Excellency Mr Y", then Y leads X, and "the President of the Council" later is Y', () => {
    const { triples } = read(
      'The President of the Council of the Togolese Republic, His Excellency Mr Komi Sewa, received the envoy on Monday. The President of the Council later held talks with the President of the Republic of Niger, His Excellency General Ali Tchiani, in Niamey on Tuesday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([
      'LEADS Komi Sewa -> Togo',
      'LEADS Ali Tchiani -> Niger',
    ]);
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Ali Tchiani -> Komi Sewa');
  });

  it('when talks go by a capitalised name with a short name in brackets ("the Sahel Peace Consultations (SPC)"), then the name is the talks, never a side', () => {
    const { record } = read(
      'The fifth round of the Sahel Peace Consultations (SPC), the only format between Chad and Niger, ended in Ndjamena on Monday.',
    );
    expect(namesOf(record, 'Organization')).toEqual([]);
  });

  it('when a release styles both sides "HE" inside "between", and one is the president of a member state ("of Puntland State"), then the host stood between the two and each leads their own', () => {
    const { triples } = read(
      'Sheikh Khalid bin Saad hosted today a meeting in Doha between HE President of the Federal Republic of Somalia Hassan Ilmi and HE President of Puntland State Said Jama.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'LEADS Hassan Ilmi -> Somalia',
        'LEADS Said Jama -> Puntland State',
        'MEDIATED Khalid bin Saad -> Hassan Ilmi',
        'MEDIATED Khalid bin Saad -> Said Jama',
        'MET_WITH Hassan Ilmi -> Said Jama',
      ]),
    );
  });

  it('when a release names "the Personal Envoy of the Secretary-General for X, Mr. Y", then Y is the envoy (no secretary-general), and "the Personal Envoy" later is Y', () => {
    const { triples } = read(
      'The Personal Envoy of the Secretary-General for Western Sahara, Mr. Lars Dahl, concluded a tour of the region on Thursday. In Algiers, the Personal Envoy held talks with the Minister of Foreign Affairs and National Community Abroad, Mr. Karim Saadi.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Karim Saadi -> Lars Dahl']);
  });

  it('when two titles joined by "and" have the name after a comma ("the Special Representative ... and Head of MINUSCA, Ms. X"), then X is one person who heads the mission, and the call was with X', () => {
    const { triples } = read(
      'Lars Dahl spoke by telephone on Tuesday with the Special Representative of the Secretary-General for the Central African Republic and Head of MINUSCA, Ms. Awa Sarr.',
    );
    expect(triples).toEqual(['LEADS Awa Sarr -> MINUSCA', 'SPOKE_WITH Awa Sarr -> Lars Dahl']);
  });
});
