/**
 * A go-between named by the words a meeting was held "under" ("the supervision of X", "the
 * aegis of X"), which name a task elsewhere ("the supervision of the count"); a call to resume
 * talks that does not turn the meeting before it into a plan; and a bare verb that shares an
 * infinitive's "to" ("ready to assist and facilitate"), so its subject is the infinitive's;
 * and "mediation talks with X", whose X stood between the one who agreed and no one else.
 * Sentences written for these tests; the states are real, the people and events invented.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

// A Saturday: Thursday is 06-05.
const PUB = '2025-06-07';

describe('a meeting held under someone', () => {
  it.each(['the supervision', 'the aegis'])(
    'when two leaders met "under %s of" an envoy, then the envoy mediated between them, and they met',
    (words) => {
      const { dated } = extracted(
        `Prime Minister Lena Varga and President Omar Tadic met in Geneva on Thursday under ${words} of the UN envoy, Rosa Lindqvist.`,
        PUB,
      );
      expect(dated).toContain('MEDIATED Rosa Lindqvist -> Lena Varga @2025-06-05');
      expect(dated).toContain('MEDIATED Rosa Lindqvist -> Omar Tadic @2025-06-05');
      expect(dated).toContain('MET_WITH Lena Varga -> Omar Tadic @2025-06-05');
    },
  );

  it('when a state only supervises a count, then it mediated nothing', () => {
    const { triples } = extracted(
      'Ghana and Togo signed the border accord in Accra on Thursday, and the supervision of the count falls to Nigeria.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('a call to resume after a meeting', () => {
  it('when an envoy "called on the two sides to resume to dialogue" after their supervised meeting, then the meeting still happened, with its go-between', () => {
    const { dated } = extracted(
      'After Lena Varga and Omar Tadic failed to agree on Thursday during a meeting they had in Geneva under the supervision of Rosa Lindqvist, the latter called on the two sides to resume to dialogue.',
      PUB,
    );
    expect(dated).toContain('MET_WITH Lena Varga -> Omar Tadic @2025-06-05');
    expect(dated).toContain('MEDIATED Rosa Lindqvist -> Lena Varga @2025-06-05');
    expect(dated).toContain('MEDIATED Rosa Lindqvist -> Omar Tadic @2025-06-05');
  });
});

describe('a verb sharing an infinitive\'s "to"', () => {
  it('when a leader said his state "stands ready to assist and facilitate" the process after two others met, then the state offered to mediate between them, and he did not', () => {
    const { triples } = extracted(
      'Ghanaian and Togolese officials met in Abuja on Thursday. Tinubu said that Nigeria stands ready to assist and facilitate the peace process.',
      PUB,
    );
    expect(ofType(triples, 'OFFERED_MEDIATION').sort()).toEqual([
      'OFFERED_MEDIATION Nigeria -> Ghana',
      'OFFERED_MEDIATION Nigeria -> Togo',
    ]);
  });
});

describe('mediation talks with someone', () => {
  it('when a state "agreed to a truce after mediation talks with" two others\' leaders, then those two mediated for it', () => {
    const { triples } = extracted(
      'Ghana agreed to a truce after mediation talks with Nigerian and Togolese leaders.',
      PUB,
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Nigeria -> Ghana',
      'MEDIATED Togo -> Ghana',
    ]);
  });
});

describe('a meeting looked forward to', () => {
  it('when an envoy "looks forward to a meeting between" two leaders, then they have not met yet', () => {
    const { triples, statuses } = extracted(
      'Lindqvist said she looks forward to a meeting between Lena Varga and Omar Tadic on 9 August.',
      PUB,
    );
    expect(ofType(triples, 'MET_WITH')).toEqual([]);
    expect(statuses).toContain('talks hoped');
  });
});
