/**
 * The fuzz suite's settings: bounded runs with a fixed seed, so a run is the same every time
 * and a failure can be replayed (fast-check prints the seed and the path of a counterexample).
 * FUZZ_RUNS multiplies the runs for a longer search; FUZZ_SEED picks another seed.
 */
import fc from 'fast-check';

const scale = Number(process.env.FUZZ_RUNS ?? 1);
const seed = Number(process.env.FUZZ_SEED ?? 20261202);

/** The test's timeout for a property of `runs` runs that each take up to `msPerRun`. */
export const fuzzTimeout = (runs: number, msPerRun: number): number =>
  Math.max(30_000, Math.round(runs * scale * msPerRun));

export const fuzz = (runs: number): fc.Parameters<unknown> => ({
  numRuns: Math.max(1, Math.round(runs * scale)),
  seed,
  endOnFailure: true,
});

/** Words the extractor's rules react to, so that fuzzed text reaches past the first stage. */
const WORDS = [
  'President',
  'Prime',
  'Minister',
  'met',
  'mediated',
  'talks',
  'between',
  'and',
  'in',
  'on',
  'Monday',
  'the',
  'of',
  'Kenya',
  'Kenyan',
  'Ghana',
  'Qatar',
  'Qatari',
  'Amara',
  'Okafor',
  'William',
  'Ruto',
  'hosted',
  'called',
  'spoke',
  'with',
  'visited',
  'Geneva',
  'Nairobi',
  'ceasefire',
  'brokered',
  'said',
  '2024',
  'May',
  '3',
  'last',
  'week',
  'UN',
  'envoy',
  'Сергей',
  'Лавров',
  '習近平',
  'Erdoğan',
  "'s",
  ',',
  '.',
  '"',
  '(',
  ')',
  '-',
  '\n',
  '\n\n',
];

const NAMES = [
  'Amara Okafor',
  'William Ruto',
  'Сергей Лавров',
  '習近平',
  '윤석열',
  'नरेन्द्र मोदी',
  'محمد بن سلمان',
  'Recep Tayyip Erdoğan',
  'Ólafur Grímsson',
  'X Æ A-12',
  '🙂 Smile',
  "O'Neill",
  'Jean-Luc Picard',
];
const name = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 10 })
      .map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)} ${w.toUpperCase()}`),
  },
);
const title = fc.constantFrom(
  'President',
  'Kenyan President',
  'Prime Minister',
  'Foreign Minister',
  'the Qatari Emir',
  'UN envoy',
  '',
);
const verb = fc.constantFrom(
  'met',
  'spoke with',
  'hosted talks between',
  'mediated between',
  'visited',
  'called',
  'brokered a ceasefire between',
);
const sentence = fc
  .tuple(
    title,
    name,
    verb,
    title,
    name,
    fc.constantFrom(' and ', ' with ', ', '),
    name,
    fc.constantFrom(' in Geneva', ' in Москва', '', ' in Nairobi'),
    fc.constantFrom(' on Monday', ' on 3 May 2024', ' last week', ''),
  )
  .map(([t1, a, v, t2, b, join, c, where, when]) =>
    `${t1} ${a} ${v} ${t2} ${b}${join}${c}${where}${when}.`.trim(),
  );

/** Text that mixes the rules' words with arbitrary characters of every plane. */
const soup = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    ),
    {
      maxLength: 120,
    },
  )
  .map((parts) => parts.join(' '));

/** Sentences the rules read, with names of every script, mixed with word soup, as lines. */
export const newsText = fc
  .tuple(
    fc.array(fc.oneof({ weight: 2, arbitrary: sentence }, { weight: 1, arbitrary: soup }), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.constantFrom('\n', ' '),
  )
  .map(([lines, between]) => lines.join(between));
