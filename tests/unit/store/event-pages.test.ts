import { describe, expect, it } from 'vitest';
import type { Row } from '../../../server/store/cypher-engine.ts';
import { dayAfter, eventPage } from '../../../server/store/event-pages.ts';

/** Events as a store would hold them, and a reader that answers the window statements. */
function store(events: { id: string; day: string; kind?: string }[]) {
  const asked: { name: string; lo: string; hi: string }[] = [];
  const read = async (name: string, params: Record<string, unknown>): Promise<Row[]> => {
    const { lo, hi, first, after } = params as {
      lo: string;
      hi: string;
      first: number;
      after: [string, string] | null;
    };
    asked.push({ name, lo, hi });
    const key = (e: (typeof events)[number]) =>
      name === 'read/list-events-of-kind' ? `${e.kind} ${e.day}` : e.day;
    return events
      .filter((e) => key(e) >= lo && key(e) < hi)
      .filter((e) => !after || e.day > after[0] || (e.day === after[0] && e.id > after[1]))
      .sort((a, b) => (a.day + a.id < b.day + b.id ? -1 : 1))
      .slice(0, first)
      .map((e) => ({ id: e.id, date: e.day }));
  };
  return { read, asked };
}

const page = { kinds: null, from: null, to: null, after: null, rows: 4 };

describe('event pages', () => {
  it('when a day is moved on, then it lands that many days after the start of its prefix', () => {
    expect(dayAfter('2005', 32)).toBe('2005-02-02');
    expect(dayAfter('2005-03', 1)).toBe('2005-03-02');
    expect(dayAfter('2004-02-28', 2)).toBe('2004-03-01');
    expect(dayAfter('0800-01-01', 31)).toBe('0800-02-01');
    expect(dayAfter('9999-12-31', 1)).toBe('\uffff');
  });

  it('when events span years, then a page comes in date order, undated first, from windows that grow', async () => {
    const events = [
      { id: 'u1', day: '' },
      { id: 'a', day: '1990' },
      { id: 'b', day: '1990-01-05' },
      { id: 'c', day: '1995-06' },
      { id: 'd', day: '2020-01-01' },
    ];
    const { read, asked } = store(events);
    const rows = await eventPage(read as never, page, '1990');
    expect(rows.map((r) => r.id)).toEqual(['u1', 'a', 'b', 'c']);
    expect(asked[0]).toMatchObject({ lo: '', hi: '0' });
    expect(asked[1]).toMatchObject({ lo: '1990', hi: '1990-02-02' });
    // Each window twice as long as the one before, until the page is full.
    expect(asked.length).toBeLessThan(12);
    const next = await eventPage(read as never, { ...page, after: ['1995-06', 'c'] }, '1990');
    expect(next.map((r) => r.id)).toEqual(['d']);
  });

  it('when a window in time is given, then undated events are not read and paging starts at its year', async () => {
    const { read, asked } = store([
      { id: 'u1', day: '' },
      { id: 'x', day: '2023' },
      { id: 'y', day: '2023-07-01' },
    ]);
    const rows = await eventPage(read as never, { ...page, from: '2023-05' }, '1990');
    expect(rows.map((r) => r.id)).toEqual(['x', 'y']);
    expect(asked[0]!.lo).toBe('2023');
  });

  it('when kinds are asked, then each kind is read by its own range and the page merges them', async () => {
    const { read, asked } = store([
      { id: 't1', day: '2001-01', kind: 'talks' },
      { id: 'c1', day: '2001-01-15', kind: 'call' },
      { id: 'v1', day: '2001-01-10', kind: 'visit' },
    ]);
    const rows = await eventPage(read as never, { ...page, kinds: ['talks', 'call'] }, '2001');
    expect(rows.map((r) => r.id)).toEqual(['t1', 'c1']);
    const talks = asked.filter((a) => a.lo.startsWith('talks'));
    expect(talks.slice(0, 2).map((a) => [a.lo, a.hi])).toEqual([
      ['talks ', 'talks 0'],
      ['talks 2001', 'talks 2001-02-02'],
    ]);
  });

  it('when the store never held a dated event, then only undated ones are read', async () => {
    const { read, asked } = store([{ id: 'u1', day: '' }]);
    expect((await eventPage(read as never, page, null)).map((r) => r.id)).toEqual(['u1']);
    expect(asked).toHaveLength(1);
  });
});
