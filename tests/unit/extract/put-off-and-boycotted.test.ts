/**
 * Meetings that did not take place as told: one "postponed", "delayed" or "called off" (as
 * the subject of a passive or the object of the verb), one that "had been planned" or "was
 * scheduled", and talks a side "boycotted", "skipped"
 * or "pulled out of". None is a meeting of its sides. Sentences written for these tests, about
 * invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

const read = reader('2025-12-05');

describe('put off and boycotted', () => {
  it.each([
    'A meeting between Chilean envoy Rosa Vidal and Bolivian President Luis Arce Mamani was postponed until Wednesday.',
    'The summit between Peru and Bolivia was delayed.',
    'The talks between Peru and Bolivia were called off.',
    'Peru called off the talks with Bolivia.',
    'Peru postponed its talks with Bolivia.',
    'Talks between Peru and Bolivia had been planned in Quito in January but were called off.',
    'Talks between Peru and Bolivia had been scheduled for January but never took place.',
    'A meeting between Peru and Bolivia was planned for January.',
  ])('when a meeting was put off, then no one met: %s', (text) => {
    const { triples, statuses } = read(text);
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(statuses).not.toContain('talks happened');
    expect(statuses).not.toContain('summit happened');
  });

  it.each([
    'Congolese President Jean Mbuyi boycotted the talks with Rwandan President Eric Habimana on Wednesday.',
    'Congolese President Jean Mbuyi skipped the talks with Rwandan President Eric Habimana on Wednesday.',
    'Congolese President Jean Mbuyi pulled out of the talks with Rwandan President Eric Habimana on Wednesday.',
  ])('when a side stayed away from the talks, then it met no one: %s', (text) => {
    expect(ofType(read(text).triples, 'MET_WITH')).toEqual([]);
  });

  it('when talks between the sides ended or were held, then they met', () => {
    expect(
      ofType(read('The talks between Peru and Bolivia ended on Tuesday.').triples, 'MET_WITH'),
    ).toEqual(['MET_WITH Bolivia -> Peru']);
    expect(
      ofType(
        read('A meeting between Peru and Bolivia was held in Lima on Tuesday.').triples,
        'MET_WITH',
      ),
    ).toEqual(['MET_WITH Bolivia -> Peru']);
    expect(
      ofType(
        read('Talks between Peru and Bolivia, set for January, were held in Quito.').triples,
        'MET_WITH',
      ),
    ).toEqual(['MET_WITH Bolivia -> Peru']);
  });
});

describe('a plan named inside a clause', () => {
  it('when a deal "setting terms for next year\'s" vote was signed at talks a third facilitated, then the talks happened and the third mediated', () => {
    const { triples } = read(
      "Togo and Benin signed an accord on Tuesday setting terms for next year's border survey, at talks in Accra facilitated by Ghana.",
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Ghana -> Benin',
      'MEDIATED Ghana -> Togo',
    ]);
  });
});
