/**
 * Heads named by a verb or after the name: "X, who heads the Y", "Rebel leader X of the Z"
 * (an organisation the gazetteer may not know, its name perhaps with a possessive inside),
 * and what is not heading: a delegation or a team led, talks led, an office held "then". Sentences
 * written for these
 * tests, about invented people and bodies.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType, phrases } from './helpers.ts';

const leads = (text: string) => ofType(extracted(text, '2025-06-07').triples, 'LEADS');

describe('heads named by a verb', () => {
  it.each([
    'Samir Haddad, who heads the Arab League, met reporters.',
    'Samir Haddad heads the Arab League.',
  ])('when "%s", then he leads the league', (sentence) => {
    expect(leads(sentence)).toEqual(['LEADS Samir Haddad -> Arab League']);
  });

  it.each([
    'Samir Haddad, who led the Arab League delegation, met reporters.',
    'Fadl Hamzi heads the Houthi negotiating team.',
    'Samir Haddad led the talks.',
  ])('when "%s", then he leads nothing', (sentence) => {
    expect(leads(sentence)).toEqual([]);
  });
});

describe('heads of an organisation named after the name', () => {
  it('when "Rebel leader X of the People\'s Liberation Army", then X leads the army, named whole', () => {
    expect(
      leads("Rebel leader Joseph Okello of the People's Liberation Army met reporters."),
    ).toEqual(["LEADS Joseph Okello -> People's Liberation Army"]);
  });

  it('when "Secretary-General X of the Arab League", then X leads the league', () => {
    expect(leads('Secretary-General Amina Yusuf of the Arab League met reporters.')).toEqual([
      'LEADS Amina Yusuf -> Arab League',
    ]);
  });

  it('when "Spokesman X of the Foreign Ministry", then X leads nothing', () => {
    expect(leads('Spokesman Ali Hassan of the Foreign Ministry said talks would resume.')).toEqual(
      [],
    );
  });
});

describe('a role, a comma, and the person who holds it', () => {
  it('when a president spoke "with the head of the X Council, General Y", then they spoke and Y leads the council', () => {
    const { triples } = extracted(
      'Kenyan President Amina Wanjiru spoke by phone on Friday with the head of the Transitional Military Council, General Idris Kaka.',
      '2024-03-08',
    );
    expect(triples).toContain('SPOKE_WITH Amina Wanjiru -> Idris Kaka');
    expect(ofType(triples, 'LEADS')).toContain('LEADS Idris Kaka -> Transitional Military Council');
  });
});

describe('missions and insertions', () => {
  it('when a meeting was "hosted in Bender by the head of the OSCE Mission to Moldova, Ambassador X,", then X hosted it and leads the mission', () => {
    const { triples, events } = extracted(
      'The meeting, hosted in Bender by the head of the OSCE Mission to Moldova, Ambassador Kevin Ashby, ended on Monday.',
      '2023-10-12',
    );
    expect(triples).toContain('LEADS Kevin Ashby -> OSCE Mission to Moldova');
    expect(events.some((e) => e.includes('Kevin Ashby host'))).toBe(true);
  });
});

describe('two heads of one state', () => {
  it('when a president of a state is named, then a bare "Prime Minister" in a sentence about that state still leads it', () => {
    expect(
      leads(
        'Ghanaian President Kofi Boateng met the envoy in Accra. The envoy left Ghana on Thursday after meeting Prime Minister Ama Owusu.',
      ),
    ).toEqual(['LEADS Kofi Boateng -> Ghana', 'LEADS Ama Owusu -> Ghana']);
  });

  it('when a president of a state is named, then a second bare "President" is not given the same state', () => {
    expect(
      leads(
        'Ghanaian President Kofi Boateng met the envoy in Accra. The envoy left Ghana on Thursday after meeting President Ama Owusu.',
      ),
    ).toEqual(['LEADS Kofi Boateng -> Ghana']);
  });
});

describe('deputies and branch chiefs', () => {
  it('when a deputy title names its body first ("deputy Hamas Gaza chief X"), then X leads nothing', () => {
    expect(
      leads(
        'A Ogaden Front delegation, headed by chief negotiator and deputy Ogaden Front Jigjiga chief Abdi Warsame, arrived in Cairo on Monday.',
      ),
    ).toEqual([]);
  });

  it('when a chief is of a branch named before the title, then the body is not led by them, but a plain chief leads it', () => {
    expect(leads('Ogaden Front Jigjiga chief Abdi Warsame met reporters.')).toEqual([]);
    expect(leads('Ogaden Front chief Abdi Warsame met reporters.')).toEqual([
      'LEADS Abdi Warsame -> Ogaden Front',
    ]);
  });
});

describe('two offices held at once, and an office phrase after a name', () => {
  it('when someone "serves as both prime minister and foreign minister of" a state, then the state is the first office\'s too', () => {
    expect(
      leads(
        'Ingrid Solberg, who serves as both prime minister and foreign minister of Norway, opened the session.',
      ),
    ).toEqual(['LEADS Ingrid Solberg -> Norway']);
  });

  it('when "X, chairman of the front\'s political bureau," is the subject, then X met whom the clause says', () => {
    const { triples } = extracted(
      "Abdi Warsame, chairman of the front's political bureau, met Kenyan Prime Minister Amani Kariuki on Monday.",
      '2025-06-07',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Abdi Warsame -> Amani Kariuki']);
  });
});

describe("a state's body after 'of'", () => {
  it('when a head is "of Chad\'s Transitional Council", then the council, not Chad, is what the named general heads, and the call was with him', () => {
    const { triples } = extracted(
      "Kenyan President Amani Kariuki spoke by phone on Friday with the head of Niger's National Salvation Council, General Issa Moussa.",
      '2025-06-07',
    );
    expect(ofType(triples, 'LEADS')).toEqual([
      'LEADS Amani Kariuki -> Kenya',
      'LEADS Issa Moussa -> National Salvation Council',
    ]);
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Amani Kariuki -> Issa Moussa']);
  });
});

describe('the words of a title', () => {
  it('when a sentence opens with "The chairperson of ...", then the article is no part of the title', () => {
    const { relations } = phrases(
      'The chairperson of the African Union Commission, Aminata Diallo, attended the summit.',
    );
    expect(relations).toEqual(['LEADS Aminata Diallo -> African Union: chairperson']);
  });
});

describe('heads told by a clause', () => {
  it('when a head of state "chairs" a bloc, then he leads the bloc and his state, and the bloc mediated nothing', () => {
    const { triples } = extracted(
      'Ugandan President Joseph Okello, who chairs the East African Community, met Kenyan President Daniel Kiprotich on Monday.',
      '2025-06-07',
    );
    expect(ofType(triples, 'LEADS')).toEqual([
      'LEADS Joseph Okello -> Uganda',
      'LEADS Daniel Kiprotich -> Kenya',
      'LEADS Joseph Okello -> East African Community',
    ]);
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Daniel Kiprotich -> Joseph Okello']);
  });

  it.each([
    "Niger's interim government is headed by Issa Kountche.",
    "Niger's military government is led by General Issa Kountche.",
  ])('when "%s", then he leads Niger, and a delegation led so leads nothing', (sentence) => {
    expect(leads(sentence)).toEqual(['LEADS Issa Kountche -> Niger']);
    expect(leads('The Nigerien delegation is led by Issa Kountche.')).toEqual([]);
  });

  it('when a group is "ethnic Lendu led" after a preposition, then the people it names lead nothing', () => {
    expect(
      leads('According to the UN, Rwanda provided weapons to ethnic Lendu led Ituri Front.'),
    ).toEqual([]);
  });

  it('when a body is "led by X" between commas, then X leads it', () => {
    expect(
      leads('The Ituri Front, led by Bertrand Mugisha, rejected the proposal on Tuesday.'),
    ).toEqual(['LEADS Bertrand Mugisha -> Ituri Front']);
  });

  it.each([
    "Niger's military junta, led by General Issa Kountche, signed a peace deal with Mali on Monday.",
    'The Nigerien government, led by General Issa Kountche, signed a peace deal with Mali on Monday.',
  ])('when "%s", then the general headed the body and mediated nothing', (sentence) => {
    const { triples } = extracted(sentence, '2025-06-07');
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });

  it('when a body known by its letters follows "leader of the", then he leads it', () => {
    expect(
      leads('The envoy met Simon Gatluak, leader of the SPLM-IO, in Nairobi on Monday.'),
    ).toEqual(['LEADS Simon Gatluak -> SPLM-IO']);
    // "of HE X": a style of address is no body.
    expect(
      leads(
        'The talks were led by Celso Amaro, special adviser and personal envoy of HE Luiz Matos, president of Brazil.',
      ),
    ).toEqual(['LEADS Luiz Matos -> Brazil']);
  });
});

describe('heads of a community, not of the state its adjective names', () => {
  it.each([
    [
      'Ukrainian Tatar leader Refat Ismailov met Turkish President Kemal Aydin on Monday.',
      'LEADS Kemal Aydin -> Turkey',
    ],
    [
      'Georgian Armenian leader Levon Sargsyan met Turkish President Kemal Aydin on Monday.',
      'LEADS Kemal Aydin -> Turkey',
    ],
    [
      'Syrian Kurdish President Aso Karim met Turkish President Kemal Aydin on Monday.',
      'LEADS Kemal Aydin -> Turkey',
    ],
  ])('when "%s", then the community\'s head leads no state', (sentence, only) => {
    expect(leads(sentence)).toEqual([only]);
  });

  it.each([
    'Ghanaian envoy Kofi Mensah met deposed Nigerien President Ali Mahamane in Niamey on Monday.',
    "Ghanaian envoy Kofi Mensah met Niger's ousted President Ali Mahamane in Niamey on Monday.",
  ])('when "%s", then the envoy met the ousted president, who leads nothing', (sentence) => {
    const { triples } = extracted(sentence, '2025-06-07');
    expect(triples).toEqual(['MET_WITH Ali Mahamane -> Kofi Mensah']);
  });

  it('when a keeping word stands before the title ("Federal", "Acting"), then the state is still led', () => {
    expect(
      leads('Austrian Federal President Karl Huber met Acting President Ana Lopez of Peru.'),
    ).toEqual(['LEADS Karl Huber -> Austria', 'LEADS Ana Lopez -> Peru']);
  });
});

describe('a posting after the title', () => {
  it.each([
    'Ghanaian Foreign Minister Ama Owusu received the Ambassador of Portugal to Ghana, Ana Ferreira, on Tuesday.',
    'Ghanaian Foreign Minister Ama Owusu met with the head of the OSCE mission to Ghana, Ana Ferreira, on Tuesday.',
  ])('when "%s", then the name after the posting is the one met', (sentence) => {
    const { triples } = extracted(sentence, '2025-06-07');
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Ama Owusu -> Ana Ferreira']);
  });
});

describe('one plural title for several names', () => {
  it('when "Presidents A of X, B of Y and C of Z" arrived, then each leads their own state and each visited', () => {
    const { triples } = extracted(
      'Presidents Ana Duarte of Chile, Hugo Ibarra of Paraguay and Luis Acosta of Uruguay arrived in Lima on Monday.',
      '2025-06-07',
    );
    expect(ofType(triples, 'LEADS')).toEqual([
      'LEADS Ana Duarte -> Chile',
      'LEADS Hugo Ibarra -> Paraguay',
      'LEADS Luis Acosta -> Uruguay',
    ]);
    expect(ofType(triples, 'VISITED')).toEqual([
      'VISITED Ana Duarte -> Lima',
      'VISITED Hugo Ibarra -> Lima',
      'VISITED Luis Acosta -> Lima',
    ]);
  });

  it('when "the presidents of X and Y, A and B, respectively" signed, then A leads X and B leads Y, and the two met', () => {
    const { triples } = extracted(
      'The presidents of Chile and Paraguay, Ana Duarte and Hugo Ibarra, respectively, signed the river accord on Monday.',
      '2025-06-07',
    );
    expect(triples).toEqual([
      'LEADS Ana Duarte -> Chile',
      'LEADS Hugo Ibarra -> Paraguay',
      'MET_WITH Ana Duarte -> Hugo Ibarra',
    ]);
  });
});

describe('offices held then', () => {
  it.each([
    "Eritrea's then president, Tesfay Gebre, signed the border accord.",
    'The border accord was signed by then-President Tesfay Gebre of Eritrea.',
  ])('when "%s", then he led it then and leads nothing now', (sentence) => {
    expect(leads(sentence)).toEqual([]);
  });

  it('when "then" only opens the next clause ("and then President X"), then the office is held now', () => {
    expect(leads('The talks ended, and then President Tesfay Gebre of Eritrea flew home.')).toEqual(
      ['LEADS Tesfay Gebre -> Eritrea'],
    );
  });
});

describe('rulers named by their body', () => {
  it.each([
    [
      "Niger's junta leader General Ali Tchiani received the envoy on Thursday.",
      'LEADS Ali Tchiani -> Niger',
    ],
    [
      'Guinean junta leader Colonel Mamadi Camara received the envoy on Thursday.',
      'LEADS Mamadi Camara -> Guinea',
    ],
  ])('when "%s", then the junta\'s leader leads the state', (sentence, lead) => {
    expect(leads(sentence)).toEqual([lead]);
  });
});

describe('heads of a body named elsewhere in the article', () => {
  it('when the text names a body ("the Ambazonia movement") and later its "leader X", then X leads it', () => {
    expect(
      leads(
        'The Ambazonia movement rejected the plan in May. Ambazonia leader Julius Tabe met the Swiss envoy in Geneva on Monday.',
      ),
    ).toEqual(['LEADS Julius Tabe -> Ambazonia']);
  });

  it('when the word before "leader" is named as no body anywhere, then it leads nothing', () => {
    expect(leads('Ambazonia leader Julius Tabe met the Swiss envoy in Geneva on Monday.')).toEqual(
      [],
    );
  });
});

describe('stated heads over guesses', () => {
  it('when a report filed from a third capital says a body "is headed by Prime Minister X", then X leads that body, not the dateline\'s state', () => {
    expect(
      leads(
        'DAKAR, June 5 (Wire) -- Talks resumed in Dakar. The Bamako-based Transitional Council is headed by Prime Minister Moussa Keita.',
      ),
    ).toEqual(['LEADS Moussa Keita -> Transitional Council']);
  });
});

describe('heads by the capital they receive in', () => {
  it('when a bare president receives a visitor in a capital, then the president leads its state and the visitor does not', () => {
    expect(
      leads(
        'Prime Minister Asha Ramlal flew on to Quito, where President Tomás Ibarra received her on Wednesday.',
      ),
    ).toEqual(['LEADS Tomás Ibarra -> Ecuador']);
  });

  it('when a bare president brings two leaders together in a capital, then the host leads its state', () => {
    expect(
      leads(
        'On Friday, President Sami Kaya brought Amina Warsame and Yonas Haile together in Ankara.',
      ),
    ).toEqual(['LEADS Sami Kaya -> Turkey']);
  });

  it('when a prince named with two offices in apposition "received" a call in a report from his capital, then he leads its state and the caller his own', () => {
    expect(
      leads(
        'Muscat, June 5, 2025, ONA -- His Highness Prince Taimur bin Salim, Crown Prince and Prime Minister, received a phone call today from Prime Minister of the Republic of Kenya Peter Mwangi.',
      ).sort(),
    ).toEqual(['LEADS Peter Mwangi -> Kenya', 'LEADS Taimur bin Salim -> Oman']);
  });

  it('when the sentence names no capital, then the host leads nothing', () => {
    expect(leads('President Sami Kaya received the two envoys on Friday.')).toEqual([]);
  });
});

describe('where someone else comes from', () => {
  it('when the sentence before says "The moderator from Fiji said", then a bare "Prime Minister X" after it leads no Fiji', () => {
    const { triples } = extracted(
      [
        'The moderator from Fiji said the meeting was part of a series of four consultations.',
        '"It built upon the first meeting, during which Prime Minister Peter Kila and President Ben Tomu presented their visions," he said.',
      ].join('\n'),
      '2025-06-07',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
  });
});

describe('offices newly held, and a state by another of its names', () => {
  it('when a minister has "an audience with the newly elected Prime Minister", then no one is called "Prime"', () => {
    const { record, triples } = extracted(
      'The foreign minister has landed in Tonga for the first leg of his Pacific tour, and an audience with the newly elected Prime Minister.',
      '2025-06-07',
    );
    expect(record.entities.map((e) => e.name)).not.toContain('Prime');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when "the Prime Minister of Northern Macedonia X" is met, then X leads North Macedonia', () => {
    const { triples } = extracted(
      'Greek Prime Minister Nikos Andreou met with the Prime Minister of Northern Macedonia Petar Stojanov in Athens on Monday.',
      '2025-06-07',
    );
    expect(ofType(triples, 'LEADS')).toContain('LEADS Petar Stojanov -> North Macedonia');
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Nikos Andreou -> Petar Stojanov']);
  });
});
