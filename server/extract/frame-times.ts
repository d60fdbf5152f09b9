/**
 * When a frame happened beside its clause: an event named in passing ("after their summit"),
 * owned by someone ("Solih's visit"), told in a perfect tense ("had met"), reaching back past
 * the report's year ("since 2014"), or in a clause of the same time as the one it hangs from
 * ("..., where he held talks", "while he met"). frames.ts dates frames from these readings.
 */
import type { Frame } from './frame.ts';
import { SEQUENCE } from './lexicon/index.ts';
import type { Unit } from './units.ts';
import { gerundEffort } from './verb-subjects.ts';

export const presentPerfect = (u: Unit | undefined) =>
  u?.kind === 'verb' && u.perfect && u.words.some((w) => w === 'has' || w === 'have');
export const pastPerfect = (u: Unit | undefined) =>
  u?.kind === 'verb' && u.perfect && u.words.includes('had');
/** "Oman's role in bringing the parties together": a role over time, on no one day. */
export const effortGerund = (units: Unit[], t: number) =>
  units[t]?.kind === 'verb' && gerundEffort(units, t) >= 0;

/**
 * Where a frame's noun phrase opens with a word that sets it beside the clause's event in time
 * ("after their summit", "and Blinken's meeting with Wang"), rather than being the event; -1 if not.
 */
export function passing(units: Unit[], f: Frame): number {
  const first = Math.min(...f.triggers);
  if (units[first]?.kind !== 'noun') return -1;
  let k = first - 1;
  const filler = (u: Unit | undefined) =>
    u?.kind === 'pronoun' || (u?.kind === 'actor' && u.possessive) || u?.kind === 'word';
  for (let n = 0; n < 3 && filler(units[k]) && !sequenceWord(units[k]!); n++) k--;
  // "in addition to a swap": the word before "to" sets the phrase beside the clause's event.
  const to = units[k];
  if (to?.kind === 'prep' && to.lemma === 'to' && sequenceWord(units[k - 1])) return k - 1;
  // "on the eve of the talks", "ahead of the summit": the word before "of" does so too.
  if (to?.kind === 'prep' && to.lemma === 'of' && sequenceWord(units[k - 1])) return k - 1;
  return sequenceWord(units[k]) ? k : -1;
}

const BESIDE = /^(?:before|after|following|ahead|prior)$/;

/**
 * "X received both ministers before the talks", "... afterwards": a verb's event that its
 * clause sets before or after an event told already is another occurrence, not that one again.
 */
export function besideTold(units: Unit[], f: Frame, others: Frame[], clauses: number[]): boolean {
  if (!f.triggers.every((t) => units[t]?.kind === 'verb')) return false;
  const mine = new Set(f.triggers.map((t) => clauses[t]));
  // "President X received the two ministers afterwards": after what was told, another one.
  const after = units.some(
    (u, k) =>
      u.kind === 'word' && /^(?:afterwards?|subsequently)$/.test(u.lower) && mine.has(clauses[k]),
  );
  if (after) return true;
  return others.some((o) => {
    if (o === f || !o.definite) return false;
    const at = passing(units, o);
    const word = units[at] as { lemma?: string } | undefined;
    return at >= 0 && mine.has(clauses[at]) && BESIDE.test(word?.lemma ?? '');
  });
}

/** Where an event noun with a possessive owner starts ("Solih's visit"), or -1. */
export function ownedNoun(units: Unit[], f: Frame): number {
  const first = Math.min(...f.triggers);
  const u = units[first];
  return u?.kind === 'noun' && u.owner?.possessive ? first - 1 : -1;
}

function sequenceWord(u: Unit | undefined): boolean {
  return (
    (u?.kind === 'prep' && SEQUENCE.has(u.lemma)) || (u?.kind === 'word' && SEQUENCE.has(u.lower))
  );
}

/** "have been negotiating for more than three years", "for two decades". */
const FOR_YEARS =
  /\bfor (?:(?:more|less) than |over |nearly |almost |about )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years|decades)\b/i;

/** Whether the sentence reaches back past the report's year ("since 2014", "since the 1990s"). */
export function spansYears(text: string, units: Unit[], published: string): boolean {
  if (/\bsince (?:the )?(?:19|20)\d0s\b/i.test(text)) return true;
  // "has for years hosted talks", "for decades been a mediator".
  if (/\b(?:has|have|had) (?:for (?:many )?(?:years|decades)|long)\b/i.test(text)) return true;
  if (FOR_YEARS.test(text)) return true;
  return units.some(
    (u) =>
      u.kind === 'date' && u.date.background && u.date.value.slice(0, 4) < published.slice(0, 4),
  );
}

/**
 * The "where", "when", "while" or agent's "who" that opens the clause of a frame's first
 * trigger, or -1.
 */
export function whereClause(units: Unit[], f: Frame): number {
  for (let k = Math.min(...f.triggers) - 1; k >= 0; k--) {
    const u = units[k]!;
    // "kept Y waiting on Sunday while he met Z": a clause of the same time.
    if (u.kind === 'sub')
      // ("The row erupted in January, when A and B signed ...": a clause of that time too.)
      return (/^(?:where|when)$/.test(u.lemma) && units[k - 1]?.kind === 'punct') ||
        u.lemma === 'while' ||
        agentClause(units, k)
        ? k
        : -1;
    if (u.kind === 'verb' || (u.kind === 'punct' && u.text !== ',')) return -1;
  }
  return -1;
}

/**
 * "was prepared on Wednesday by A and B, who met for two hours": a clause on the agent of a
 * passive tells what the agent did in doing it, on the same day.
 */
function agentClause(units: Unit[], k: number): boolean {
  const [by, agent, comma, who] = [units[k - 3], units[k - 2], units[k - 1], units[k]];
  return (
    who?.kind === 'sub' &&
    who.lemma === 'who' &&
    comma?.kind === 'punct' &&
    comma.text === ',' &&
    agent?.kind === 'actor' &&
    by?.kind === 'prep' &&
    by.lemma === 'by'
  );
}

/**
 * "thanked X on Wednesday for hosting the talks", "credited X with brokering the deal": the
 * event a gerund after "for" or "with" names is the one thanked for, which came before.
 */
export function thankedFor(units: Unit[], f: Frame): boolean {
  if (!f.definite || f.noun === null) return false;
  const gerund = units[f.noun - 1];
  const prep = units[f.noun - 2];
  return (
    gerund?.kind === 'verb' &&
    gerund.words.at(-1)?.endsWith('ing') === true &&
    prep?.kind === 'prep' &&
    (prep.lemma === 'for' || prep.lemma === 'with')
  );
}

/** "has so far hosted two rounds": words that count or sum up events, not one day's news. */
export const sumsUp = (text: string) => REPEATED.test(text);

const REPEATED =
  /\b(?:so far|to date|thus far|(?:several|multiple|numerous|many|two|three|four|five|six) (?:rounds|meetings|sessions|times|visits|calls))\b/i;
