/**
 * A generated corpus of diplomacy news for the benchmarks: invented leaders of real states
 * meeting, calling and mediating in sentence shapes the extractor reads, padded with the
 * background prose that makes up most of an article. Seeded, so every run reads the same
 * articles; each article's date moves on a day at a time, as a news feed's would.
 */
import type { SourceDocument } from '../server/domain/index.ts';

const STATES = [
  'Kenya',
  'Ghana',
  'Chile',
  'Peru',
  'Norway',
  'Qatar',
  'Egypt',
  'Japan',
  'Brazil',
  'Poland',
  'Oman',
  'Nepal',
];
const DEMONYMS = [
  'Kenyan',
  'Ghanaian',
  'Chilean',
  'Peruvian',
  'Norwegian',
  'Qatari',
  'Egyptian',
  'Japanese',
  'Brazilian',
  'Polish',
  'Omani',
  'Nepalese',
];
const GIVEN = [
  'Amara',
  'Tomas',
  'Ines',
  'Kofi',
  'Hana',
  'Lars',
  'Mira',
  'Omar',
  'Sven',
  'Leila',
  'Arturo',
  'Yuki',
];
const FAMILY = [
  'Okafor',
  'Lindqvist',
  'Duarte',
  'Mensah',
  'Sato',
  'Haddad',
  'Novak',
  'Quispe',
  'Berg',
  'Rahman',
  'Silva',
  'Tanaka',
];

/** Article `i` of the corpus; `rand` draws who meets whom. */
function article(i: number, rand: (n: number) => number): SourceDocument {
  const people = [0, 1, 2].map(() => rand(STATES.length));
  const who = (k: number) => `${GIVEN[people[k]!]} ${FAMILY[(people[k]! + i) % FAMILY.length]}`;
  const title = (k: number) => `${DEMONYMS[people[k]!]} President ${who(k)}`;
  const lines = [
    `${FAMILY[(people[0]! + i) % FAMILY.length]} hosts talks on border dispute`,
    `${title(0)} on Monday hosted talks between ${title(1)} and ${title(2)} in Geneva.`,
    `${who(1)} and ${who(2)} met for three hours, officials said, and agreed to meet again in May.`,
    `${FAMILY[(people[1]! + i) % FAMILY.length]} had a phone call with ${FAMILY[(people[0]! + i) % FAMILY.length]} last month about trade and energy.`,
  ];
  for (let p = 0; p < 8; p++) {
    lines.push(
      `The dispute over the river valley has a long history, with both sides claiming the land and its water since ${1950 + rand(60)}, and analysts say a settlement would need years of work, new money for the region and patience from voters at home who remember earlier failures.`,
    );
  }
  lines.push(
    'Related articles',
    'Markets rally on rate hopes',
    'Storm season begins early',
    'Comments',
  );
  return {
    file: `bench-${i}.txt`,
    title: lines[0]!,
    url: `https://bench.test/news/${i}`,
    published: new Date(Date.UTC(2000, 0, 3 + i)).toISOString().slice(0, 10),
    source: 'Bench Wire',
    text: lines.join('\n'),
  };
}

/** The first `count` articles of the corpus. */
export function newsCorpus(count: number, seed = 7): SourceDocument[] {
  let state = seed;
  const rand = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  return Array.from({ length: count }, (_, i) => article(i, rand));
}
