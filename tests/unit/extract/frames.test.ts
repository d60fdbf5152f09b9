/**
 * Event frames and their role slots, one family per block: which words state an event and
 * which actor fills which role (mediator, host, party, participant, caller, visitor,
 * signatory). Every sentence is written for these tests, about invented people of real states
 * on every continent, so a rule that passes here works on shapes and not on names; each test
 * also names what must not come out.
 */
import { describe, expect, it } from 'vitest';
import { extracted, notLeads, ofType } from './helpers.ts';

// A Friday: Saturday is 06-07, Sunday 06-08, Monday 06-09 ... Thursday 06-12.
const PUB = '2025-06-13';
const read = (text: string) => extracted(text, PUB);

describe('verbal and nominal events', () => {
  it('when two leaders held talks with each other, then they met, on the day the sentence gives', () => {
    const { dated, events } = read(
      'Mongolian President Bolormaa Tsend held talks with Nepalese Prime Minister Prakash Adhikari in Ulaanbaatar on Tuesday.',
    );
    expect(dated).toContain('MET_WITH Bolormaa Tsend -> Prakash Adhikari @2025-06-10');
    expect(events).toContain('talks happened: Bolormaa Tsend party, Prakash Adhikari party');
    expect(ofType(dated, 'MEDIATED')).toEqual([]);
  });

  it('when a meeting between two leaders is named by a noun whose verb says it took place, then they met', () => {
    const { dated, triples } = read(
      "Wednesday's meeting between Slovenian Prime Minister Nika Kranjc and Croatian Prime Minister Tomislav Matić in Zagreb lasted three hours.",
    );
    expect(dated).toContain('MET_WITH Nika Kranjc -> Tomislav Matić @2025-06-11');
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });

  it('when a video call between two leaders is named by a noun, then they spoke on its day and did not meet', () => {
    const { dated, triples } = read(
      'A video call between Tongan Prime Minister Sione Taufa and Samoan Prime Minister Leota Tuilagi on Thursday settled the agenda of the island summit.',
    );
    expect(dated).toContain('SPOKE_WITH Leota Tuilagi -> Sione Taufa @2025-06-12');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});

describe('mediators and hosts', () => {
  it('when a leader brokered an exchange between two states, then the leader mediated for each and the states mediated nothing', () => {
    const { dated, triples } = read(
      'Angolan President Celestino Ngunza brokered a prisoner exchange between Rwanda and Burundi on Sunday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Celestino Ngunza -> Rwanda @2025-06-08',
        'MEDIATED Celestino Ngunza -> Burundi @2025-06-08',
      ]),
    );
    expect(ofType(triples, 'MEDIATED')).toHaveLength(2);
  });

  it('when talks "were hosted by" a leader in the passive, then the host mediated and hosted each side', () => {
    const { dated } = read(
      'Talks between Ecuador and Colombia were hosted by Costa Rican President Esteban Solís in San José on Wednesday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Esteban Solís -> Ecuador @2025-06-11',
        'MEDIATED Esteban Solís -> Colombia @2025-06-11',
        'HOSTED Esteban Solís -> Ecuador @2025-06-11',
        'HOSTED Esteban Solís -> Colombia @2025-06-11',
      ]),
    );
    expect(dated.filter((t) => t.startsWith('MEDIATED Ecuador'))).toEqual([]);
  });

  it('when an accord "brokered by" an envoy is signed by two states, then the envoy mediated and the signatories met', () => {
    const { triples } = read(
      'The border accord, brokered by Kenyan envoy Wairimu Wambugu, was signed by Ethiopia and Somalia in Nairobi on Thursday.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED Wairimu Wambugu -> Ethiopia',
        'MEDIATED Wairimu Wambugu -> Somalia',
        'MET_WITH Ethiopia -> Somalia',
      ]),
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
  });

  it('when an agreement came "thanks to X\'s mediation", then X mediated between the states that agreed', () => {
    const { dated } = read(
      "Thanks to Malaysian Prime Minister Aziz Rahmat's mediation, Vietnam and the Philippines agreed on Saturday to run joint fisheries patrols.",
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Aziz Rahmat -> Vietnam @2025-06-07',
        'MEDIATED Aziz Rahmat -> Philippines @2025-06-07',
        'LEADS Aziz Rahmat -> Malaysia @-',
      ]),
    );
  });

  it('when a truce is "Ghana-brokered", then the state named in the compound mediated and the event has it as mediator', () => {
    const { triples, events } = read(
      'A Ghana-brokered truce between Togo and Benin held through the weekend.',
    );
    expect(triples).toEqual(
      expect.arrayContaining(['MEDIATED Ghana -> Togo', 'MEDIATED Ghana -> Benin']),
    );
    expect(events).toContain('ceasefire happened: Benin party, Ghana mediator, Togo party');
  });

  it('when a treaty followed months of "Austrian facilitation", then Austria mediated and the signatories met', () => {
    const { dated } = read(
      'After eight months of Austrian facilitation, Hungary and Slovakia signed a river navigation treaty in Vienna on Tuesday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Austria -> Hungary @2025-06-10',
        'MEDIATED Austria -> Slovakia @2025-06-10',
        'MET_WITH Hungary -> Slovakia @2025-06-10',
      ]),
    );
  });

  it('when two presidents met "at the invitation of" a third, then the one who invited mediated and the two met', () => {
    const { dated } = read(
      'At the invitation of Namibian President Ndapewa Shikongo, the presidents of Botswana and Zimbabwe met in Windhoek on Saturday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Ndapewa Shikongo -> Botswana @2025-06-07',
        'MEDIATED Ndapewa Shikongo -> Zimbabwe @2025-06-07',
        'MET_WITH Botswana -> Zimbabwe @2025-06-07',
      ]),
    );
  });

  it('when officials met "under the auspices of" an organisation, then the organisation mediated and the officials\' states met', () => {
    const { dated } = read(
      'Under the auspices of the African Union, Sudanese and Chadian border officials met in Addis Ababa on Wednesday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED African Union -> Sudan @2025-06-11',
        'MEDIATED African Union -> Chad @2025-06-11',
        'MET_WITH Chad -> Sudan @2025-06-11',
      ]),
    );
  });
});

