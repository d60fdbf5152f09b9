import { describe, expect, it } from 'vitest';
import type { Row } from '../../../server/store/cypher-engine.ts';
import { eventPage, monthOf, nextMonth } from '../../../server/store/event-pages.ts';

/** Events as a store would hold them, and a reader that answers the month statements. */
function store(events: { id: string; day: string; kind?: string }[]) {
  const asked: { name: string; months: string[] }[] = [];
  const read = async (name: string, params: Record<string, unknown>): Promise<Row[]> => {
    const { months, first, after } = params as {
      months: string[];
      first: number;
      after: [string, string] | null;
    };
    asked.push({ name, months });
    const key = (e: (typeof events)[number]) =>
      name === 'read/list-events-of-kind' ? `${e.kind} ${monthOf(e.day)}` : monthOf(e.day);
    return events
      .filter((e) => months.includes(key(e)))
      .filter((e) => !after || e.day > after[0] || (e.day === after[0] && e.id > after[1]))
      .sort((a, b) => (a.day + a.id < b.day + b.id ? -1 : 1))
      .slice(0, first)
      .map((e) => ({ id: e.id, date: e.day }));
  };
  return { read, asked };
}

const page = {
  statuses: ['happened'],
  kinds: null,
  fromDay: null,
  toDay: null,
  after: null,
  rows: 4,
};
const bounds = (firstDay: string, lastDay: string) => ({ firstDay, lastDay });

describe('event pages', () => {
  it('when months follow one another, then a year comes before its months and December before the next year', () => {
    expect(monthOf('2005-03-14')).toBe('2005-03');
    expect(monthOf('2005')).toBe('2005');
    expect(nextMonth('2005')).toBe('2005-01');
    expect(nextMonth('2005-09')).toBe('2005-10');
    expect(nextMonth('2005-12')).toBe('2006');
    expect(nextMonth('0800-12')).toBe('0801');
    expect(nextMonth('9999-12')).toBeNull();
    expect(nextMonth('not a month')).toBeNull();
  });

  it('when events span years, then a page comes in date order, undated first, from windows of months that grow', async () => {
    const events = [
      { id: 'u1', day: '' },
      { id: 'a', day: '1990' },
      { id: 'b', day: '1990-01-05' },
      { id: 'c', day: '1990-06' },
      { id: 'd', day: '1991-01-01' },
      { id: 'e', day: '2020-01-01' },
    ];
    const { read, asked } = store(events);
    const rows = await eventPage(read as never, page, bounds('1990', '2020-01-01'));
    expect(rows.map((r) => r.id)).toEqual(['u1', 'a', 'b', 'c']);
    expect(asked.map((a) => a.months)).toEqual([
      [''],
      ['1990'],
      ['1990-01', '1990-02'],
      ['1990-03', '1990-04', '1990-05', '1990-06'],
    ]);
    const next = await eventPage(
      read as never,
      { ...page, after: ['1990-06', 'c'] },
      bounds('1990', '2020-01-01'),
    );
    expect(next.map((r) => r.id)).toEqual(['d', 'e']);
    // Past the latest date ever stored, nothing more is asked.
    expect(asked.at(-1)!.months.at(-1)! <= '2020-01').toBe(true);
  });

  it('when a window in time is given, then undated events are not read and paging runs from its year to its end', async () => {
    const { read, asked } = store([
      { id: 'u1', day: '' },
      { id: 'x', day: '2023' },
      { id: 'y', day: '2023-07-01' },
      { id: 'z', day: '2024-02' },
    ]);
    const rows = await eventPage(
      read as never,
      { ...page, fromDay: '2023-05-01', toDay: '2023-08-31' },
      bounds('1990', '2024-02'),
    );
    expect(rows.map((r) => r.id)).toEqual(['x', 'y']);
    expect(asked[0]!.months[0]).toBe('2023');
    expect(asked.flatMap((a) => a.months).every((m) => m >= '2023' && m <= '2023-08')).toBe(true);
  });

  it('when a window ends with a year and opens in a month, then paging reads that year through December and skips the months before the opening', async () => {
    const { read, asked } = store([
      { id: 'x', day: '2022' },
      { id: 'e', day: '2022-02-01' },
      { id: 'y', day: '2022-10-31' },
      { id: 'z', day: '2022-12' },
      { id: 'n', day: '2023-01' },
    ]);
    const rows = await eventPage(
      read as never,
      { ...page, fromDay: '2022-10-01', toDay: '2022-12-31' },
      bounds('2000', '2023-01'),
    );
    expect(rows.map((r) => r.id)).toEqual(['x', 'y', 'z']);
    const months = asked.flatMap((a) => a.months);
    expect(months).toEqual(['2022', '2022-10', '2022-11', '2022-12']);
  });

  it('when kinds are asked, then each kind is read by its own months and the page merges them', async () => {
    const { read, asked } = store([
      { id: 't1', day: '2001-01', kind: 'talks' },
      { id: 'c1', day: '2001-01-15', kind: 'call' },
      { id: 'v1', day: '2001-01-10', kind: 'visit' },
    ]);
    const rows = await eventPage(
      read as never,
      { ...page, kinds: ['talks', 'call'] },
      bounds('2001', '2001-01-15'),
    );
    expect(rows.map((r) => r.id)).toEqual(['t1', 'c1']);
    expect(asked.filter((a) => a.months[0]!.startsWith('talks')).map((a) => a.months)).toEqual([
      ['talks '],
      ['talks 2001'],
      ['talks 2001-01'],
    ]);
  });

  it('when the store never held a dated event, then only undated ones are read', async () => {
    const { read, asked } = store([{ id: 'u1', day: '' }]);
    expect((await eventPage(read as never, page, {})).map((r) => r.id)).toEqual(['u1']);
    expect(asked).toHaveLength(1);
  });
});
