import { describe, expect, it } from 'vitest';
import { newSearchTerms, prefixEnd, searchTerms } from '../../../server/store/search-terms.ts';

describe('search terms', () => {
  it('when a key has several words, then each word starts a term and only the key is whole', () => {
    expect(searchTerms(['lena varga'])).toEqual([
      { text: 'lena varga', whole: true },
      { text: 'varga', whole: false },
    ]);
    expect(searchTerms(['united nations security council']).map((t) => t.text)).toEqual([
      'united nations security council',
      'nations security council',
      'security council',
      'council',
    ]);
  });

  it('when keys repeat a term, then it is kept once per kind, whole and not', () => {
    expect(searchTerms(['lena varga', 'varga', 'varga'])).toEqual([
      { text: 'lena varga', whole: true },
      { text: 'varga', whole: false },
      { text: 'varga', whole: true },
    ]);
  });

  it('when an entity gains an alias, then only the terms it did not have are new', () => {
    expect(newSearchTerms(['lena varga', 'varga', 'l varga'], ['lena varga'])).toEqual([
      { text: 'varga', whole: true },
      { text: 'l varga', whole: true },
    ]);
    expect(newSearchTerms(['lena varga'], ['lena varga'])).toEqual([]);
  });

  it('when a prefix is given, then its end bounds exactly the strings that start with it', () => {
    const end = prefixEnd('var');
    expect(end).toBe('vas');
    for (const inside of ['var', 'varga', 'var z', 'varzzzz']) expect(inside < end).toBe(true);
    for (const outside of ['vas', 'vasa', 'vb', 'w']) expect(outside >= end).toBe(true);
    expect(prefixEnd('ab z')).toBe('ab {');
    expect(prefixEnd('9')).toBe(':');
  });
});
