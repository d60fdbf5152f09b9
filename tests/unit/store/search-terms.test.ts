import { describe, expect, it } from 'vitest';
import { newSearchTerms, searchHeads, searchTerms } from '../../../server/store/search-terms.ts';

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
});
