/**
 * A mediation as a mediator tells it ("X said it mediated a deal"), as someone only suggests it
 * ("suggested that X mediate"), and with sides named after their country's possessive
 * ("between Chad's rebels and ..."). Sentences written for these tests; the states are real,
 * the events invented.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

// A Saturday: Monday is 06-02.
const PUB = '2025-06-07';

describe("a mediator's own word", () => {
  it.each([
    ['Ghana said it mediated a truce between Burkina Faso and Niger.', 'Ghana'],
    ['Ghanaian officials said they brokered a truce between Burkina Faso and Niger.', 'Ghana'],
  ])('when "%s", then %s mediated between the two', (sentence, mediator) => {
    expect(ofType(extracted(sentence, PUB).triples, 'MEDIATED').sort()).toEqual([
      `MEDIATED ${mediator} -> Burkina Faso`,
      `MEDIATED ${mediator} -> Niger`,
    ]);
  });
});

describe('a mediation only suggested', () => {
  it('when a president "suggested that" a third leader "mediate between" two states, then no one mediated and no one offered', () => {
    const { triples } = extracted(
      'The Ghanaian president suggested that Senegalese President Awa Ndiaye mediate between Burkina Faso and Niger.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'OFFERED_MEDIATION')).toEqual([]);
    expect(triples).toContain('LEADS Awa Ndiaye -> Senegal');
  });
});

describe("a side named with its country's possessive", () => {
  it('when a truce was "between Niger\'s Tuareg Liberation Front and Burkina Faso", then the possessive is where the side is from, not the side', () => {
    const { triples } = extracted(
      "Algeria said it mediated a truce between Niger's Tuareg Liberation Front and Burkina Faso on Monday.",
      PUB,
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Algeria -> Burkina Faso',
      'MEDIATED Algeria -> Tuareg Liberation Front',
    ]);
  });

  it('when a host received "Niger\'s Amadou Issa and Burkina Faso\'s Ibrahim Sawadogo", then those two met', () => {
    const { triples } = extracted(
      "Ghana hosted talks between Niger's Amadou Issa and Burkina Faso's Ibrahim Sawadogo in Accra on Monday.",
      PUB,
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Amadou Issa -> Ibrahim Sawadogo']);
  });
});

describe('mediators listed after the sides, and a mediator told by its country', () => {
  it('when "a truce between A and B brokered by X, Y and Z took effect", then all three mediated', () => {
    const { triples } = extracted(
      'A truce between Burkina Faso and Niger brokered by Ghana, Togo and Benin took effect on Sunday.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Benin -> Burkina Faso',
      'MEDIATED Benin -> Niger',
      'MEDIATED Ghana -> Burkina Faso',
      'MEDIATED Ghana -> Niger',
      'MEDIATED Togo -> Burkina Faso',
      'MEDIATED Togo -> Niger',
    ]);
  });

  it('when a leader is named ", whose country has mediated between" two sides, then the country mediated', () => {
    const { triples } = extracted(
      'Ghanaian President Kofi Boateng, whose country has mediated between Burkina Faso and Niger, met Senegalese President Awa Ndiaye on Monday.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Ghana -> Burkina Faso',
      'MEDIATED Ghana -> Niger',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Awa Ndiaye -> Kofi Boateng']);
  });
});

describe('an offer suggested, and an offer refused', () => {
  it('when a president "suggested hosting talks between" two leaders, then he offered to mediate', () => {
    const { triples } = extracted(
      'Ghanaian President Kofi Boateng suggested hosting talks between Moussa Traore and Issa Maiga in Accra.',
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION')).toEqual([
      'OFFERED_MEDIATION Kofi Boateng -> Moussa Traore',
      'OFFERED_MEDIATION Kofi Boateng -> Issa Maiga',
    ]);
  });

  it('when the offer is followed by ", an offer X rejected", then it was made all the same', () => {
    const { triples } = extracted(
      [
        'Moussa Traore and Issa Maiga have not met since 2019.',
        'Ghanaian President Kofi Boateng suggested hosting the two foes in Accra, an offer Maiga rejected.',
      ].join('\n'),
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Kofi Boateng -> Issa Maiga',
      'OFFERED_MEDIATION Kofi Boateng -> Moussa Traore',
    ]);
  });
});

describe('a side named after a descriptor', () => {
  it('when "the Malian government and the country\'s largest opposition party Patriotic Movement" signed, then the two met', () => {
    const { triples } = extracted(
      "The Malian government and the country's largest opposition party Patriotic Movement signed a memorandum of understanding on Monday.",
      PUB,
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Mali -> Patriotic Movement']);
  });
});

describe('a side named by its representatives', () => {
  it.each([
    'The Malian government and representatives of the Azawad Liberation Front met in Algiers on Monday.',
    'The Malian government and representatives of the rebel group Azawad Liberation Front have agreed on a plan following a two-day meeting in Algiers.',
  ])('when "%s", then the two sides met', (sentence) => {
    expect(ofType(extracted(sentence, PUB).triples, 'MET_WITH')).toEqual([
      'MET_WITH Azawad Liberation Front -> Mali',
    ]);
  });
});

describe('roles in the plural with a hyphen', () => {
  it.each([
    'Ghana and Togo served as co-facilitators of the talks between Burkina Faso and Niger.',
    'Ghana and Togo acted as co-mediators between Burkina Faso and Niger on Monday.',
  ])('when "%s", then both mediated', (sentence) => {
    expect(ofType(extracted(sentence, PUB).triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Ghana -> Burkina Faso',
      'MEDIATED Ghana -> Niger',
      'MEDIATED Togo -> Burkina Faso',
      'MEDIATED Togo -> Niger',
    ]);
  });
});
