import { describe, expect, it } from 'vitest';
import {
  degreeBand,
  headTops,
  newSearchTerms,
  searchHeads,
  searchTerms,
  slot,
} from '../../../server/store/search-terms.ts';

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

  it('when a prefix is searched, then every head a term starting with it can have is sought', () => {
    expect(searchHeads('varga')).toEqual(['var']);
    expect(searchHeads('var')).toEqual(['var']);
    const two = searchHeads('va');
    expect(two).toHaveLength(1 + 37);
    expect(two).toEqual(expect.arrayContaining(['va', 'var', 'va ', 'va9']));
    const one = searchHeads('v');
    expect(one).toHaveLength(1 + 37 + 37 * 37);
    for (const term of ['v', 'va', 'v z', 'vzz', 'v9a']) {
      expect(one).toContain(term.slice(0, 3));
    }
    expect(one.every((head) => head.startsWith('v'))).toBe(true);
  });

  it('when degrees grow, then each doubling is a higher band, so a higher band is always busier', () => {
    expect([0, 1, 2, 3, 4, 7, 8, 1000].map(degreeBand)).toEqual([0, 1, 1, 2, 2, 3, 3, 9]);
    expect(slot('var', true, 3)).toBe('var w 3');
    expect(slot('var', false, 0)).toBe('var p 0');
  });

  it('when terms are written, then each head keeps the highest band its terms reach', () => {
    const tops = headTops([
      { text: 'varga', whole: true, band: 2 },
      { text: 'vargas llosa', whole: true, band: 5 },
      { text: 'varga', whole: false, band: 1 },
      { text: 'reyes', whole: false, band: 0 },
    ]);
    expect(tops).toEqual([
      { key: 'var w', top: 5 },
      { key: 'var p', top: 1 },
      { key: 'rey p', top: 0 },
    ]);
  });
});