describe('parties', () => {
  it('when a state hosted talks "among" three others, then it mediated for each of the three', () => {
    const { triples } = read(
      'Senegal hosted talks among Mali, Niger and Burkina Faso in Dakar on Tuesday.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Senegal -> Burkina Faso',
      'MEDIATED Senegal -> Mali',
      'MEDIATED Senegal -> Niger',
    ]);
  });

  it('when two leaders are the coordinated subject of "met", then they met each other', () => {
    const { dated } = read(
      'Peruvian President Mateo Huamán and Bolivian President Álvaro Condarco met on Lake Titicaca on Monday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Mateo Huamán -> Álvaro Condarco @2025-06-09',
        'LEADS Mateo Huamán -> Peru @-',
        'LEADS Álvaro Condarco -> Bolivia @-',
      ]),
    );
  });

  it('when a meeting is told in a relative clause, then it is dated by that clause and not by the main verb', () => {
    const { dated } = read(
      'Thai Prime Minister Somchai Rattanakorn, who met Laotian President Vilay Phommachanh in Vientiane on Tuesday, flew home on Wednesday.',
    );
    expect(dated).toContain('MET_WITH Somchai Rattanakorn -> Vilay Phommachanh @2025-06-10');
    expect(dated).not.toContain('MET_WITH Somchai Rattanakorn -> Vilay Phommachanh @2025-06-11');
  });

  it('when negotiators are named by demonyms only, then their states are the parties and every pair met', () => {
    const { triples } = read(
      'Burkinabe, Beninese and Nigerien negotiators met in Cotonou on Tuesday.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Benin -> Burkina Faso',
      'MET_WITH Benin -> Niger',
      'MET_WITH Burkina Faso -> Niger',
    ]);
  });
});

describe('participants who joined, attended, took part or came along', () => {
  it('when a third leader "joined them" after two had met, then all three met each other', () => {
    const { triples } = read(
      'Portuguese Prime Minister Inês Carvalho and Spanish Prime Minister Iñigo Salvatierra met in Porto on Monday, and Moroccan Prime Minister Karim Bennani joined them for lunch.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Inês Carvalho -> Iñigo Salvatierra',
      'MET_WITH Inês Carvalho -> Karim Bennani',
      'MET_WITH Iñigo Salvatierra -> Karim Bennani',
    ]);
  });

  it('when a leader attended talks between two others, then she met both, they met each other, and she mediated nothing', () => {
    const { dated, triples } = read(
      "Irish President Ciara Nolan attended Tuesday's talks between Greek Prime Minister Stavros Kalogeropoulos and Cypriot President Androulla Charalambous in Nicosia.",
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Ciara Nolan -> Stavros Kalogeropoulos @2025-06-10',
        'MET_WITH Androulla Charalambous -> Ciara Nolan @2025-06-10',
        'MET_WITH Androulla Charalambous -> Stavros Kalogeropoulos @2025-06-10',
      ]),
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });

  it('when a minister "took part in" talks between two states, then he met both and the states met, with no mediation', () => {
    const { triples } = read(
      "Chilean Foreign Minister Ignacio Larraín took part in Thursday's talks between Argentina and Uruguay in Colonia.",
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Argentina -> Ignacio Larraín',
        'MET_WITH Ignacio Larraín -> Uruguay',
        'MET_WITH Argentina -> Uruguay',
      ]),
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });

  it('when a president was "accompanied by" her minister at a meeting, then the minister met the host too', () => {
    const { triples } = read(
      "Accompanied by her foreign minister, Kagiso Molefe, Botswana's President Naledi Sebego met South African President Thandeka Mokoena in Pretoria on Tuesday.",
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Naledi Sebego -> Thandeka Mokoena',
        'MET_WITH Kagiso Molefe -> Thandeka Mokoena',
      ]),
    );
  });
});

