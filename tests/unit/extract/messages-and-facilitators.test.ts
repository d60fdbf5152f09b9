/**
 * Go-betweens told by what they carried or what they are called at the table: a state that
 * "relayed messages between" two others, "passing messages between the two sides", "a
 * go-between for A and B", one "leading efforts to mediate between A and B", and talks held
 * "with the Norwegian facilitator X" or "with Qatari mediators" (a third party, no side). No
 * message passed to the press makes anyone a mediator. Sentences written for these tests,
 * about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

const read = reader('2025-12-05');

describe('messages and facilitators', () => {
  it.each([
    'Malta relayed messages between Tripoli and Tunis last week.',
    'Libya and Tunisia held indirect talks in Valletta, with Malta passing messages between the two sides.',
    'Malta acted as a go-between for Libya and Tunisia during the border talks.',
    'Malta has been leading efforts to mediate between Libya and Tunisia since March.',
  ])(
    "when a state carried the sides' words, then it mediated and they did not meet: %s",
    (text) => {
      const { triples } = read(text);
      expect(ofType(triples, 'MEDIATED').sort()).toEqual([
        'MEDIATED Malta -> Libya',
        'MEDIATED Malta -> Tunisia',
      ]);
      expect(ofType(triples, 'MET_WITH')).toEqual([]);
    },
  );

  it.each(['Malta relayed the message to reporters.', 'The parliament passed a law on Monday.'])(
    'when nothing passes between two sides, then no one mediated: %s',
    (text) => {
      expect(read(text).triples).toEqual([]);
    },
  );

  it('when sides held a session "with the Norwegian facilitator X", then X mediated and met no side as a side', () => {
    const { triples, events } = read(
      'Colombian negotiator Pedro Salgado and ELN commander Ivan Duarte held a closed session on Monday with the Norwegian facilitator Lars Haugen.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Lars Haugen -> Pedro Salgado',
      'MEDIATED Lars Haugen -> Ivan Duarte',
    ]);
    expect(events).toEqual([
      'talks happened: Ivan Duarte party, Lars Haugen mediator, Pedro Salgado party',
    ]);
  });

  it('when a side held discussions "with Qatari mediators", then Qatar mediated', () => {
    const { triples } = read(
      'Hamas leaders held discussions with Qatari mediators in Doha on Monday.',
    );
    expect(triples).toEqual(['MEDIATED Qatar -> Hamas']);
  });
});
