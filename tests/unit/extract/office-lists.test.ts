/**
 * Offices set before their holders with commas, as official readouts write them: "met with
 * Estonian President, A, Acting Prime Minister and Minister of Foreign Affairs and European
 * Integration, B, and Deputy Prime Minister for Reintegration, C". Each office names the
 * person after it (a portfolio may run on with "and"), the first office's state is the team's,
 * and the visitor met each of them, who did not meet one another. Sentences written for these
 * tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, ofType, reader } from './helpers.ts';

const read = reader('2026-03-13');

describe('offices before their holders, with commas', () => {
  it('when the visitor met "President, A, Acting Prime Minister and Minister of X and Y, B, and Deputy Prime Minister for Z, C", then the visitor met each, and they did not meet one another', () => {
    const { triples, record } = read(
      'In Tallinn, Swiss envoy Anna Keller met with Estonian President, Mart Tamm, Acting Prime Minister and Minister of Foreign Affairs and European Integration, Liis Kask, and Deputy Prime Minister for Reintegration, Peeter Saar.',
    );
    expect(ofType(triples, 'MET_WITH').sort()).toEqual([
      'MET_WITH Anna Keller -> Liis Kask',
      'MET_WITH Anna Keller -> Mart Tamm',
      'MET_WITH Anna Keller -> Peeter Saar',
    ]);
    expect(namesOf(record, 'Person')).toEqual([
      'Anna Keller',
      'Liis Kask',
      'Mart Tamm',
      'Peeter Saar',
    ]);
  });

  it('when the first office names no state, then the holders after it are no team and the visitor met each', () => {
    const { triples } = read(
      'In Tallinn, Swiss envoy Anna Keller met with President, Mart Tamm, and Deputy Prime Minister for Reintegration, Peeter Saar.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(
      expect.arrayContaining([
        'MET_WITH Anna Keller -> Mart Tamm',
        'MET_WITH Anna Keller -> Peeter Saar',
      ]),
    );
  });

  it('when "X, acting president of the Forum, who is also the prime minister of Y," is named, then X leads both', () => {
    const { triples } = read(
      'The summit asked the acting president of the Baltic Forum, Liis Kask, who is also the prime minister of Estonia, to mediate in the dispute.',
    );
    expect(ofType(triples, 'LEADS').sort()).toEqual([
      'LEADS Liis Kask -> Baltic Forum',
      'LEADS Liis Kask -> Estonia',
    ]);
  });
});

describe('whose a bare title is, where two sides meet', () => {
  it('when "a Finnish delegation met with Prime Minister X", then X is not Finland\'s leader', () => {
    const { triples } = read(
      'A Finnish delegation met with Prime Minister Mart Tamm in Tallinn on Monday.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Finland -> Mart Tamm']);
  });

  it('when the only state in the sentence names a forum ("the Brazil-Baltic Cooperation meeting"), then no one is its prime minister', () => {
    const { triples } = read(
      'Prime Minister Mart Tamm said Prime Minister Liis Kask came to Tallinn ahead of the Brazil-Baltic Cooperation meeting.',
    );
    expect(ofType(triples, 'LEADS')).toEqual([]);
  });
});

describe('a counterpart named with his own office', () => {
  it.each([
    'Estonian Prime Minister Mart Tamm and his counterpart, Latvian Prime Minister Ivars Ozols, held talks in Riga on Monday.',
    'Estonian Prime Minister Mart Tamm and his counterpart in Riga, Latvian Prime Minister Ivars Ozols, held talks on Monday.',
  ])('when "%s", then the two met and each leads his own state', (sentence) => {
    const { triples } = read(sentence);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Ivars Ozols -> Mart Tamm']);
    expect(ofType(triples, 'LEADS').sort()).toEqual([
      'LEADS Ivars Ozols -> Latvia',
      'LEADS Mart Tamm -> Estonia',
    ]);
  });
});

describe('an honorific after a portfolio', () => {
  it.each(['Foreign Affairs', 'Cabinet Affairs'])(
    'when "Kuwait\'s State Minister for %s Sheikh X Y Z" met a visitor, then the name keeps its first word',
    (portfolio) => {
      const { record, triples } = read(
        `Estonian envoy Liis Kask met Kuwait's State Minister for ${portfolio} Sheikh Fahad Salem Al-Mutairi on Monday.`,
      );
      expect(namesOf(record, 'Person')).toEqual(['Fahad Salem Al-Mutairi', 'Liis Kask']);
      expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Fahad Salem Al-Mutairi -> Liis Kask']);
    },
  );
});

describe("a body's head named by a generic word", () => {
  it('when "SADC\'s chief" met a president after the executive secretary was named, then the executive secretary met him', () => {
    const { triples } = read(
      'Thandiwe Moyo, executive secretary of the Southern African Development Community, arrived in Lilongwe on Thursday. SADC’s chief met with Malawian President Peter Banda on Friday.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Peter Banda -> Thandiwe Moyo']);
  });
});

describe('who signs a readout', () => {
  it('when a readout is signed "Name, Secretary-General" and says "The Secretary-General met X", then the signer met X', () => {
    const { triples } = read(
      'Readout of the Secretary-General’s meeting with the Prime Minister of Estonia',
      '',
      'Grace Mutale, Secretary-General',
      '',
      'The Secretary-General met today with Estonian Prime Minister Mart Tamm in Geneva.',
    );
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Grace Mutale -> Mart Tamm']);
  });
});
