/**
 * Bodies named the way parliaments and movements name themselves: a bloc whose name holds an
 * "and" ("Change and Reform Bloc") is one body whose leader heads it, and a day can be a
 * body's name ("the March 3 Alliance", "the June 5 Bloc") when a head noun follows it at once.
 * Movements known by a name with no head noun ("Renamo", "the Tamil Tigers") are gazetteer
 * data. Sentences written for these tests, about invented people, blocs and a real state.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, ofType, reader } from './helpers.ts';

const read = reader('2026-06-12');

describe('names of blocs and alliances', () => {
  it('when "Unity and Renewal Bloc leader X" met a minister, then X leads that one bloc and met the minister', () => {
    const { triples, record } = read(
      'Unity and Renewal Bloc leader Samir Haddad met Jordanian Foreign Minister Rania Khalil in Amman on Monday.',
    );
    expect(namesOf(record, 'Organization')).toEqual(['Unity and Renewal Bloc']);
    expect(ofType(triples, 'LEADS')).toContain('LEADS Samir Haddad -> Unity and Renewal Bloc');
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Rania Khalil -> Samir Haddad']);
  });

  it('when "the March 3 Alliance and the June 5 Bloc" met, then each is a body named by its day, and the meeting is dated by its own', () => {
    const { dated, record } = read(
      'The March 3 Alliance and the June 5 Bloc met in Amman on Monday.',
    );
    expect(namesOf(record, 'Organization')).toEqual(['June 5 Bloc', 'March 3 Alliance']);
    expect(ofType(dated, 'MET_WITH')).toEqual([
      'MET_WITH June 5 Bloc -> March 3 Alliance @2026-06-08',
    ]);
  });

  it('when a day is only a date before a body, then it stays a date', () => {
    const { record } = read('On March 3 Alliance members met in Amman.');
    expect(namesOf(record, 'Organization')).not.toContain('March 3 Alliance');
  });
});

describe('movements known by a name with no head noun', () => {
  it.each([
    ['Tamil Tiger chief', 'Liberation Tigers of Tamil Eelam'],
    ['Renamo leader', 'Renamo'],
    ['Al-Shabaab leader', 'al-Shabaab'],
    ['TPLF chairman', "Tigray People's Liberation Front"],
  ])('when "%s X" met an envoy, then X leads the movement and met the envoy', (office, body) => {
    const { triples } = read(
      `Swiss envoy Anna Keller held talks with ${office} Karim Osei on Monday.`,
    );
    expect(ofType(triples, 'LEADS')).toEqual([`LEADS Karim Osei -> ${body}`]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Anna Keller -> Karim Osei']);
  });
});
