/**
 * Whether a sentence tells of a call or puts people in one place. Readouts say "spoke with X"
 * of a call and of a meeting alike; a phone word near the verb, a headline about a call, a
 * gathering ("on the sidelines", "over lunch") or the speaker's arrival tell them apart.
 */
import type { Frame } from './frame.ts';
import { PHONE_MARKERS } from './lexicon/index.ts';
import type { Sentence } from './sentences.ts';
import type { Unit } from './units.ts';

export const PHONE = new RegExp(`\\b(?:${[...PHONE_MARKERS].join('|')})\\b`);

/** Words that put two people in one room: who "spoke with" the other there met them. */
export const GATHERING =
  /\b(?:sidelines?|margins?|visit|visiting|trip|summit|meeting|conference|forum|session|ceremony|lunch|dinner|breakfast|banquet|reception|during|in person|face to face)\b/;

/** Words that put someone in a place they travelled to: what they then discussed, they did there. */
const ARRIVAL = /\b(?:arrived|arrives|arriving|visited|visiting|travell?ed|flew|landed)\b/i;

/** Whether a sentence puts people in one place: a gathering, or someone's arrival. */
export const bringsTogether = (text: string): boolean =>
  ARRIVAL.test(text) || GATHERING.test(text.toLowerCase());

/** A place the clause is in, before its "to discuss ..." (whose places are the topic's). */
export function placeBeforePurpose(units: Unit[]): boolean {
  for (const u of units) {
    if (u.kind === 'verb' && u.form === 'infinitive') return false;
    if (u.kind === 'place') return true;
  }
  return false;
}

/** Whether a headline or sentence tells of a phone or video call ("calls for calm" does not). */
export const aboutACall = (title: string | null | undefined): boolean => {
  const t = (title ?? '').toLowerCase();
  return PHONE.test(
    t
      // ("who calls himself the 'foreign minister'": a name he takes, no phone.)
      .replace(
        /\bcall(?:s|ed|ing)?\s+(?:for|on|off|out|up|to|himself|herself|itself|themselves)\b/g,
        '',
      )
      .replace(/\bcourtesy calls?\b/g, '')
      .replace(/\bcalls\b/g, 'call'),
  );
};

/** "held talks by phone", "discussed ... over the telephone": a meeting verb on a call. */
export function nearPhone(sentence: Sentence, units: Unit[], f: Frame): boolean {
  return f.triggers.some((t) => {
    const u = units[t]!;
    if (u.kind === 'noun' && u.entry.kind !== 'call' && !u.mods.some((m) => PHONE.test(m))) {
      const after = sentence.text.slice(
        sentence.words[u.to - 1]!.end,
        sentence.words[Math.min(sentence.words.length - 1, u.to + 6)]!.end,
      );
      return PHONE.test(after.toLowerCase()) && !/\bcall\b/.test(after.toLowerCase());
    }
    if (u.kind !== 'verb') return u.kind === 'noun' && u.mods.some((m) => PHONE.test(m));
    const around = sentence.words.slice(u.from, Math.min(sentence.words.length, u.to + 10));
    return (
      around.some((w) => PHONE.test(w.lower)) &&
      !around.some((w) => w.lemma === 'call' && w.pos === 'NOUN')
    );
  });
}
