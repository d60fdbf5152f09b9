import { describe, expect, it } from 'vitest';
import { byLed, byPublication, byRole, sortedStrings } from '../../../server/store/stable-order.ts';

const article = (id: string, published: string | null) => ({
  id,
  published,
  title: null,
  url: null,
  source: null,
});

describe('the order the store gives gathered lists', () => {
  it('when participants come in any order, then mediators lead, then hosts, parties and attendees, by id', () => {
    const given = [
      { entity: 'person:b', role: 'party' },
      { entity: 'person:z', role: 'attendee' },
      { entity: 'person:a', role: 'party' },
      { entity: 'state:x', role: 'host' },
      { entity: 'person:m', role: 'mediator' },
    ];
    expect(given.sort(byRole).map((p) => p.entity)).toEqual([
      'person:m',
      'state:x',
      'person:a',
      'person:b',
      'person:z',
    ]);
  });

  it('when articles come in any order, then the oldest come first and undated ones last', () => {
    const given = [article('c', null), article('b', '2024-02-01'), article('a', '2024-02-01')];
    given.unshift(article('d', '2023-12-31'));
    expect(given.sort(byPublication).map((a) => a.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('when roles and strings come in any order, then they sort by what is led and by code point', () => {
    const roles = [
      { of: 'state:b', title: null },
      { of: 'state:a', title: 'President' },
    ];
    expect(roles.sort(byLed).map((r) => r.of)).toEqual(['state:a', 'state:b']);
    expect(sortedStrings(['b', 'É', 'a', 'Z'])).toEqual(['Z', 'a', 'b', 'É']);
  });
});
