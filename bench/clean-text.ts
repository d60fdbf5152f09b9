/**
 * `node bench/clean-text.ts`: words per second of cleanText at 1 KB, 100 KB, 1 MB and 5 MB of
 * text, in two layouts: a page of paragraphs with the furniture pages carry (stamps, captions
 * with credits, credit lines, a newsletter prompt, a "Related" block, a trailing headline list)
 * and the same prose as one single line. Cleaning is linear when words/s stays flat as the input
 * grows. Prints figures; asserts nothing.
 */
import { cleanText } from '../server/extract/index.ts';

const PLACES = ['Lilongwe', 'Kisumu', 'Tarija', 'Tromso', 'Salalah', 'Pokhara', 'Iquique'];
const PEOPLE = ['Ruth Banda', 'Amos Wekesa', 'Ines Quispe', 'Lars Berg', 'Leila Haddad'];

/** One screen of an invented wire page: stamp, lede, caption, body, furniture. */
function page(i: number): string[] {
  const place = PLACES[i % PLACES.length]!;
  const a = PEOPLE[i % PEOPLE.length]!;
  const b = PEOPLE[(i + 2) % PEOPLE.length]!;
  return [
    `date 2024-05-${String((i % 28) + 1).padStart(2, '0')} WORLD 2 MIN READ ${a} met ${b} in ${place} on Monday to discuss the river valley dispute, officials said.`,
    `${a} (left) greets ${b} before their talks in ${place}, May 3, 2024. REUTERS/Jane Doe`,
    `The dispute over the valley has a long history, with both sides claiming the land and its water since ${1950 + (i % 60)}, and analysts say a settlement would need years of work and new money for the region.`,
    'Source: Lake Wire',
    `Sign up for the ${place} Briefing, our weekly newsletter.`,
    'Related',
    `- ${b} visits port city of ${place}`,
    `Both delegations will meet again in ${place} next month, a spokesman said. (Reporting by Ana Ruiz; Editing by Tom Lee)`,
  ];
}

function corpus(bytes: number): { lines: string; single: string } {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    for (const line of page(i)) {
      lines.push(line);
      size += line.length + 1;
    }
  }
  lines.push('Explore', 'Markets rally on rate hopes', 'Storm season begins early', 'Comments');
  const text = lines.join('\n');
  return { lines: text, single: text.replace(/\n/g, ' ') };
}

/** Best of three, each pass repeated until it has run for at least 200 ms. */
function wordsPerSecond(text: string): number {
  const words = text.split(/\s+/).length;
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    let passes = 0;
    const started = performance.now();
    do {
      cleanText(text);
      passes++;
    } while (performance.now() - started < 200);
    best = Math.min(best, (performance.now() - started) / passes);
  }
  return words / (best / 1000);
}

cleanText(corpus(4096).lines); // warm-up: gazetteer, JIT
console.log('size     paragraphs (words/s)  one line (words/s)');
for (const [label, bytes] of [
  ['1 KB', 1024],
  ['100 KB', 100 * 1024],
  ['1 MB', 1024 * 1024],
  ['5 MB', 5 * 1024 * 1024],
] as const) {
  const { lines, single } = corpus(bytes);
  const perLine = wordsPerSecond(lines);
  const oneLine = wordsPerSecond(single);
  console.log(
    `${label.padEnd(8)} ${perLine.toFixed(0).padStart(20)}  ${oneLine.toFixed(0).padStart(18)}`,
  );
}
