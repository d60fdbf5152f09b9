/**
 * `npm run bench:extract`: words per second of the whole extractor (cleaning to events) on a
 * generated corpus of diplomacy news: invented leaders of real states meeting, calling and
 * mediating in sentence shapes the rules read, padded with the background prose that makes
 * up most of an article. Prints figures; asserts nothing.
 */
import { extract } from '../server/extract/index.ts';
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

let seed = 7;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

function article(i: number): SourceDocument {
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
    title: null,
    url: null,
    published: '2024-05-20',
    source: 'Bench Wire',
    text: lines.join('\n'),
  };
}

const count = Number(process.argv[2] ?? 400);
const corpus = Array.from({ length: count }, (_, i) => article(i));
const words = corpus.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
for (const doc of corpus.slice(0, 20)) extract(doc); // warm-up: gazetteer, wink model, JIT
const runs: number[] = [];
let relations = 0;
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  relations = 0;
  for (const doc of corpus) relations += extract(doc).relations.length;
  runs.push((performance.now() - started) / 1000);
}
const best = Math.min(...runs);
console.log(`corpus: ${count} articles, ${words} words; ${relations} relations per pass`);
console.log(`runs (s): ${runs.map((s) => s.toFixed(2)).join(', ')}`);
console.log(
  `best: ${(words / best).toFixed(0)} words/s, ${(count / best).toFixed(0)} articles/s on one core`,
);
