/**
 * Wire copy about a go-between's round: a trip planned "for talks" is no meeting yet; a
 * summit "initially set for 3 April but postponed" did not take place; sides that "failed to
 * sign an agreement after the latest round of AU-mediated talks" were at that round; a creed
 * before a body's name ("the Shia Houthi group") describes the body; and a name's inner words
 * ("Ould Cheikh" for "Ismail Ould Cheikh Ahmad") are the same person. Sentences written for
 * these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, notLeads, ofType } from './helpers.ts';

const read = (text: string) => extracted(text, '2026-04-09');

describe('trips and summits not yet made', () => {
  it.each([
    'Kenyan envoy Amos Kiprono will travel to Kampala on Monday for talks with Ugandan President Ruth Nakato.',
    'Kenyan envoy Amos Kiprono plans to travel to Kampala for talks with Ugandan President Ruth Nakato.',
    'Kiprono said he would later travel to Kampala for talks with Ugandan President Ruth Nakato.',
  ])('when "%s", then no one has met yet', (text) => {
    const { triples, statuses } = read(text);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(statuses).toContain('talks planned');
  });

  it('when the envoy travelled there for talks, then they met', () => {
    const { triples } = read(
      'Kenyan envoy Amos Kiprono travelled to Kampala on Monday for talks with Ugandan President Ruth Nakato.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Amos Kiprono -> Ruth Nakato']);
  });

  it.each([
    'He spoke of a summit by Chadian President Idriss Abakar and Sudanese President Omar Hamid initially set for 3 April but postponed after a border flare-up.',
    'A summit of Chadian President Idriss Abakar and Sudanese President Omar Hamid, initially set for 3 April, was postponed after a border flare-up.',
  ])('when "%s", then the two did not meet', (text) => {
    const { triples } = read(text);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});

describe('sides at a round named only after it', () => {
  it('when the capitals’ negotiators "failed to sign an agreement after the latest round of AU-mediated talks", then the AU mediated between the two states, who met', () => {
    const { triples } = read(
      'Juba and Khartoum negotiators failed to sign an agreement on security after the latest round of AU-mediated talks wound up Wednesday in Addis Ababa.',
    );
    expect(notLeads(triples).sort()).toEqual([
      'MEDIATED African Union -> South Sudan',
      'MEDIATED African Union -> Sudan',
      'MET_WITH South Sudan -> Sudan',
    ]);
  });
});

describe('names', () => {
  it('when a creed comes before a body the gazetteer knows, then the body is a side', () => {
    const { triples } = read(
      'UN envoy Ali Ben Salem shuttled between delegates of the Yemeni government and the Shia Houthi group in Kuwait on Monday.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Ali Ben Salem -> Houthis',
      'MEDIATED Ali Ben Salem -> Yemen',
    ]);
  });

  it('when a later mention gives two inner words of a long name, then it is the same person', () => {
    const { record, triples } = read(
      'UN envoy Ismail Ould Cheikh Ahmad arrived in Kuwait on Saturday. Ould Cheikh held a separate meeting on Monday with the head of the government delegation, Abdul Malek Mekhlafi.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([
      'MET_WITH Abdul Malek Mekhlafi -> Ismail Ould Cheikh Ahmad',
    ]);
    expect(record.entities.filter((e) => e.type === 'Person').map((e) => e.name)).not.toContain(
      'Ould Cheikh',
    );
  });

  it('when two people share the inner words, then a mention of them alone is neither', () => {
    const { triples } = read(
      'Mohamed Ould Cheikh Ahmed and Sidi Ould Cheikh Baba met in Nouakchott on Friday. Ould Cheikh met Malian President Assimi Diarra on Saturday.',
    );
    expect(ofType(triples, 'MET_WITH')).not.toContain(
      'MET_WITH Assimi Diarra -> Mohamed Ould Cheikh Ahmed',
    );
    expect(ofType(triples, 'MET_WITH')).not.toContain(
      'MET_WITH Assimi Diarra -> Sidi Ould Cheikh Baba',
    );
  });
});

describe('who did the second of two verbs', () => {
  it('when an emir "received a top envoy and phoned" another ruler, then the emir made the call', () => {
    const { triples } = read(
      'Omani Sultan Haitham Said on Monday received a top Saudi envoy and phoned Qatar’s ruler.',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Haitham Said -> Qatar']);
  });
});

describe('a side named by its people', () => {
  it('when "government officials and separatist rebel leaders of the Front" began talks and met a mediator apart, then the mediator stood between the state and the Front', () => {
    const { triples } = read(
      'Philippine government officials and separatist rebel leaders of the Moro Liberation Front (MLF) began peace talks on Thursday in Oslo where they held separate meetings with mediator Kari Lund.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Kari Lund -> Moro Liberation Front',
      'MEDIATED Kari Lund -> Philippines',
    ]);
  });
});

describe('a go-between listed with the sides', () => {
  it.each([
    'A trilateral meeting of EU facilitators, Serbian President Milan Petrovic and Kosovo Prime Minister Arben Krasniqi ended on Monday after two hours of discussions.',
    'A meeting of EU mediators, Serbian President Milan Petrovic and Kosovo Prime Minister Arben Krasniqi was held in Brussels on Monday.',
  ])('when "%s", then the EU stood between the two, who met each other', (text) => {
    const { triples } = read(text);
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED European Union -> Kosovo',
      'MEDIATED European Union -> Serbia',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Arben Krasniqi -> Milan Petrovic']);
  });

  it('when the listed people are all sides, then no one is a go-between', () => {
    const { triples } = read(
      'A meeting of Serbian negotiators, Kosovo President Vjosa Berisha and Albanian Prime Minister Edi Hoxha was held in Tirana on Monday.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('a list of people from their camps', () => {
  it('when "A and B from the ruling coalition and C from the opposition camp" were brought together, then all three met', () => {
    const { triples } = read(
      'The meeting chaired by Moussa brought together majority leader Saad Karam and former President Amin Khoury from the ruling March 14 Forces coalition and Reform Bloc leader Michel Haddad from the opposition March 8 camp.',
    );
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Michel Haddad -> Saad Karam');
    expect(ofType(triples, 'MEDIATED')).toContain('MEDIATED Moussa -> Michel Haddad');
  });
});

describe('two names run together', () => {
  it('when a known full name runs into the next with no comma, then the next is a person of their own', () => {
    const { record, triples } = read(
      'President of Kazakhstan Daulet Serikov arrived in Samarkand where he met his Uzbek counterpart Timur Rashidov. Accompanied by Timur Rashidov Daulet Serikov visited the old city.',
    );
    const people = record.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people.sort()).toEqual(['Daulet Serikov', 'Timur Rashidov']);
    expect(triples).toContain('LEADS Daulet Serikov -> Kazakhstan');
  });

  it('when a long name only begins like another, then it stays whole', () => {
    const { record } = read(
      'Abdul Fattah met the envoy on Monday. President Abdul Fattah al-Sisi received a call on Tuesday.',
    );
    expect(record.entities.map((e) => e.name)).toContain('Abdul Fattah al-Sisi');
  });
});

describe('an opening officiated, and a venue that hosts', () => {
  it('when talks "opened in Dakar, officiated by" a president, then the president stood between the sides', () => {
    const { triples } = read(
      'Talks between Chad and Sudan opened in Dakar on Monday, officiated by Senegalese President Macky Diouf.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Macky Diouf -> Chad',
      'MEDIATED Macky Diouf -> Sudan',
    ]);
  });

  it('when "the venue where the talks kicked off hosts" leaders and envoys, then none of them hosted or mediated anything', () => {
    const { triples } = read(
      'Talks between Chad-Sudan opened in Dakar on Monday. Apart from the leaders of Chad-Sudan, the venue where the talks have kicked off hosts the Prime Minister of Ethiopia, Abiy Tesfaye, and UN, US and EU envoys.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'HOSTED')).toEqual([]);
  });
});

describe('a call told after a time set off by commas', () => {
  it('when a president had a call "after speaking, hours earlier, with his counterpart from X, Y", then the two spoke', () => {
    const { triples } = read(
      'This is the second telephone contact that President Joao Lourenco has had, on the same day, after speaking, hours earlier, with his counterpart from the Democratic Republic of Congo, Felix Tshisekedi.',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Felix Tshisekedi -> Joao Lourenco']);
  });
});

describe('a go-between by title, and captives freed', () => {
  it('when a "US mediator" arrived "to resume the indirect negotiations between" two states, then he mediated, meeting neither', () => {
    const { triples } = read(
      'US mediator Amos Holt arrived in Beirut on Friday to resume the indirect negotiations between Lebanon and Israel over their maritime border.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Amos Holt -> Israel',
      'MEDIATED Amos Holt -> Lebanon',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when a state "released four Djiboutian prisoners after mediation efforts from Qatar", then Qatar stood between the two', () => {
    const { triples } = read(
      'Eritrea has released four Djiboutian prisoners after mediation efforts from Qatar. The four prisoners were accompanied by Qatar’s Foreign Minister Khalid Al Mansouri aboard a Qatari plane to Djibouti on Friday.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Qatar -> Djibouti',
      'MEDIATED Qatar -> Eritrea',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});

describe('an event noun left out after "another"', () => {
  it('when a state "hosted a meeting between A and B in one city and another between C and D in another", then C and D met too, at its table', () => {
    const { triples } = read(
      'Turkey hosted a meeting between Russian and Ukrainian negotiators in Istanbul and another between the foreign ministers Sergei Lavrov and Dmytro Kuleba in Antalya last month.',
    );
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Dmytro Kuleba -> Sergei Lavrov');
    expect(ofType(triples, 'HOSTED')).toContain('HOSTED Turkey -> Dmytro Kuleba');
  });

  it('when "another" has no go-between to echo, then it adds nothing', () => {
    const { triples } = read(
      'Russian and Ukrainian negotiators met in Istanbul, and another round between the two is due in May.',
    );
    expect(ofType(triples, 'HOSTED')).toEqual([]);
  });
});