describe('calls', () => {
  it('when a leader phoned another, then they spoke on that day and did not meet', () => {
    const { dated, triples, events } = read(
      'Argentine President Florencia Bianchi phoned Uruguayan President Gonzalo Acevedo on Wednesday.',
    );
    expect(dated).toContain('SPOKE_WITH Florencia Bianchi -> Gonzalo Acevedo @2025-06-11');
    expect(events).toContain('call happened: Florencia Bianchi party, Gonzalo Acevedo party');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when one leader spoke by phone with two others on two days, then there are two calls and the two others never spoke', () => {
    const { dated, triples, statuses } = read(
      'Polish President Tomasz Zieliński spoke by phone with Czech President Petr Novotný on Monday and with Slovak President Zuzana Hrušková on Wednesday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'SPOKE_WITH Petr Novotný -> Tomasz Zieliński @2025-06-09',
        'SPOKE_WITH Tomasz Zieliński -> Zuzana Hrušková @2025-06-11',
      ]),
    );
    expect(triples).not.toContain('SPOKE_WITH Petr Novotný -> Zuzana Hrušková');
    expect(statuses.filter((s) => s === 'call happened')).toHaveLength(2);
  });

  it('when two leaders spoke "by video link", then they spoke and did not meet', () => {
    const { triples } = read(
      'Fijian Prime Minister Litia Qalo and Australian Prime Minister Fiona McAllister spoke by video link on Tuesday.',
    );
    expect(triples).toContain('SPOKE_WITH Fiona McAllister -> Litia Qalo');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when a leader "called for" talks, then no call, meeting or mediation is claimed', () => {
    const { triples } = read(
      'Ghanaian President Yaw Darko called for talks between Nigeria and Cameroon on Monday.',
    );
    expect(notLeads(triples)).toEqual([]);
  });
});

describe('visits', () => {
  it('when a leader visited a state, then she visited it and the state hosted her, on that day', () => {
    const { dated } = read('Sri Lankan President Dilini Jayasekara visited Nepal on Monday.');
    expect(dated).toEqual(
      expect.arrayContaining([
        'VISITED Dilini Jayasekara -> Nepal @2025-06-09',
        'HOSTED Nepal -> Dilini Jayasekara @2025-06-09',
      ]),
    );
    expect(dated.filter((t) => t.startsWith('HOSTED Dilini'))).toEqual([]);
  });

  it('when a trip is said to be the first "since" an earlier year, then the visit keeps the day of the trip', () => {
    const { dated } = read(
      "Ghanaian President Kwadwo Mensima's trip to Liberia on Thursday was the first by a Ghanaian leader since 2016.",
    );
    expect(dated).toContain('VISITED Kwadwo Mensima -> Liberia @2025-06-12');
    expect(dated.filter((t) => t.includes('@2016'))).toEqual([]);
  });
});

describe('co-signing', () => {
  it('when two presidents signed a pact together, then they met on the day of the signing', () => {
    const { dated } = read(
      'Cameroonian President Ngono Essomba and Gabonese President Léa Mba-Obiang signed a road-building pact in Libreville on Friday.',
    );
    expect(dated).toContain('MET_WITH Léa Mba-Obiang -> Ngono Essomba @2025-06-13');
  });

  it('when two states signed one convention in different years, then they did not meet', () => {
    const { triples } = read(
      'Laos signed the river convention in 2019, and Myanmar signed it in 2021.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });
});

describe('credit and thanks', () => {
  it('when two states thanked a third for hosting their talks, then the third mediated for both', () => {
    const { triples } = read(
      'In a joint statement on Friday, Nicaragua and Honduras thanked Mexico for hosting the fisheries talks.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Mexico -> Honduras',
      'MEDIATED Mexico -> Nicaragua',
    ]);
  });

  it('when a president credited a state with brokering a truce with another, then it mediated between his state and that one', () => {
    const { dated } = read(
      "Tunisian President Hedi Trabelsi credited Algeria with brokering last month's truce with Libya.",
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Algeria -> Tunisia @2025-05',
        'MEDIATED Algeria -> Libya @2025-05',
      ]),
    );
  });

  it('when a leader thanked a state for aid, then no mediation or meeting is claimed', () => {
    const { triples } = read(
      'Jamaican Prime Minister Marcia Campbell thanked Canada for its hurricane relief aid on Monday.',
    );
    expect(notLeads(triples)).toEqual([]);
  });
});
