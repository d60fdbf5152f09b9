/**
 * Event nouns and what they take back from the units before them. A noun's modifiers carry
 * most of an event in headlines and short sentences ("the Senegal-brokered border accord",
 * "Friday's meeting", "Peru-Bolivia talks"), so the noun gathers its owner, agent, sides, place
 * and date as one unit and the frames read them without searching again.
 */
import { VERBS, type NounEntry } from './lexicon/index.ts';
import type { ActorUnit, Member, NounUnit, Unit } from './units.ts';

/** The noun and the modifiers already emitted before it, which it takes back. */
export function nounUnit(units: Unit[], i: number, entry: NounEntry, end: number): NounUnit {
  const noun: NounUnit = {
    kind: 'noun',
    lemma: entry.lemma,
    head: i,
    entry,
    det: null,
    mods: [],
    owner: null,
    agentBy: null,
    parties: null,
    place: null,
    date: null,
    from: i,
    to: end,
  };
  const at = (back: number) => units[units.length - back];
  const take = () => {
    const u = units.pop()!;
    noun.from = u.from;
    return u;
  };
  // "Qatari-brokered", "Putin-mediated": an actor, a hyphen, a participle.
  // "American mediated talks": an adjective of a state and a participle, no hyphen.
  const agentBefore = (lemma: string) => {
    const adjective = at(2)?.kind === 'actor' && (at(2) as ActorUnit).modifier;
    const hyphened =
      at(2)?.kind === 'punct' &&
      (at(2) as { text: string }).text === '-' &&
      at(3)?.kind === 'actor';
    if (!adjective && !hyphened) return false;
    const word = take().from;
    if (hyphened) take();
    noun.agentBy = { actor: take() as ActorUnit, lemma, word };
    return true;
  };
  // Inside a noun group: right after a determiner or an adjective ("the planned talks").
  const npInternal = () => {
    const before = at(2);
    return before?.kind === 'word' && /^(?:DET|ADJ)$/.test(before.pos);
  };
  for (;;) {
    const u = at(1);
    if (!u) break;
    if (
      u.kind === 'word' &&
      (u.pos === 'DET' || (u.pos === 'PRON' && /^(?:their|its|his|her|our)$/.test(u.lower)))
    ) {
      take();
      noun.det = u.lower;
      break;
    }
    if (u.kind === 'pronoun' && u.possessive) {
      // Left in place: the frame reads whom it stands for.
      noun.det = u.lemma;
      break;
    }
    if (u.kind === 'word' && /^(?:ADJ|NOUN|NUM|PROPN|VERB|ADV)$/.test(u.pos)) {
      // wink may leave "mediated" as it is when it tags it an adjective.
      if (/ed$/.test(u.lower) && agentBefore(pastLemma(u.lower) ?? u.lemma)) continue;
      take();
      noun.mods.unshift(u.lower);
      continue;
    }
    // "a face-to-face meeting", "one-on-one talks": a hyphened modifier is one word.
    const glued = at(2);
    const part = glued?.kind === 'word' ? glued.lower : glued?.kind === 'prep' ? glued.lemma : '';
    if (u.kind === 'punct' && u.text === '-' && noun.mods.length && /^\p{Ll}+$/u.test(part)) {
      take();
      take();
      noun.mods[0] = `${part}-${noun.mods[0]}`;
      continue;
    }
    // Moscow's "special military operation": quotation marks keep the owner's noun its own.
    // ("an "immediate and unconditional" ceasefire": quoted modifiers are the noun's too.)
    if (
      u.kind === 'punct' &&
      /^["“”]$/.test(u.text) &&
      /^(?:actor|word)$/.test(at(2)?.kind ?? '')
    ) {
      take();
      continue;
    }
    // "an immediate and unconditional ceasefire": adjectives joined by "and" are one group.
    const adjective = at(2);
    if (
      u.kind === 'word' &&
      /^(?:and|or)$/.test(u.lower) &&
      noun.mods.length &&
      adjective?.kind === 'word' &&
      adjective.pos === 'ADJ'
    ) {
      take();
      continue;
    }
    if (u.kind === 'punct' && u.text === '-' && at(2)?.kind === 'word') {
      take();
      continue;
    }
    if (u.kind === 'verb' && u.words.length === 1) {
      if (agentBefore(u.lemma)) continue;
      // "a water-sharing pact": a compound modifier ending in a gerund.
      if (
        u.form === 'gerund' &&
        at(2)?.kind === 'punct' &&
        (at(2) as { text: string }).text === '-'
      ) {
        take();
        noun.mods.unshift(u.words[0]!);
        continue;
      }
      // "the planned talks", "a proposed meeting"; not "X organised talks".
      if (/ed$/.test(u.words[0]!) && npInternal()) {
        take();
        noun.mods.unshift(u.words[0]!);
        continue;
      }
      break;
    }
    // "under Algerian-Qatari mediation": adjectives of states joined by a hyphen.
    const paired = u.kind === 'actor' && u.hyphen && u.members.every((m) => m.demonym);
    if (u.kind === 'actor' && (!u.prep || u.possessive || u.modifier || paired)) {
      take();
      // "the Montevideo round", "the Geneva talks": a capital before an event noun is its place.
      const capital = !u.possessive && u.members.length === 1 ? capitalPlace(u.members[0]!) : null;
      if (capital) noun.place = capital;
      // "Peru-Bolivia talks" are between them; "US-Saudi mediation" is by both.
      else if (!u.possessive && u.members.length > 1 && !(paired && entry.agent)) noun.parties = u;
      else noun.owner = u;
      if (u.possessive) break;
      continue;
    }
    if (u.kind === 'place' && !u.prep) {
      take();
      noun.place = u.id;
      continue;
    }
    if (u.kind === 'date' && at(2)?.kind !== 'prep') {
      take();
      noun.date = u.date;
      if (u.possessive) break;
      continue;
    }
    break;
  }
  return noun;
}

function capitalPlace(m: Member): string | null {
  return m.capital ?? null;
}

/** The lexicon verb a past form comes from ("mediated", "chaired", "brokered"), if any. */
export function pastLemma(form: string): string | null {
  for (const stem of [form.slice(0, -1), form.slice(0, -2), form.slice(0, -3)])
    if (VERBS.has(stem)) return stem;
  return null;
}
