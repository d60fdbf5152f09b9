import { describe, expect, it } from 'vitest';
import { articleRows } from '../../../server/store/article-rows.ts';
import { buildExtraction, id } from '../../helpers/extraction-builder.ts';

const VARGA = id('Person', 'Lena Varga');
const REYES = id('Person', 'Tomas Reyes');

describe('article rows', () => {
  it('when an extraction names an entity, a relation and an event twice, then each is one row', () => {
    const x = buildExtraction({
      text: 'Varga met Reyes. Later Varga met Reyes again.',
      entities: [
        ['Person', 'Lena Varga', ['Varga']],
        ['Person', 'Tomas Reyes'],
        ['Person', 'Lena Varga', ['L. Varga']],
      ],
      facts: [
        {
          type: 'MET_WITH',
          source: VARGA,
          target: REYES,
          date: '2023',
          sentence: 'Varga met Reyes.',
        },
        {
          type: 'MET_WITH',
          source: REYES,
          target: VARGA,
          date: '2023',
          sentence: 'Later Varga met Reyes again.',
        },
      ],
      events: [
        { kind: 'meeting', date: '2023', place: null, participants: [[VARGA, 'party']] },
        { kind: 'meeting', date: '2023', place: null, participants: [[VARGA, 'party']] },
      ],
    });
    // The second event names a second participant under the same id.
    x.events[1]!.participants.push({ entity: REYES, role: 'party' });
    x.events[1]!.id = x.events[0]!.id;
    const rows = articleRows(x);
    expect(rows.entities.map((e) => [e.id, e.aliases, e.keys])).toEqual([
      [VARGA, ['Varga', 'L. Varga'], ['lena varga', 'varga', 'l varga']],
      [REYES, [], ['tomas reyes']],
    ]);
    // MET_WITH is symmetric: both sentences state one relation, each a mention of it.
    expect(rows.relations).toHaveLength(1);
    expect(rows.mentions.map((m) => m.sentence)).toEqual([
      'Varga met Reyes.',
      'Later Varga met Reyes again.',
    ]);
    expect(rows.events).toHaveLength(1);
    expect(rows.events[0]!.participants).toEqual([
      { entity: VARGA, role: 'party' },
      { entity: REYES, role: 'party' },
    ]);
  });

  it('when an event did not happen, then it is written with its status', () => {
    const x = buildExtraction({
      text: 'Varga will visit Reyes.',
      entities: [['Person', 'Lena Varga']],
      events: [{ kind: 'visit', date: '2024', place: null, participants: [[VARGA, 'attendee']] }],
    });
    x.events[0]!.status = 'planned';
    expect(articleRows(x).events.map((e) => [e.kind, e.status])).toEqual([['visit', 'planned']]);
  });
});
