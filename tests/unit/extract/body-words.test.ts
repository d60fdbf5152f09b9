/**
 * Words around a body's name that are not the name: a count glued to it ("the six-nation
 * bloc", "the 15-member council") stands between a preposition and the body it governs; a
 * body named by its head noun alone ("the head of the Council Omar X") ends before its
 * holder's name; a title's short form in brackets may be two words ("(UN SG)"), and "SG"
 * alone is that office; "MP" before a name is a title; a date that names a body ("the
 * March 14 Forces") is no day. Sentences written for these tests; the states and bodies are real, the
 * people and events invented.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

// A Saturday: Monday is 06-02.
const PUB = '2025-06-07';

describe('a count glued to a body', () => {
  it.each([
    'Malawi signed an accord with Zambia on Monday that was brokered by the six-nation Southern African Development Community.',
    'Talks between Malawi and Zambia were mediated on Monday by the 16-member Southern African Development Community.',
  ])('when "%s", then the body mediated between the two', (sentence) => {
    expect(ofType(extracted(sentence, PUB).triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED SADC -> Malawi',
      'MEDIATED SADC -> Zambia',
    ]);
  });
});

describe('a body named by its head noun alone', () => {
  it.each([
    'The envoy spoke after a meeting of Tomas Verga with the head of the Council Omar Bashiri on Monday.',
    'The chairman of the Council Omar Bashiri met Tomas Verga on Monday.',
  ])('when "%s", then the holder is Omar Bashiri, who met Verga', (sentence) => {
    const { triples } = extracted(sentence, PUB);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Omar Bashiri -> Tomas Verga']);
    expect(triples.join(' ')).not.toMatch(/Council Omar/);
  });
});

describe('a short form of a title', () => {
  it('when "Secretary General of the United Nations (UN SG) X" later calls "the UN SG" a side of a call, then X leads the UN and spoke with the other', () => {
    const { triples } = extracted(
      'Secretary General of the United Nations (UN SG) Rosa Lindqvist proposed a meeting on Thursday. During a telephone conversation between the UN SG and President Halvorsen, Lindqvist wished him well.',
      PUB,
    );
    expect(triples).toContain('LEADS Rosa Lindqvist -> United Nations');
    expect(ofType(triples, 'SPOKE_WITH')).toEqual(['SPOKE_WITH Halvorsen -> Rosa Lindqvist']);
  });
});

describe('a member of parliament, and a body named by a date', () => {
  it('when an envoy met "MP Saad Karam" on Friday, then he met Saad Karam', () => {
    expect(
      ofType(
        extracted('Lindqvist met MP Saad Karam in Beirut on Friday.', PUB).triples,
        'MET_WITH',
      ),
    ).toEqual(['MET_WITH Lindqvist -> Saad Karam']);
  });

  it('when a leader "of the March 14 Forces" met the envoy on Friday, then they met on Friday, not on a March 14', () => {
    const { dated } = extracted(
      'Lindqvist met Saad Karam, a leader of the March 14 Forces, in Beirut on Friday.',
      PUB,
    );
    expect(ofType(dated, 'MET_WITH')).toEqual(['MET_WITH Lindqvist -> Saad Karam @2025-06-06']);
  });

  it('when the envoy brought together one "from the ruling coalition and" another "from the opposition camp", then all three met', () => {
    const { dated } = extracted(
      'The meeting chaired by Lindqvist brought together Saad Karam from the ruling coalition and Michel Haddad from the opposition camp on Friday.',
      PUB,
    );
    expect(ofType(dated, 'MET_WITH').sort()).toEqual([
      'MET_WITH Lindqvist -> Michel Haddad @2025-06-06',
      'MET_WITH Lindqvist -> Saad Karam @2025-06-06',
      'MET_WITH Michel Haddad -> Saad Karam @2025-06-06',
    ]);
  });
});

describe("a body's head noun alone", () => {
  it('when a president concluded "a five-day State visit to" a country, then he visited it and no one called "State" did', () => {
    const { record } = extracted(
      'President Tomas Verga left Lusaka on Monday, concluding a five-day State visit to Zambia.',
      PUB,
    );
    const visitors = record.relations.filter((r) => r.type === 'VISITED').map((r) => r.source);
    expect(visitors).toEqual(['Tomas Verga']);
  });
});
