/**
 * Go-betweens the text names by their office alone: "Kazakh facilitator X said", "X, the chief
 * mediator, said", "Chief Mediator X", "Independent Moderator X" stood between the sides of the
 * talks told beside them, though no verb of the sentence says so; so did whoever "initiated
 * the meeting" between two others. One who set up talks "with" a single other side met it and
 * stood between no one. Initials the text never brackets ("the ABG") are the body it spells
 * out. Envoys "under the supervision" or "chairmanship" of whom two leaders met sat with them. Sentences written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, notLeads, ofType, reader } from './helpers.ts';

// A Friday: Monday is 2026-05-04.
const PUB = '2026-05-08';
const read = reader(PUB);
const MEDIATED_BOTH = (who: string) => [
  `MEDIATED ${who} -> Kyrgyzstan`,
  `MEDIATED ${who} -> Tajikistan`,
];

describe('a go-between named by office', () => {
  it('when the talks are told and "Kazakh facilitator X said" so, then X mediated between the two sides', () => {
    const { triples } = read(
      'Kyrgyzstan and Tajikistan resumed water talks in Almaty on Monday, Kazakh facilitator Dana Serikova said.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual(MEDIATED_BOTH('Dana Serikova'));
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Kyrgyzstan -> Tajikistan']);
  });

  it('when the next sentence quotes "X, the chief mediator", then X mediated the talks told before', () => {
    const { dated } = read(
      'Kyrgyzstan and Tajikistan resumed water talks in Almaty on Monday.',
      '"Both delegations came prepared," said Dana Serikova, the chief mediator.',
    );
    expect(ofType(dated, 'MEDIATED').sort()).toEqual(
      MEDIATED_BOTH('Dana Serikova').map((t) => `${t} @2026-05-04`),
    );
  });

  it('when the office is capitalised before the name ("Chief Mediator", "Independent Moderator Sir"), then it is no part of the name and the holder mediated', () => {
    for (const office of ['Chief Mediator', 'Independent Moderator Sir']) {
      const { triples, record } = read(
        'Kyrgyzstan and Tajikistan resumed water talks in Almaty on Monday.',
        `${office} Dana Serikova said both sides had agreed on a timetable.`,
      );
      expect(ofType(triples, 'MEDIATED').sort()).toEqual(MEDIATED_BOTH('Dana Serikova'));
      expect(namesOf(record, 'Person')).toEqual(['Dana Serikova']);
    }
  });

  it('when a titled mediator speaks of fighting only, then he mediated nothing', () => {
    const { triples } = read(
      'Kyrgyz and Tajik border guards clashed near Vorukh on Monday.',
      'Kazakh facilitator Dana Serikova said both sides should hold their fire.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('who set the talks up', () => {
  it('when X "initiated the meeting" between two leaders, then X mediated between them', () => {
    const { triples } = read(
      'Talks between President Aibek Osmonov of Kyrgyzstan and President Rustam Nazarov of Tajikistan opened in Astana on Sunday, with Kazakh President Dana Serikova, who initiated the meeting, seeing each leader separately beforehand.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Dana Serikova -> Aibek Osmonov',
      'MEDIATED Dana Serikova -> Rustam Nazarov',
    ]);
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Aibek Osmonov -> Rustam Nazarov');
  });

  it('when a state "organized talks with" one other, then the two met and neither mediated', () => {
    for (const verb of ['organized', 'initiated', 'arranged']) {
      const { triples } = read(`Kyrgyzstan ${verb} talks with Tajikistan in Bishkek on Monday.`);
      expect(notLeads(triples)).toEqual(['MET_WITH Kyrgyzstan -> Tajikistan']);
    }
  });

  it('when a third state "initiated talks between" two, then it mediated between them', () => {
    const { triples } = read(
      'Kazakhstan initiated talks between Kyrgyzstan and Tajikistan on Monday.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual(MEDIATED_BOTH('Kazakhstan'));
  });
});

describe('initials the text spells out elsewhere', () => {
  it('when "the FWB" and "the Ferghana Water Board" appear in one text, then they are one body', () => {
    const { triples, record } = read(
      'Envoys of the Ferghana Water Board and Tajikistan met in Khujand on Monday.',
      'The FWB delegation later met Kyrgyz officials in Osh.',
    );
    expect(namesOf(record, 'Organization')).toEqual(['Ferghana Water Board']);
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Ferghana Water Board -> Kyrgyzstan',
      'MET_WITH Ferghana Water Board -> Tajikistan',
    ]);
  });

  it('when two names of the text share the initials, then the initials stay a body of their own', () => {
    const { record } = read(
      'Envoys of the Ferghana Water Board and the Fergana Wheat Bureau met in Khujand on Monday.',
      'The FWB delegation later met Kyrgyz officials in Osh.',
    );
    expect(namesOf(record, 'Organization')).toContain('FWB');
  });
});

describe('a go-between in the room', () => {
  it.each(['supervision', 'chairmanship'])(
    'when two leaders met "under the %s of" two named envoys, then each envoy mediated and sat with both leaders',
    (noun) => {
      const { triples } = read(
        `Kyrgyz President Aibek Osmonov and Tajik President Rustam Nazarov met in Almaty on Monday under the ${noun} of Kazakh envoy Dana Serikova and UN envoy Mirela Stoica.`,
      );
      for (const envoy of ['Dana Serikova', 'Mirela Stoica']) {
        expect(
          ofType(triples, 'MEDIATED')
            .filter((t) => t.startsWith(`MEDIATED ${envoy} `))
            .sort(),
        ).toEqual([`MEDIATED ${envoy} -> Aibek Osmonov`, `MEDIATED ${envoy} -> Rustam Nazarov`]);
        expect(ofType(triples, 'MET_WITH').filter((t) => t.includes(envoy))).toHaveLength(2);
      }
    },
  );

  it('when two states met "under the supervision of" a third state, then it mediated and met no state as a whole', () => {
    const { triples } = read(
      'Kyrgyzstan and Tajikistan met in Almaty on Monday under the supervision of Kazakhstan.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual(MEDIATED_BOTH('Kazakhstan'));
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Kyrgyzstan -> Tajikistan']);
  });
});

describe('talks held with a go-between', () => {
  it('when a president "held talks with" a titled mediator, then he met her, and she mediated', () => {
    const { triples } = read(
      'Kyrgyz President Aibek Osmonov held talks with Kazakh mediator Dana Serikova in Bishkek on Monday.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Aibek Osmonov -> Dana Serikova']);
    expect(ofType(triples, 'MEDIATED')).toEqual(['MEDIATED Dana Serikova -> Aibek Osmonov']);
  });

  it('when a state "held talks with Kazakh mediators", then no one is named in the room', () => {
    const { triples } = read('Kyrgyzstan held talks with Kazakh mediators in Bishkek on Monday.');
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(ofType(triples, 'MEDIATED')).toEqual(['MEDIATED Kazakhstan -> Kyrgyzstan']);
  });
});

describe('those who take part as go-betweens', () => {
  it.each([
    'Also attending the meeting were Turkish envoy Selin Aydin and Qatari envoy Khalid Nasser, who are participating as co-facilitators.',
    'Turkish envoy Selin Aydin and Qatari envoy Khalid Nasser are participating as co-facilitators.',
  ])(
    'when, after the sides met, "%s", then each envoy mediated, and met no state as a whole',
    (second) => {
      const { triples } = read(`Kyrgyzstan and Tajikistan met in Almaty on Monday. ${second}`);
      expect(ofType(triples, 'MEDIATED').sort()).toEqual([
        ...MEDIATED_BOTH('Khalid Nasser'),
        ...MEDIATED_BOTH('Selin Aydin'),
      ]);
      expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Kyrgyzstan -> Tajikistan']);
    },
  );
});
