/**
 * What relations a frame yields once its roles and status are known: an offer is an offer to
 * each side, a meeting of many is every pair that sat together (and only those), and a frame
 * that did not happen (planned, hoped, denied, negated, disputed, conditional, only quoted)
 * stays an event with its status and yields no relation. Sentences written for these tests,
 * about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, notLeads, ofType } from './helpers.ts';

// A Friday: Saturday is 06-07, Sunday 06-08, Monday 06-09 ... Thursday 06-12.
const PUB = '2025-06-13';
const read = (text: string) => extracted(text, PUB);

describe('offers of mediation', () => {
  it('when a minister offered to host talks between two states, then it is an offer to each and nothing took place', () => {
    const { triples, statuses } = read(
      'Omani Foreign Minister Salim bin Hilal Al-Rawahi offered on Monday to host talks between Iran and Pakistan.',
    );
    expect(notLeads(triples).sort()).toEqual([
      'OFFERED_MEDIATION Salim bin Hilal Al-Rawahi -> Iran',
      'OFFERED_MEDIATION Salim bin Hilal Al-Rawahi -> Pakistan',
    ]);
    expect(statuses).toContain('talks offered');
  });

  it('when the sides of a quarrel are named before a bare offer of "good offices", then the offer goes to both sides', () => {
    const { triples } = read(
      'The quarrel between Egypt and Ethiopia over the dam has dragged on for a decade, and on Monday Kenyan President Baraka Onyango offered his good offices.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'OFFERED_MEDIATION Baraka Onyango -> Egypt',
        'OFFERED_MEDIATION Baraka Onyango -> Ethiopia',
      ]),
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });

  it('when an offer to mediate was rejected, then it was still offered and nothing was mediated', () => {
    const { triples } = read(
      'Nigeria on Tuesday rejected an offer by Senegalese President Mariama Sow to mediate between Nigeria and Cameroon.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'OFFERED_MEDIATION Mariama Sow -> Nigeria',
        'OFFERED_MEDIATION Mariama Sow -> Cameroon',
      ]),
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('multi-party meetings', () => {
  it('when the ministers of three states met, then every pair of the states met', () => {
    const { triples } = read(
      'The foreign ministers of Norway, Sweden and Finland met in Tromsø on Wednesday.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Finland -> Norway',
      'MET_WITH Finland -> Sweden',
      'MET_WITH Norway -> Sweden',
    ]);
  });

  it('when a minister met two envoys "separately", then she met each and the envoys did not meet', () => {
    const { triples } = read(
      'Egyptian Foreign Minister Nour El-Din Farouk met the Sudanese and South Sudanese envoys separately in Cairo on Sunday.',
    );
    expect(triples).toEqual(
      expect.arrayContaining([
        'MET_WITH Nour El-Din Farouk -> Sudan',
        'MET_WITH Nour El-Din Farouk -> South Sudan',
      ]),
    );
    expect(triples).not.toContain('MET_WITH South Sudan -> Sudan');
  });

  it('when a leader received two guests on different days, then each met her on its own day and the guests did not meet', () => {
    const { dated, triples } = read(
      'Indian Prime Minister Ananya Raghunathan received Sri Lankan President Dilini Jayasekara on Monday and Bangladeshi President Rezaul Karim Talukder on Wednesday.',
    );
    expect(dated).toEqual(
      expect.arrayContaining([
        'MET_WITH Ananya Raghunathan -> Dilini Jayasekara @2025-06-09',
        'MET_WITH Ananya Raghunathan -> Rezaul Karim Talukder @2025-06-11',
      ]),
    );
    expect(triples).not.toContain('MET_WITH Dilini Jayasekara -> Rezaul Karim Talukder');
  });

  it('when a four-way summit brought four presidents together, then all six pairs met and the host state mediated nothing', () => {
    const { triples } = read(
      'A four-way summit in Tashkent on Tuesday brought together the presidents of Uzbekistan, Kazakhstan, Kyrgyzstan and Tajikistan.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Kazakhstan -> Kyrgyzstan',
      'MET_WITH Kazakhstan -> Tajikistan',
      'MET_WITH Kazakhstan -> Uzbekistan',
      'MET_WITH Kyrgyzstan -> Tajikistan',
      'MET_WITH Kyrgyzstan -> Uzbekistan',
      'MET_WITH Tajikistan -> Uzbekistan',
    ]);
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('what did not happen', () => {
  it('when a meeting is "due" next week, then it is planned and no relation comes of it', () => {
    const { triples, statuses } = read(
      'Honduran President Marleny Funes is due to meet Salvadoran President Evelio Alfaro in San Salvador next week.',
    );
    expect(notLeads(triples)).toEqual([]);
    expect(statuses).toContain('talks planned');
  });

  it('when a leader "hopes to meet" another, then the meeting is hoped for and no relation comes of it', () => {
    const { triples, statuses } = read(
      'Cameroonian President Ngono Essomba hopes to meet Nigerian President Chidinma Okonkwo before the rainy season.',
    );
    expect(notLeads(triples)).toEqual([]);
    expect(statuses).toContain('talks hoped');
  });

  it('when an office "denied" that a meeting took place, then it is denied and no relation comes of it', () => {
    const { triples, statuses } = read(
      "Colombia's presidency denied on Tuesday that President Andrés Jaramillo had met Panamanian President Rubén Castrellón in secret.",
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(statuses).toContain('talks denied');
  });

  it('when leaders "did not meet" or have "never held talks", then it is negated and no relation comes of it', () => {
    const { triples, statuses } = read(
      [
        'Estonian Prime Minister Kadri Saar did not meet Finnish President Aino Virtanen during the Baltic forum in Riga.',
        'Moroccan Prime Minister Driss Alaoui has never held talks with Algerian President Samira Bouzid.',
      ].join('\n'),
    );
    expect(notLeads(triples)).toEqual([]);
    expect(statuses).toContain('talks negated');
    expect(statuses).not.toContain('talks happened');
  });

  it('when a mediation is only claimed by one side and rejected by the other, then it is disputed and not a fact', () => {
    const { triples, statuses } = read(
      'According to Zambian officials, envoy Chanda Mulenga mediated the border ceasefire between Malawi and Mozambique, a claim that Maputo has repeatedly rejected.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(statuses).toContain('ceasefire disputed');
  });

  it('when a meeting is reported by one side\'s media "but" the other side "did not confirm it", then it is disputed and not a fact', () => {
    const { triples, statuses } = read(
      'Kenyan media reported that Ugandan minister Akiiki Byaruhanga had met Kenyan envoy Otieno Were in Kisumu last month, but Kampala did not confirm it.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(statuses).toContain('talks disputed');
  });

  it.each([
    [
      'dismissed as "pure invention" a newspaper report that',
      'denied',
      'The foreign ministry dismissed as "pure invention" a newspaper report that Ugandan minister Akiiki Byaruhanga had stopped in Kisumu on his way home for a meeting with Kenyan envoy Otieno Were.',
    ],
    [
      'a newspaper report said that',
      'disputed',
      'A newspaper report said that Ugandan minister Akiiki Byaruhanga had stopped in Kisumu for a meeting with Kenyan envoy Otieno Were.',
    ],
  ])(
    'when a meeting sits in the clause of a report ("%s"), behind a verb of its own, then it is %s and not a fact',
    (_, status, text) => {
      const { triples, statuses } = read(text);
      expect(ofType(triples, 'MET_WITH')).toEqual([]);
      expect(statuses).toContain(`talks ${status}`);
    },
  );

  it('when a spokeswoman "dismissed as" false "reports in a section of the media that the army chief, Gen X, had secretly met Y", then the meeting is not a fact', () => {
    const { triples, statuses } = read(
      'Separately, the spokeswoman, Ms Amina Odhiambo, dismissed as "baseless" reports in a section of the Ugandan media that the army chief, Gen Peter Ochieng, had secretly met the rebel leader, Joseph Okello, in Gulu.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(statuses).toContain('talks disputed');
  });

  it('when officials "confirmed a report that" the minister stopped for a meeting, then the meeting happened', () => {
    const { triples } = read(
      'Officials confirmed a report that Ugandan minister Akiiki Byaruhanga had stopped in Kisumu for a meeting with Kenyan envoy Otieno Were.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Akiiki Byaruhanga -> Otieno Were']);
  });

  it.each([
    'At no time did Ugandan minister Akiiki Byaruhanga meet Kenyan envoy Otieno Were, officials said.',
    'At no point did Ugandan minister Akiiki Byaruhanga meet Kenyan envoy Otieno Were in Kisumu.',
  ])(
    'when a negative phrase is fronted before the verb ("%s"), then the meeting is negated',
    (text) => {
      const { triples, statuses } = read(text);
      expect(ofType(triples, 'MET_WITH')).toEqual([]);
      expect(statuses).toContain('talks negated');
    },
  );

  it('when a meeting depends on a condition, then it is only planned and not a fact', () => {
    const { triples, statuses } = read(
      'Tanzanian President Neema Kimaro would meet Ugandan President Akiiki Byaruhanga only if the fishing dispute were settled first, her spokesman said.',
    );
    expect(notLeads(triples)).toEqual([]);
    expect(statuses).toEqual(['talks planned']);
  });

  // CAMEO 039: a readiness to mediate on a condition is still an offer (to each side), not a
  // mediation.
  it('when a state would mediate "if both sides asked", then it offered and mediated nothing', () => {
    const { triples, statuses } = read(
      'Ghana would mediate between Nigeria and Cameroon if both sides asked, a Ghanaian official said.',
    );
    expect(notLeads(triples).sort()).toEqual([
      'OFFERED_MEDIATION Ghana -> Cameroon',
      'OFFERED_MEDIATION Ghana -> Nigeria',
    ]);
    expect(statuses).toEqual(['talks offered']);
  });

  it('when only an anonymous quotation says a call took place, then no call is claimed', () => {
    const { triples, statuses } = read(
      '"Prime Minister Dewi Kartika has already spoken with the Malaysian leader twice this week," an Indonesian official told reporters on condition of anonymity.',
    );
    expect(ofType(triples, 'SPOKE_WITH')).toEqual([]);
    expect(statuses).not.toContain('call happened');
  });
});
