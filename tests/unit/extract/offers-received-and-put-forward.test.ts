/**
 * Whose offer, whose plan: the one who rejects or welcomes "the offer to mediate" did not make
 * it; someone "proposed X to chair the talks", or a "proposal to let X mediate", is a plan for
 * X and no offer by anyone in the sentence; "an offer by X to host" stays X's. And a time
 * clause between two verbs of one subject ("met after the session adjourned and afterwards met
 * Y") does not take the second verb's subject. Sentences written for these tests; the states
 * are real, the people and events invented.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

// A Saturday: Monday is 06-02.
const PUB = '2025-06-07';
const core = (sentence: string) =>
  extracted(sentence, PUB).triples.filter((t) => !t.startsWith('LEADS '));

describe('an offer received', () => {
  it.each(['rejected', 'welcomed', 'turned down'])(
    'when Peru "%s the offer to mediate between" two others, then Peru offered nothing',
    (verb) => {
      expect(
        core(`Peru ${verb} the offer to mediate between Chile and Bolivia on Monday.`),
      ).toEqual([]);
    },
  );

  it("when Peru renewed its own offer, or Chile accepted Peru's, then Peru offered to mediate", () => {
    for (const sentence of [
      'Peru renewed its offer to mediate between Chile and Bolivia on Monday.',
      "Chile accepted Peru's offer to mediate between Chile and Bolivia on Monday.",
    ])
      expect(ofType(core(sentence), 'OFFERED_MEDIATION').sort()).toEqual([
        'OFFERED_MEDIATION Peru -> Bolivia',
        'OFFERED_MEDIATION Peru -> Chile',
      ]);
  });

  it('when a front "rejected an offer by the Lima-based Andean Council to host" talks, then the offer stays the council\'s', () => {
    const { events } = extracted(
      'The front rejected an offer by the Lima-based Andean Council to host talks between Chile and Bolivia.',
      PUB,
    );
    expect(events.some((e) => /offered: .*Andean Council host/.test(e))).toBe(true);
  });
});

describe('someone put forward by others', () => {
  it('when two states "proposed Mr Lindqvist to chair the talks between" two others, then no one offered or mediated', () => {
    const triples = core(
      'Chile and Peru have proposed Mr Lindqvist to chair the talks between Bolivia and Ecuador.',
    );
    expect(ofType(triples, 'OFFERED_MEDIATION')).toEqual([]);
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });

  it('when Peru objected to "the proposal to let Brazil mediate", then Brazil mediated nothing and offered nothing', () => {
    expect(
      core('Peru objected to the proposal to let Brazil mediate between Chile and Bolivia.'),
    ).toEqual([]);
  });
});

describe('a time clause between two verbs of one subject', () => {
  it('when two ministers "met after the session adjourned and afterwards jointly met" a third, then the three met', () => {
    expect(
      ofType(
        core(
          'Tomas Verga and Anton Belko met on Monday after the session adjourned and afterwards jointly met Rosa Lindqvist.',
        ),
        'MET_WITH',
      ).sort(),
    ).toEqual([
      'MET_WITH Anton Belko -> Rosa Lindqvist',
      'MET_WITH Anton Belko -> Tomas Verga',
      'MET_WITH Rosa Lindqvist -> Tomas Verga',
    ]);
  });
});
