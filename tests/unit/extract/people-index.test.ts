/**
 * The article's people found by the first words of a name, looked up rather than scanned: "Amina
 * Sheikh" after "Amina Sheikh Warsame" is her, and so is the whole name after the short one;
 * names sharing only a first word are two people; with two candidates the one named first
 * wins; a person whose name grew is found by the new name's first words and no longer by the
 * old whole. An article naming thousands of people stays linear (`npm run
 * bench:extract-sizes`). Names invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { People } from '../../../server/extract/people.ts';
import { nameKey } from '../../../server/extract/resolve.ts';

const people = (...names: string[]) => {
  const reg = new People(nameKey);
  return names.map((name) => reg.register(name, null, 0));
};

describe('two or more first words of one name', () => {
  it('when the short name comes after the whole, or before it, then both are one person', () => {
    const [whole, short] = people('Amina Sheikh Warsame', 'Amina Sheikh');
    expect(short).toBe(whole);
    const [first, later] = people('Amina Sheikh', 'Amina Sheikh Warsame');
    expect(later).toBe(first);
    expect(first!.name).toBe('Amina Sheikh Warsame');
  });

  it('when two names share only their first word, then they are two people', () => {
    const [c, d] = people('Amina Sheikh Warsame', 'Amina Duale Farah');
    expect(d).not.toBe(c);
  });

  it('when two people start with the same words, then the one named first is found', () => {
    const [first, second, short] = people(
      'Amina Sheikh Warsame',
      'Amina Sheikh Farah',
      'Amina Sheikh',
    );
    expect(second).not.toBe(first);
    expect(short).toBe(first);
  });

  it('when a name grew, then its new first words find the person and its old whole is free', () => {
    const reg = new People(nameKey);
    const a = reg.register('Amina Sheikh', null, 0);
    reg.register('Amina Sheikh Warsame Ali', null, 1);
    expect(reg.register('Amina Sheikh Warsame', null, 2)).toBe(a);
    expect(a.name).toBe('Amina Sheikh Warsame Ali');
  });
});
