/**
 * Which occurrence a report is about, and who was there: "a second meeting" is not the first
 * one told again; a meeting that "took place between" people is theirs; the sides who "held
 * talks" with no one between them met; whoever was "also present" or "in attendance" sat with
 * the people at the table; a role noun's date ("accepted his invitation last week") is not the
 * date of the event it joins; "contacted" between two people is a call. Sentences written for
 * these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

// A Thursday: Monday is 07-28, Tuesday 07-29, Wednesday 07-30, last Friday 07-25.
const PUB = '2025-07-31';
const read = reader(PUB);

describe('one occurrence or another', () => {
  it('when the leaders attended "a second meeting" chaired by a president, then it is its own meeting on its own day', () => {
    const { dated } = read(
      'Ghanaian President Kwame Asante met Burkinabe Prime Minister Issa Ouedraogo and Nigerien Prime Minister Moussa Dan Kori in Accra on Monday.',
      'The top leaders of Burkina Faso and Niger attended a second meeting in Kumasi on Wednesday.',
      'The meeting, chaired by Asante, lasted three hours.',
    );
    expect(dated).toContain('MET_WITH Issa Ouedraogo -> Moussa Dan Kori @2025-07-28');
    expect(dated).toContain('MET_WITH Issa Ouedraogo -> Moussa Dan Kori @2025-07-30');
    expect(dated).toContain('MEDIATED Kwame Asante -> Issa Ouedraogo @2025-07-30');
  });

  it('when "the meeting took place between" three people on a day, then each met the others that day', () => {
    const { dated } = read(
      'The meeting took place between Dawit Alemu, Yonas Tesfamariam and Faris bin Saeed in Muscat on Tuesday.',
    );
    expect(ofType(dated, 'MET_WITH').sort()).toEqual([
      'MET_WITH Dawit Alemu -> Faris bin Saeed @2025-07-29',
      'MET_WITH Dawit Alemu -> Yonas Tesfamariam @2025-07-29',
      'MET_WITH Faris bin Saeed -> Yonas Tesfamariam @2025-07-29',
    ]);
  });

  it('when two states\' officials "held talks" the day a third state hosted a round between them, then the two met', () => {
    const { dated } = read(
      'Oman hosted a second round of talks on Monday between Ethiopia and Eritrea.',
      'Ethiopian and Eritrean officials held talks on Monday.',
    );
    expect(dated).toContain('MET_WITH Eritrea -> Ethiopia @2025-07-28');
    expect(dated).toContain('MEDIATED Oman -> Ethiopia @2025-07-28');
  });

  it('when a host "convened the session after" both sides accepted an invitation last week, then the session is not dated last week', () => {
    const { dated } = read(
      'Lao Foreign Minister Bounmy Sisavath met Thai Foreign Minister Anong Charoenkul and Cambodian Foreign Minister Vannak Sothea in Vientiane on Monday.',
      'Sisavath convened the session after both governments accepted his invitation last week.',
    );
    expect(dated.filter((t) => t.endsWith('@2025-07-24'))).toEqual([]);
    expect(dated).toContain('MEDIATED Bounmy Sisavath -> Anong Charoenkul @2025-07-28');
  });
});

describe('who else was there', () => {
  it('when two ambassadors "were also in attendance" at talks between two prime ministers, then each met both prime ministers', () => {
    const { triples } = read(
      "Ghana's President Kwame Asante hosted talks between Burkinabe Prime Minister Issa Ouedraogo and Nigerien Prime Minister Moussa Dan Kori in Accra on Monday.",
      'French ambassador Claire Dumont and Turkish ambassador Emre Yalcin were also in attendance.',
    );
    for (const pm of ['Issa Ouedraogo', 'Moussa Dan Kori']) {
      expect(triples).toContain(`MET_WITH Claire Dumont -> ${pm}`);
      expect(triples).toContain(`MET_WITH Emre Yalcin -> ${pm}`);
    }
    expect(triples).not.toContain('MET_WITH Claire Dumont -> Emre Yalcin');
  });

  it('when "Also present was" an envoy at a meeting of named ministers, then she met them and not their states', () => {
    const { triples } = read(
      'Burkinabe Prime Minister Issa Ouedraogo and Nigerien Prime Minister Moussa Dan Kori met in Accra on Monday.',
      'Also present was French ambassador Claire Dumont.',
    );
    expect(triples).toContain('MET_WITH Claire Dumont -> Issa Ouedraogo');
    expect(triples).toContain('MET_WITH Claire Dumont -> Moussa Dan Kori');
    expect(triples.filter((t) => t.includes('Dumont') && /Burkina|Niger\b/.test(t))).toEqual([]);
  });

  it('when "the present talks" or "present a plan" are said, then no one is made an attendee', () => {
    const { events } = read(
      'The present talks between Ghana and Togo began on Monday.',
      "Ghana's president will present a plan on Tuesday.",
    );
    expect(events.filter((e) => e.includes('attendee'))).toEqual([]);
  });
});

describe('calls', () => {
  it('when a president "contacted" another on a day, then they spoke that day', () => {
    const { dated } = read(
      'Nigerian President Bola Adeyemi, who contacted Ghanaian President Kwame Asante on Tuesday to express his support, welcomed the deal.',
    );
    expect(dated).toContain('SPOKE_WITH Bola Adeyemi -> Kwame Asante @2025-07-29');
  });
});

describe('"with" clauses and reported sides', () => {
  it('when delegations met "with" a minister "opening the session", then the minister mediated between them', () => {
    const { triples } = read(
      'Delegations from Serbia and Kosovo met in Ohrid on Monday, with North Macedonian Foreign Minister Petar Stojanov opening the session.',
    );
    expect(triples).toContain('MEDIATED Petar Stojanov -> Serbia');
    expect(triples).toContain('MEDIATED Petar Stojanov -> Kosovo');
    expect(triples).toContain('MET_WITH Kosovo -> Serbia');
  });

  it('when two envoys met "with" a third "attending", then all three met', () => {
    const { triples } = read(
      'Serbian envoy Milan Jovic and Kosovar envoy Arta Berisha met in Ohrid on Monday, with EU envoy Lars Nyberg attending.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Arta Berisha -> Lars Nyberg',
      'MET_WITH Arta Berisha -> Milan Jovic',
      'MET_WITH Lars Nyberg -> Milan Jovic',
    ]);
  });

  it('when two states held talks "with" a third\'s diplomats "acting as hosts", then the third hosted and mediated', () => {
    const { triples } = read(
      'Serbia and Kosovo held talks in Ohrid on Monday, with Swiss diplomats acting as hosts.',
    );
    expect(triples).toContain('MEDIATED Switzerland -> Serbia');
    expect(triples).toContain('HOSTED Switzerland -> Kosovo');
  });

  it('when officials "said" a group and a state "had agreed" to a truce brokered by two states, then both sides of the truce are mediated', () => {
    const { triples } = read(
      'Lebanese officials said Hezbollah and Israel had agreed to a truce brokered by Washington and Paris.',
    );
    for (const m of ['United States', 'France'])
      for (const side of ['Hezbollah', 'Israel'])
        expect(triples).toContain(`MEDIATED ${m} -> ${side}`);
  });

  it('when a spokesman says "No such meeting took place" after a reported meeting, then the meeting did not happen', () => {
    const { triples, statuses } = read(
      'Greece and Turkey held talks in Montreux in July, a newspaper said.',
      '"No such meeting took place," Greek spokesman Nikos Pappas said.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(statuses).toContain('talks negated');
  });
});

describe('more ways of being at a meeting', () => {
  it('when mediators "met separately and then jointly with" two ministers, then the ministers met the mediators and each other', () => {
    const { triples } = read(
      'The mediators from Norway met separately and then jointly with the Foreign Minister of Guatemala, Rosa Itzep, and the Foreign Minister of Honduras, Álvaro Zelaya, in New York on Monday.',
    );
    expect(triples).toContain('MET_WITH Rosa Itzep -> Álvaro Zelaya');
    expect(triples).toContain('MET_WITH Norway -> Rosa Itzep');
  });

  it('when a president "addressed the meeting, which was also attended by" a minister, then the two met', () => {
    const { triples } = read(
      'Mexican President Andrés Castillo addressed the meeting, which was also attended by US Secretary of State Helen Brooks.',
    );
    expect(triples).toContain('MET_WITH Andrés Castillo -> Helen Brooks');
  });

  it('when a president "addressed the nation", then there was no meeting', () => {
    const { events } = read('Mexican President Andrés Castillo addressed the nation on Monday.');
    expect(events).toEqual([]);
  });
});

describe('photographs', () => {
  it('when three leaders who met "posed for photographs with" a secretary general, then each met her', () => {
    const { triples } = read(
      'Kenyan President Daniel Ruto, Tanzanian President Halima Juma and Ugandan President Grace Nabirye met in Arusha on Monday.',
      'The three leaders later posed for photographs with East African Community Secretary General Mary Kamau.',
    );
    for (const leader of ['Daniel Ruto', 'Halima Juma', 'Grace Nabirye'])
      expect(triples).toContain(`MET_WITH ${leader} -> Mary Kamau`);
  });

  it('when a leader "posed a question to" another, then they did not meet for it', () => {
    const { events } = read('Daniel Ruto posed a question to Halima Juma on Monday.');
    expect(events).toEqual([]);
  });
});

describe('presence and shared names', () => {
  it('when two states\' officials "signed a declaration of principles ... in the presence of" a minister, then they met and so did the minister', () => {
    const { triples } = read(
      'Congolese and Rwandan officials signed a declaration of principles in Doha on Monday in the presence of Qatari minister Hamad Al-Khalifi.',
    );
    expect(triples).toContain('MET_WITH Democratic Republic of the Congo -> Rwanda');
    expect(triples).toContain('MET_WITH Democratic Republic of the Congo -> Hamad Al-Khalifi');
  });

  it('when "a military presence" is discussed, then no one attended anything', () => {
    const { events } = read('The US military presence in Syria was discussed on Monday.');
    expect(events.filter((e) => e.includes('attendee'))).toEqual([]);
  });

  it('when "Congo" is named bare, then it is the Democratic Republic, as news means it', () => {
    const { triples } = read('Congo and Rwanda signed the accord in Washington on Monday.');
    expect(triples).toContain('MET_WITH Democratic Republic of the Congo -> Rwanda');
  });
});

describe('a body present', () => {
  it('when the sides exchanged lists "in the presence of" a body\'s officials, then the body met no one', () => {
    const { triples } = read(
      'Yemeni and Houthi negotiators exchanged lists in Geneva on Monday in the presence of ICRC officials.',
    );
    expect(triples.filter((t) => t.includes('Red Cross'))).toEqual([]);
  });
});

describe('summits', () => {
  it('when "The summit in Nairobi, attended by the presidents of" three states, ended, then the three met', () => {
    const { triples } = read(
      'The summit in Nairobi, attended by the presidents of Kenya, Uganda and Tanzania, ended on Monday.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Kenya -> Tanzania',
      'MET_WITH Kenya -> Uganda',
      'MET_WITH Tanzania -> Uganda',
    ]);
  });

  it('when a state "hosted an EAC summit attended by" two others, then the host met both, and the community is no side', () => {
    const { triples } = read(
      'Tanzania hosted an EAC summit in Arusha on Monday attended by Kenya and Uganda.',
    );
    expect(triples).toContain('MET_WITH Kenya -> Tanzania');
    expect(triples).toContain('MET_WITH Tanzania -> Uganda');
    expect(triples.filter((t) => t.includes('East African Community'))).toEqual([]);
  });
});
