/**
 * Discourse: what one sentence leaves to another. Definite events ("the talks", "the accord",
 * "the previous round") take place, date and sides from the event they refer back to; plural
 * anaphors ("the two sides", "both presidents") and pronouns resolve to who was named before;
 * "then" and "afterwards" keep the day of the event before them; and reports of one event merge
 * while separate talks stay apart. Sentences written for these tests, about invented people of
 * real states.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, ofType, reader } from './helpers.ts';

// A Friday: Saturday is 11-16, Sunday 11-17, Monday 11-18 ... Thursday 11-21.
const PUB = '2024-11-22';
const read = reader(PUB);

describe('definite events refer back', () => {
  it('when "the talks" were mediated by someone, then the mediation takes the sides, day and place of the talks told before', () => {
    const { dated, record, statuses } = read(
      'Guinea and Sierra Leone held border talks in Freetown on Tuesday.',
      'The talks were mediated by Liberian diplomat Musu Kollie.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Musu Kollie -> Guinea @2024-11-19',
        'MEDIATED Musu Kollie -> Sierra Leone @2024-11-19',
      ]),
    );
    const places = record.relations.filter((r) => r.type === 'MEDIATED').map((r) => r.place);
    expect(places).toEqual(['Freetown', 'Freetown']);
    expect(statuses).toEqual(['talks happened']);
  });

  it('when a state "brokered the accord" signed the sentence before, then it mediated between the signatories on the day of signing', () => {
    const { dated, statuses } = read(
      'Tonga and Samoa signed a fisheries accord in Apia on Wednesday.',
      'Australia brokered the accord.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Australia -> Tonga @2024-11-20',
        'MEDIATED Australia -> Samoa @2024-11-20',
        'MET_WITH Samoa -> Tonga @2024-11-20',
      ]),
    );
    expect(statuses.filter((s) => s.startsWith('agreement'))).toEqual(['agreement happened']);
  });

  it('when "the previous round" was hosted elsewhere, then its host mediated between the same sides in its own month, not in this round', () => {
    const { dated } = read(
      'Estonian and Latvian negotiators met in Tartu on Thursday for a fourth round of border talks.',
      'The previous round had been hosted by Finland in Helsinki in September.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Estonia -> Latvia @2024-11-21',
        'MEDIATED Finland -> Estonia @2024-09',
        'MEDIATED Finland -> Latvia @2024-09',
      ]),
    );
    expect(dated.filter((t) => t.startsWith('MEDIATED') && t.endsWith('@2024-11-21'))).toEqual([]);
  });
});

describe('plural anaphors', () => {
  it('when talks are held "between the two sides" after two presidents arrived, then the sides are their states', () => {
    const { dated, triples } = read(
      'Malian President Seydou Coulibaly and Nigerien President Abdou Sani arrived in Algiers on Sunday.',
      'Algeria hosted talks between the two sides on Monday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Algeria -> Mali @2024-11-18',
        'MEDIATED Algeria -> Niger @2024-11-18',
      ]),
    );
    expect(ofType(triples, 'MEDIATED')).toHaveLength(2);
  });

  it('when a state mediated "between both countries", then it mediated between the two named before', () => {
    const { triples } = read(
      'Rwanda and Burundi reopened their shared border on Saturday.',
      'Tanzania had mediated between both countries since April.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Tanzania -> Burundi',
      'MEDIATED Tanzania -> Rwanda',
    ]);
  });

  it('when a leader met "both presidents", then he met the two people, not their states', () => {
    const { dated, triples } = read(
      'Ecuadorian President Paola Andrade and Peruvian President Wilber Ccori flew to Panama City on Tuesday.',
      'Panamanian President Itzel Batista met both presidents on Wednesday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Itzel Batista -> Paola Andrade @2024-11-20',
        'MET_WITH Itzel Batista -> Wilber Ccori @2024-11-20',
      ]),
    );
    expect(ofType(triples, 'MET_WITH').filter((t) => /Ecuador|Peru\b/.test(t))).toEqual([]);
  });

  it('when a minister received "the two envoys", then he met the two envoys named before', () => {
    const { dated, triples } = read(
      'Ethiopian envoy Tesfaye Gebremedhin and Eritrean envoy Senait Haile arrived in Jeddah on Thursday.',
      'Saudi Foreign Minister Abdulaziz Al-Ghamdi received the two envoys on Friday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Abdulaziz Al-Ghamdi -> Tesfaye Gebremedhin @2024-11-22',
        'MET_WITH Abdulaziz Al-Ghamdi -> Senait Haile @2024-11-22',
      ]),
    );
    expect(ofType(triples, 'MET_WITH').filter((t) => /Ethiopia\b|Eritrea\b/.test(t))).toEqual([]);
  });

  it('when "the two leaders then" met a third, then all three met on the day of the first meeting', () => {
    const { dated } = read(
      'Gabonese President Léa Mba-Obiang received Chadian President Zakaria Abdelkerim in Libreville on Saturday.',
      'The two leaders then flew to Franceville, where they met Cameroonian Prime Minister Blaise Ndongo.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Léa Mba-Obiang -> Zakaria Abdelkerim @2024-11-16',
        'MET_WITH Blaise Ndongo -> Léa Mba-Obiang @2024-11-16',
        'MET_WITH Blaise Ndongo -> Zakaria Abdelkerim @2024-11-16',
      ]),
    );
  });
});

describe('pronouns and possessives', () => {
  it('when "she" opens the next sentence, then she is the leader named before, on "the same day"', () => {
    const { dated, record } = read(
      'Finnish President Helmi Koskinen landed in Oslo on Monday.',
      'She met Norwegian Prime Minister Ingrid Solheim the same day.',
    );
    expect(dated).toContain('MET_WITH Helmi Koskinen -> Ingrid Solheim @2024-11-18');
    expect(namesOf(record, 'Person')).toEqual(['Helmi Koskinen', 'Ingrid Solheim']);
  });

  it('when a leader "phoned her", then he spoke with the woman named before, and they did not meet', () => {
    const { dated, triples } = read(
      'Jamaican Prime Minister Shelly-Ann Whyte returned to Kingston on Monday.',
      'Later that day, Trinidadian Prime Minister Devika Ramsaran phoned her about the fisheries dispute.',
    );
    expect(dated).toContain('SPOKE_WITH Devika Ramsaran -> Shelly-Ann Whyte @2024-11-18');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
  });

  it('when negotiators speak of talks between "their country" and another, then their country is a side', () => {
    const { triples } = read(
      'Uruguayan negotiators thanked Argentina for hosting the talks between their country and Brazil.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Argentina -> Brazil',
      'MEDIATED Argentina -> Uruguay',
    ]);
  });

  it('when "the front" follows an organisation named by its head noun, then it is that organisation', () => {
    const { dated, record } = read(
      'The Government of Chad and the Tibesti Democratic Front agreed a truce on Sunday.',
      'Togolese President Kossi Agbodjan held talks with the front in Lome on Thursday.',
    );
    expect(dated).toContain('MET_WITH Kossi Agbodjan -> Tibesti Democratic Front @2024-11-21');
    expect(namesOf(record, 'Organization')).toEqual(['Tibesti Democratic Front']);
  });
});

describe('roles and dates across sentences', () => {
  it("when a mediator appears only in the second sentence, then she mediated between the first sentence's parties on their day", () => {
    const { dated } = read(
      'Ghana and Burkina Faso resumed talks on their shared river in Tamale on Tuesday.',
      'Ivorian diplomat Adjoua Kouassi served as mediator.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Adjoua Kouassi -> Ghana @2024-11-19',
        'MEDIATED Adjoua Kouassi -> Burkina Faso @2024-11-19',
      ]),
    );
  });

  it('when a leader "afterwards" met someone else, then that meeting keeps the day of the one before, and the two others never met', () => {
    const { dated, triples } = read(
      'Laotian President Souksavanh Inthavong met Vietnamese Prime Minister Le Minh Hieu in Hanoi on November 6.',
      'Afterwards, he flew to Phnom Penh and met Cambodian Prime Minister Chan Sopheap.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Le Minh Hieu -> Souksavanh Inthavong @2024-11-06',
        'MET_WITH Chan Sopheap -> Souksavanh Inthavong @2024-11-06',
      ]),
    );
    expect(triples).not.toContain('MET_WITH Chan Sopheap -> Le Minh Hieu');
  });

  it('when "the meeting" is said to be the first "since" a year, then it keeps its own day and nothing is dated by that year', () => {
    const { dated, statuses } = read(
      'Bhutanese Prime Minister Tshering Dorji met Nepalese Prime Minister Sushila Gurung in Thimphu on Monday.',
      'The meeting was the first between the two leaders since 2019.',
    );
    expect(dated).toContain('MET_WITH Sushila Gurung -> Tshering Dorji @2024-11-18');
    expect(dated.filter((t) => t.includes('@2019'))).toEqual([]);
    expect(statuses).toEqual(['talks happened']);
  });
});

describe('history and denials stay where they belong', () => {
  it('when "the negotiations" of a year long past ended a war, then they are their own event between its sides, not the news of the day', () => {
    const { dated } = read(
      "Laos and Cambodia's trade ministers met for talks hosted by Thailand's Foreign Minister Anong Srisai.",
      'Thailand has done this before: in 1962 it hosted the negotiations in Chiang Mai that ended the border war between Laos and Cambodia.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Thailand -> Cambodia @1962',
        'MEDIATED Thailand -> Laos @1962',
      ]),
    );
    expect(
      dated.filter((t) => t.startsWith('MEDIATED Anong Srisai') && t.endsWith('@1962')),
    ).toEqual([]);
  });

  it('when "no such meeting has been scheduled" follows a wish to meet in the same sentence, then it denies the wish, not the talks told before', () => {
    const { dated, statuses } = read(
      'Estonia hosted talks between Latvia and Lithuania in Tallinn on Monday.',
      'The Latvian president said he would be willing to meet his Lithuanian counterpart, but no such meeting has been scheduled.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MEDIATED Estonia -> Latvia @2024-11-18',
        'MEDIATED Estonia -> Lithuania @2024-11-18',
      ]),
    );
    expect(statuses[0]).toBe('talks happened');
  });
});

describe('delegations are of talks that took place', () => {
  it('when "the meeting between the two delegations" is welcomed after two states "were not invited", then the delegations are the sides that met', () => {
    const { triples } = read(
      'Envoy Karin Holm hosted talks between Morocco and the Polisario Front in Geneva on Thursday.',
      "Algeria and Mauritania were not invited to Thursday's meeting.",
      'The Secretary-General welcomed the meeting between the two delegations.',
    );
    expect(triples).not.toContain('MET_WITH Algeria -> Mauritania');
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Morocco -> Polisario Front');
  });
});

describe('an offer of one more of the same', () => {
  it('when a minister "offered to host a second jirga", then the offer is between the sides of the jirga told before, not its chair', () => {
    const { triples } = read(
      'The two-day jirga in Peshawar, chaired by cleric Maulana Fazal Wahid, brought together tribal elder Gul Zaman Khan and militia commander Akbar Shah Afridi.',
      "Afghanistan's Foreign Minister, Mawlawi Rahim Haqqani, offered on Tuesday to host a second jirga in Khost.",
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Rahim Haqqani -> Akbar Shah Afridi',
      'OFFERED_MEDIATION Rahim Haqqani -> Gul Zaman Khan',
    ]);
  });
});

describe('delegations sit at talks', () => {
  it('when an envoy "met separately with both delegations" after a phone call was told, then the delegations are the sides of the talks', () => {
    const { triples } = read(
      'Talks between the Government of Sudan and the SPLM-N resumed in Juba on Monday.',
      'On Tuesday, the Secretary-General, Amara Kone, spoke by phone with the President of Sudan, Idris Bashir Taha.',
      'Her envoy, Lena Sorvik, travelled to Juba, where she met separately with both delegations.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Lena Sorvik -> SPLM-N',
      'MET_WITH Lena Sorvik -> Sudan',
      'MET_WITH SPLM-N -> Sudan',
    ]);
  });
});

describe('one event, one report or many', () => {
  it('when three sentences report the same meeting, then there is one event and one MET_WITH', () => {
    const { dated, statuses } = read(
      'Kenyan President Baraka Onyango met Somali President Abdirahman Warsame in Mombasa on Thursday.',
      "Thursday's meeting between Onyango and Warsame lasted four hours.",
      'Warsame said the talks with Onyango had been frank.',
    );
    expect(ofType(dated, 'MET_WITH')).toEqual([
      'MET_WITH Abdirahman Warsame -> Baraka Onyango @2024-11-21',
    ]);
    expect(statuses).toEqual(['talks happened']);
  });

  it('when one minister met two envoys on two days, then the talks stay two events and the envoys did not meet', () => {
    const { dated, triples, statuses } = read(
      "Egyptian Foreign Minister Hala Mansour met Sudan's envoy in Cairo on Monday.",
      "Mansour met South Sudan's envoy in Cairo on Tuesday.",
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Hala Mansour -> Sudan @2024-11-18',
        'MET_WITH Hala Mansour -> South Sudan @2024-11-19',
      ]),
    );
    expect(triples).not.toContain('MET_WITH South Sudan -> Sudan');
    expect(statuses).toEqual(['talks happened', 'talks happened']);
  });
});
